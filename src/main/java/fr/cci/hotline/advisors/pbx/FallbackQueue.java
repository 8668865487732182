package fr.cci.hotline.advisors.pbx;

import fr.cci.hotline.advisors.PresenceChanged;
import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.advisors.presence.PresenceRow;
import fr.cci.hotline.advisors.presence.PresenceTable;
import fr.cci.hotline.support.DaemonThreads;
import fr.cci.hotline.telephony.AmiConnected;
import fr.cci.hotline.telephony.CallControl;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the dialplan's fallback queue ({@code hotline-fallback}) in step with presence, so that
 * callers still reach the advisors who are logged in when the service cannot decide (fail open):
 * members are the logged-in advisors, paused while they are paused. Actions run on a thread of
 * their own, in order, because they wait for Asterisk; a failure (link down) never undoes a
 * presence change: it is logged, and the membership is re-applied after each AMI connection.
 */
@Component
public class FallbackQueue implements DisposableBean {

  static final String QUEUE = "hotline-fallback";

  private static final Logger log = LoggerFactory.getLogger(FallbackQueue.class);

  private final ObjectProvider<CallControl> callControl;
  private final PresenceTable table;
  private final ExecutorService actions;

  /**
   * {@code CallControl} comes from telephony; without it (no AMI at all) there is nothing to do.
   */
  FallbackQueue(ObjectProvider<CallControl> callControl, PresenceTable table) {
    this.callControl = callControl;
    this.table = table;
    this.actions = Executors.newSingleThreadExecutor(DaemonThreads.named("fallback-queue"));
  }

  /**
   * Mirrors a presence change. PAUSED to PAUSED is a new pause reason; the phone's reachability is
   * another event, which the queue ignores: app_queue follows the phone's device state itself, and
   * the member keeps its pause reason.
   */
  @EventListener
  void presenceChanged(PresenceChanged change) {
    if (change.from() == change.to() && change.to() != PresenceState.PAUSED) {
      return;
    }
    submit(() -> follow(change));
  }

  @EventListener
  void amiConnected(AmiConnected connected) {
    submit(this::resynchronise);
  }

  private void follow(PresenceChanged change) {
    CallControl pbx = callControl.getIfAvailable();
    if (pbx == null) {
      return;
    }
    PresenceRow presence = table.find(change.advisorId()).orElse(null);
    if (presence == null) {
      return;
    }
    String member = presence.advisor().phone();
    try {
      if (change.to() == PresenceState.OFFLINE) {
        pbx.queueRemove(QUEUE, member);
      } else if (change.from() == PresenceState.OFFLINE) {
        boolean paused = change.to() == PresenceState.PAUSED;
        pbx.queueAdd(QUEUE, member, presence.advisor().name(), paused);
        if (paused) {
          pbx.queuePause(QUEUE, member, true, change.reason());
        }
      } else if (change.to() == PresenceState.PAUSED) {
        pbx.queuePause(QUEUE, member, true, change.reason());
      } else if (change.from() == PresenceState.PAUSED) {
        pbx.queuePause(QUEUE, member, false, null);
      }
    } catch (RuntimeException failure) {
      log.warn(
          "Fallback queue not updated for {} ({}); repaired at the next AMI connection",
          change.advisorId(),
          failure.getMessage());
    }
  }

  /** The advisor's phone changed: the old interface leaves the queue, the new one joins. */
  public void phoneChanged(String advisorId, String oldPhone) {
    submit(
        () -> {
          CallControl pbx = callControl.getIfAvailable();
          PresenceRow presence = table.find(advisorId).orElse(null);
          if (pbx == null || presence == null) {
            return;
          }
          try {
            pbx.queueRemove(QUEUE, oldPhone);
            applyMembership(pbx, presence);
          } catch (RuntimeException failure) {
            log.warn(
                "Fallback queue not updated for {} ({}); repaired at the next AMI connection",
                advisorId,
                failure.getMessage());
          }
        });
  }

  /** Re-applies every advisor's membership: the PBX may have restarted, or missed our actions. */
  void resynchronise() {
    CallControl pbx = callControl.getIfAvailable();
    if (pbx == null) {
      return;
    }
    int failures = 0;
    String firstFailure = null;
    List<PresenceRow> advisors = table.findAll();
    for (PresenceRow presence : advisors) {
      try {
        applyMembership(pbx, presence);
      } catch (RuntimeException failure) {
        failures++;
        if (firstFailure == null) {
          firstFailure = presence.advisor().id() + ": " + failure.getMessage();
        }
      }
    }
    if (failures > 0) {
      log.warn(
          "Fallback queue resynchronised with {} failure(s) (first: {})", failures, firstFailure);
    } else {
      log.info("Fallback queue resynchronised for {} advisor(s)", advisors.size());
    }
  }

  /** Logged-in advisors are members, paused while paused; the others are not members. */
  private static void applyMembership(CallControl pbx, PresenceRow presence) {
    PresenceRow.Identity advisor = presence.advisor();
    if (advisor.active() && presence.state() != PresenceState.OFFLINE) {
      boolean paused = presence.state() == PresenceState.PAUSED;
      pbx.queueAdd(QUEUE, advisor.phone(), advisor.name(), paused);
      pbx.queuePause(
          QUEUE, advisor.phone(), paused, paused ? presence.status().pauseReason() : null);
    } else {
      pbx.queueRemove(QUEUE, advisor.phone());
    }
  }

  private void submit(Runnable action) {
    try {
      actions.execute(action);
    } catch (RejectedExecutionException shuttingDown) {
      // The service is stopping: the next start re-applies the membership after AMI connects.
    }
  }

  @Override
  public void destroy() {
    actions.shutdownNow();
  }
}
