package fr.cci.hotline.simulator.ami;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One AMI client connection, following manager.c: banner, login, then actions; events go out
 * through a queue drained by a writer so that a slow client never blocks the PBX model.
 */
final class AmiSession {

  private static final Logger log = LoggerFactory.getLogger(AmiSession.class);
  private static final String BANNER = "Asterisk Call Manager/11.0.0\r\n";
  private static final String CLOSE = "";

  private final Socket socket;
  private final AmiSessionContext context;
  private final ExecutorService executor;
  private final Consumer<AmiSession> onClose;
  private final AmiEventSink everyone;
  private final BlockingQueue<String> outgoing = new LinkedBlockingQueue<>();
  private final AmiLogin login;
  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();
  private volatile boolean open = true;

  AmiSession(
      Socket socket,
      AmiSessionContext context,
      ExecutorService executor,
      Consumer<AmiSession> onClose,
      AmiEventSink everyone) {
    this.socket = socket;
    this.everyone = everyone;
    this.context = context;
    this.executor = executor;
    this.onClose = onClose;
    this.login = new AmiLogin(context, socket);
  }

  void start() {
    outgoing.add(BANNER);
    executor.execute(this::writeLoop);
    executor.execute(this::readLoop);
  }

  /** Queues the event if this client takes it; says whether it did. */
  boolean deliverEvent(AmiMessage event) {
    if (open && login.wantsEvent(event)) {
      enqueue(event);
      return true;
    }
    return false;
  }

  void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    open = false;
    outgoing.add(CLOSE);
    try {
      socket.close();
    } catch (IOException e) {
      log.debug("closing an AMI session", e);
    }
    onClose.accept(this);
  }

  private void enqueue(AmiMessage message) {
    outgoing.add(message.toWire());
  }

  private void readLoop() {
    try {
      // Not closed here: closing the reader would close the socket before the last response.
      BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      AmiMessage request = new AmiMessage();
      String line;
      while (open && (line = reader.readLine()) != null) {
        if (!line.isEmpty()) {
          addHeader(request, line);
          continue;
        }
        if (!request.isEmpty() && !process(request)) {
          break;
        }
        request = new AmiMessage();
      }
    } catch (IOException e) {
      log.debug("AMI client gone: {}", e.getMessage());
    } finally {
      // Let the writer flush the last response (Goodbye, Authentication failed) before closing.
      open = false;
      outgoing.add(CLOSE);
    }
  }

  /** Keeps garbage lines as headers without value: like manager.c, they match no lookup. */
  private static void addHeader(AmiMessage request, String line) {
    int colon = line.indexOf(':');
    if (colon < 0) {
      request.add("\u0000" + line, "");
      return;
    }
    request.add(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
  }

  /** Returns false when the session must end (Logoff, failed login). */
  private boolean process(AmiMessage request) {
    AmiReplies replies = replies(request.get("ActionID").orElse(null));
    String action = request.getOrEmpty("Action");
    if (action.isEmpty()) {
      replies.error("Missing action in request");
      return true;
    }
    String name = action.toLowerCase(Locale.ROOT);
    switch (name) {
      case "challenge":
        login.challenge(request, replies);
        return true;
      case "login":
        return login.login(request, replies, this::enqueue, everyone);
      case "logoff":
        replies.send(
            replies
                .withActionId(AmiMessage.response("Goodbye"))
                .add("Message", "Thanks for all the fish."));
        return false;
      default:
        break;
    }
    if (!login.authenticated()) {
      replies.error("Permission denied");
      return true;
    }
    if (name.equals("events")) {
      login.changeEvents(request.getOrEmpty("EventMask"), replies);
      return true;
    }
    AmiAction handler = context.actions().get(name);
    if (handler == null) {
      replies.error(
          "Invalid/unknown command: "
              + action
              + ". Use Action: ListCommands to show available commands.");
      return true;
    }
    try {
      handler.handle(request, replies);
    } catch (RuntimeException e) {
      log.warn("AMI action {} failed", action, e);
      replies.error("Internal error: " + e.getMessage());
    }
    return true;
  }

  private AmiReplies replies(String actionId) {
    return new AmiReplies() {
      @Override
      public void send(AmiMessage message) {
        enqueue(message);
      }

      @Override
      public String actionId() {
        return actionId;
      }
    };
  }

  private void writeLoop() {
    try (OutputStream out = socket.getOutputStream()) {
      while (true) {
        String chunk = outgoing.take();
        if (chunk == CLOSE) {
          break;
        }
        out.write(chunk.getBytes(StandardCharsets.UTF_8));
        if (outgoing.isEmpty()) {
          out.flush();
        }
      }
      out.flush();
    } catch (IOException e) {
      log.debug("AMI write failed: {}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      close();
    }
  }
}
