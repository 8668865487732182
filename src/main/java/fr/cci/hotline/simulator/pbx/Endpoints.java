package fr.cci.hotline.simulator.pbx;

import fr.cci.hotline.simulator.ami.AmiMessage;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The PJSIP endpoints of the model, their registration (ContactStatus events) and device states
 * (DeviceStateChange events, and QueueMemberStatus through the listeners).
 */
public final class Endpoints {

  /** The trunk inbound calls come from and external numbers go to. */
  public static final String OPERATOR = "operator";

  private static final EndpointBehaviour DEFAULT_BEHAVIOUR =
      EndpointBehaviour.answering(Duration.ofSeconds(2), Duration.ofSeconds(30));

  /** A number outside the PBX that no test described: a person answers after a while. */
  private static final EndpointBehaviour OUTSIDE_DEFAULT =
      EndpointBehaviour.answering(Duration.ofSeconds(5), Duration.ofSeconds(60));

  private final ChannelEvents events;
  private final EndpointProfiles profiles;
  private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();
  private final Map<String, Endpoint> outside = new ConcurrentHashMap<>();
  private final List<DeviceStateListener> listeners = new CopyOnWriteArrayList<>();
  private volatile String advisorContext = "hotline-advisors";

  public Endpoints(ChannelEvents events, EndpointProfiles profiles) {
    this.events = events;
    this.profiles = profiles;
  }

  /** What pjsip.conf says of an endpoint (the operator trunk included). */
  public EndpointProfiles.Profile profile(String endpoint) {
    return profiles.of(endpoint);
  }

  public void advisorContext(String context) {
    this.advisorContext = context;
  }

  public void listen(DeviceStateListener listener) {
    listeners.add(listener);
  }

  /** Creates a registered, answering endpoint the first time; announces its contact. */
  public Endpoint advisor(String name) {
    Endpoint[] created = new Endpoint[1];
    Endpoint endpoint =
        endpoints.computeIfAbsent(
            name, n -> created[0] = new Endpoint(n, advisorContext, DEFAULT_BEHAVIOUR, true));
    if (created[0] != null) {
      endpoint.profile(profiles.of(name));
      contactStatus(endpoint, "Created");
      contactStatus(endpoint, "Reachable");
      changeState(endpoint, "NOT_INUSE");
    }
    return endpoint;
  }

  public Optional<Endpoint> find(String name) {
    return Optional.ofNullable(endpoints.get(name));
  }

  /**
   * A number reached through the operator trunk ({@code 0612345678@operator}): the behaviour a test
   * gave it, else a person who answers after a while. Not a PJSIP endpoint: no registration, no
   * device state of its own (its calls show on {@code PJSIP/operator}).
   */
  public Endpoint outside(String resource) {
    Endpoint known = outside.get(resource);
    return known != null ? known : new Endpoint(resource, OPERATOR, OUTSIDE_DEFAULT, true);
  }

  /** Describes how a number behind the trunk answers, from now on. */
  public Endpoint describeOutside(String resource) {
    return outside.computeIfAbsent(
        resource, name -> new Endpoint(name, OPERATOR, OUTSIDE_DEFAULT, true));
  }

  public Collection<Endpoint> all() {
    return List.copyOf(endpoints.values());
  }

  public void register(Endpoint endpoint) {
    if (endpoint.registered()) {
      return;
    }
    endpoint.registered(true);
    contactStatus(endpoint, "Created");
    contactStatus(endpoint, "Reachable");
    if (!endpoint.inCall()) {
      changeState(endpoint, "NOT_INUSE");
    }
  }

  public void unregister(Endpoint endpoint) {
    if (!endpoint.registered()) {
      return;
    }
    endpoint.registered(false);
    contactStatus(endpoint, "Unreachable");
    contactStatus(endpoint, "Removed");
    if (!endpoint.inCall()) {
      changeState(endpoint, "UNAVAILABLE");
    }
  }

  public void changeState(Endpoint endpoint, String state) {
    endpoint.deviceState(state);
    announce(endpoint.device(), state);
  }

  /** Back to idle after a call: NOT_INUSE when registered, UNAVAILABLE otherwise. */
  public void idle(Endpoint endpoint) {
    endpoint.release();
    changeState(endpoint, endpoint.idleState());
  }

  /** Device states of devices without an endpoint object (the trunk, Local channels, queues). */
  public void announce(String device, String state) {
    listeners.forEach(listener -> listener.deviceChanged(device, state));
    events.deviceState(device, state);
  }

  public String contactUri(Endpoint endpoint) {
    return "sip:" + endpoint.name() + "@127.0.0.1:5060";
  }

  private void contactStatus(Endpoint endpoint, String status) {
    AmiMessage event =
        events
            .header("ContactStatus", "system,all")
            .add("URI", contactUri(endpoint))
            .add("ContactStatus", status)
            .add("AOR", endpoint.name())
            .add("EndpointName", endpoint.name())
            .add("RoundtripUsec", status.equals("Reachable") ? "1234" : "0");
    events.publish(event);
  }
}
