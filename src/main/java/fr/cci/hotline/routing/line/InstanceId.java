package fr.cci.hotline.routing.line;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Names this service instance in the shared waiting line. */
@Component
public class InstanceId {

  private final String value;

  InstanceId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException unknown) {
      host = "unknown";
    }
    String name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
    this.value = name.length() > 64 ? name.substring(name.length() - 64) : name;
  }

  public String value() {
    return value;
  }
}
