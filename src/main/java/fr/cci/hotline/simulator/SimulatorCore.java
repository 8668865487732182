package fr.cci.hotline.simulator;

import fr.cci.hotline.simulator.actions.ChannelActions;
import fr.cci.hotline.simulator.actions.DatabaseActions;
import fr.cci.hotline.simulator.actions.OriginateAction;
import fr.cci.hotline.simulator.actions.Originations;
import fr.cci.hotline.simulator.actions.QueueActions;
import fr.cci.hotline.simulator.actions.QueueStatusActions;
import fr.cci.hotline.simulator.actions.SystemActions;
import fr.cci.hotline.simulator.agi.AgiCommandSet;
import fr.cci.hotline.simulator.agi.AgiTurnarounds;
import fr.cci.hotline.simulator.agi.SrvRecords;
import fr.cci.hotline.simulator.ami.AmiAction;
import fr.cci.hotline.simulator.ami.AmiServer;
import fr.cci.hotline.simulator.ami.AmiSessionContext;
import fr.cci.hotline.simulator.dialplan.Dialplan;
import fr.cci.hotline.simulator.pbx.Applications;
import fr.cci.hotline.simulator.pbx.BasicApplications;
import fr.cci.hotline.simulator.pbx.ChannelEvents;
import fr.cci.hotline.simulator.pbx.ChannelVariables;
import fr.cci.hotline.simulator.pbx.DialApplication;
import fr.cci.hotline.simulator.pbx.Dialer;
import fr.cci.hotline.simulator.pbx.DialplanRunner;
import fr.cci.hotline.simulator.pbx.IdSource;
import fr.cci.hotline.simulator.pbx.Media;
import fr.cci.hotline.simulator.pbx.Pbx;
import fr.cci.hotline.simulator.pbx.QueueApplication;
import fr.cci.hotline.simulator.pbx.Queues;
import fr.cci.hotline.simulator.pbx.SimClock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds and holds the parts of one simulator: the wiring, kept out of the public facade. */
final class SimulatorCore {

  static final String FALLBACK_QUEUE = "hotline-fallback";

  private final ExecutorService executor;
  private final ScheduledExecutorService timers;
  private final Map<String, AmiAction> actions = new ConcurrentHashMap<>();
  private final AmiServer ami;
  private final Pbx pbx;
  private final Queues queues;
  private final Media media;
  private final DialplanRunner runner;
  private final SystemActions system;
  private final SrvRecords srv;
  private final AgiTurnarounds agiTurnarounds = new AgiTurnarounds();
  private final Originations originations = new Originations();

  SimulatorCore(SimulatorSettings settings, Dialplan dialplan) {
    executor = Executors.newCachedThreadPool(daemonThreads("pbx-sim"));
    timers = Executors.newScheduledThreadPool(2, daemonThreads("pbx-sim-timer"));
    SimClock clock = new SimClock(settings.speed());
    ami =
        new AmiServer(
            new AmiSessionContext(
                settings.amiUsername(),
                settings.amiSecret(),
                actions,
                clock::timestamp,
                settings.systemName(),
                clock::uptimeSeconds),
            executor);
    ChannelEvents events = new ChannelEvents(ami, clock, settings.systemName());
    events.musicOnHoldConfigured(settings.musicOnHold());
    pbx =
        new Pbx(
            clock,
            events,
            new IdSource(clock, settings.systemName()),
            executor,
            dialplan,
            fr.cci.hotline.simulator.pbx.EndpointProfiles.read(settings.endpoints()),
            settings.seed());
    if (settings.prompts() != null) {
      pbx.prompts().lengthsFrom(settings.prompts(), "hotline/");
    }
    queues = new Queues(pbx);
    if (settings.queues() != null) {
      fr.cci.hotline.simulator.pbx.QueuesConfiguration.apply(settings.queues(), queues);
    }
    media = new Media(pbx);
    ChannelVariables variables = new ChannelVariables(pbx);
    Applications applications = new Applications();
    new BasicApplications(pbx, variables, media).registerIn(applications);
    Dialer dialer = new Dialer(pbx, variables);
    applications.register("Dial", new DialApplication(pbx, dialer, variables));
    applications.register(
        "Queue", new QueueApplication(pbx, queues, dialer, variables, FALLBACK_QUEUE));
    srv = new SrvRecords(new java.util.Random(settings.seed()));
    applications.register(
        "AGI",
        new AgiCommandSet(pbx, variables, media, applications).application(srv, agiTurnarounds));
    runner = new DialplanRunner(pbx, applications, variables);
    pbx.locals()
        .dialplanStarter(
            half ->
                pbx.executor().execute(() -> runner.run(half, half.context(), half.exten(), 1)));
    system = new SystemActions(pbx, settings.systemName());
    registerActions(applications, variables);
  }

  private void registerActions(Applications applications, ChannelVariables variables) {
    QueueActions queueActions = new QueueActions(queues);
    ChannelActions channelActions = new ChannelActions(pbx, variables);
    QueueStatusActions queueStatus = new QueueStatusActions(pbx, queues);
    OriginateAction originate =
        new OriginateAction(pbx, runner, applications, variables, originations);
    action("Originate", originate::originate);
    action("Hangup", channelActions::hangup);
    action("Setvar", channelActions::setvar);
    action("Getvar", channelActions::getvar);
    action("CoreShowChannels", channelActions::coreShowChannels);
    action("DeviceStateList", channelActions::deviceStateList);
    action("PJSIPShowContacts", channelActions::pjsipShowContacts);
    action("QueueStatus", queueStatus::queueStatus);
    action("QueueSummary", queueStatus::queueSummary);
    action("Ping", system::ping);
    action("CoreSettings", system::coreSettings);
    action("CoreStatus", system::coreStatus);
    action("QueueAdd", queueActions::queueAdd);
    action("QueueRemove", queueActions::queueRemove);
    action("QueuePause", queueActions::queuePause);
    action("DBGetTree", new DatabaseActions(pbx.astDb())::dbGetTree);
  }

  void action(String name, AmiAction action) {
    actions.put(name.toLowerCase(Locale.ROOT), action);
  }

  AmiServer ami() {
    return ami;
  }

  Pbx pbx() {
    return pbx;
  }

  SrvRecords srv() {
    return srv;
  }

  AgiTurnarounds agiTurnarounds() {
    return agiTurnarounds;
  }

  Originations originations() {
    return originations;
  }

  Queues queues() {
    return queues;
  }

  Media media() {
    return media;
  }

  DialplanRunner runner() {
    return runner;
  }

  SystemActions system() {
    return system;
  }

  ScheduledExecutorService timers() {
    return timers;
  }

  void shutdown() {
    timers.shutdownNow();
    executor.shutdownNow();
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
