package fr.cci.hotline.simulator;

import fr.cci.hotline.simulator.ami.AmiMessage;
import fr.cci.hotline.simulator.ami.AmiServer;
import fr.cci.hotline.simulator.dialplan.DialplanParser;
import fr.cci.hotline.simulator.pbx.Channel;
import fr.cci.hotline.simulator.pbx.ChannelState;
import fr.cci.hotline.simulator.pbx.PromptCatalog;
import fr.cci.hotline.simulator.pbx.RtcpReports;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.ObjLongConsumer;

/**
 * A protocol-faithful stand-in for Asterisk 22: an AMI server, a FastAGI client and a dialplan
 * interpreter over simulated SIP advisors and callers. Start it, point it at the service's FastAGI
 * port, place calls; close it when done.
 */
public final class PbxSimulator implements AutoCloseable {

  private final SimulatorSettings settings;
  private final SimulatorCore core;
  private final AmiServer ami;

  private PbxSimulator(SimulatorSettings settings, SimulatorCore core, AmiServer ami) {
    this.settings = settings;
    this.core = core;
    this.ami = ami;
  }

  /** Reads the dialplan, binds the AMI listener (port 0 = random) and returns the simulator. */
  public static PbxSimulator start(SimulatorSettings settings) {
    SimulatorCore core = new SimulatorCore(settings, DialplanParser.parse(settings.dialplan()));
    PbxSimulator simulator = new PbxSimulator(settings, core, core.ami());
    simulator.agiTarget(settings.agiHost(), settings.agiPort());
    simulator.ami.start(settings.amiPort());
    return simulator;
  }

  public int amiPort() {
    return ami.port();
  }

  public SimulatorSettings settings() {
    return settings;
  }

  /** Where the dialplan's AGI() goes: overrides the HOTLINE_AGI global. */
  public void agiTarget(String host, int port) {
    core.pbx().global("HOTLINE_AGI", "agi://" + host + ":" + port);
  }

  /**
   * Points the dialplan at several service instances, as {@code hagi://NAME} with DNS SRV records
   * {@code _agi._tcp.NAME} of equal priority and weight: each AGI() tries them in a random order
   * and takes the first that accepts.
   */
  public void agiTargets(List<InetSocketAddress> instances) {
    core.srv().define("hotline.sim", instances);
    core.pbx().global("HOTLINE_AGI", "hagi://hotline.sim");
  }

  /** Sets a dialplan global ([globals]) at run time. */
  public void global(String name, String value) {
    core.pbx().global(name, value);
  }

  /**
   * The context chan_pjsip gives the channels of advisors' phones created from now on (pjsip.conf
   * "context="): hotline-advisors unless told.
   */
  public void advisorsContext(String context) {
    core.pbx().endpoints().advisorContext(context);
  }

  /** The PJSIP endpoint "adv101": created registered and answering the first time. */
  public SimulatedAdvisor advisor(String endpoint) {
    return new SimulatedAdvisor(core.pbx().endpoints().advisor(endpoint), core.pbx().endpoints());
  }

  /**
   * A number behind the operator trunk ({@code 0612345678}), dialled as {@code
   * PJSIP/0612345678@operator}: a business owner called back, an advisor's mobile. Unless told, a
   * person answers after 5 s.
   */
  public SimulatedNumber outsideNumber(String number) {
    return new SimulatedNumber(core.pbx().endpoints().describeOutside(number + "@operator"));
  }

  /** Every Originate of a phone the service asked for, oldest first. */
  public List<OriginatedCall> originatedCalls() {
    return core.originations().all().stream().map(OriginatedCall::of).toList();
  }

  /** How long prompts play and which ones are missing. */
  public PromptCatalog prompts() {
    return core.pbx().prompts();
  }

  /** Configures a queue's strategy, member ring time and retry pause (queues.conf). */
  public void queue(String name, Duration memberRingTimeout, Duration retry) {
    core.queues().queue(name).configure("rrmemory", memberRingTimeout, retry);
  }

  /** The interfaces of a queue's members, as QueueAdd left them (e.g. {@code PJSIP/adv101}). */
  public List<String> queueMembers(String name) {
    return core.queues().queue(name).members().stream().map(member -> member.iface()).toList();
  }

  /** A queue to define as queues.conf would (created empty, rrmemory, on first use). */
  public SimulatedQueue queue(String name) {
    return new SimulatedQueue(core.queues().queue(name), core.queues());
  }

  /** Places one inbound call now, from the operator trunk unless the script says otherwise. */
  public SimulatedCall call(CallerScript script) {
    Channel channel =
        core.pbx()
            .newChannel(
                "PJSIP",
                script.endpoint(),
                "PJSIP/" + script.endpoint(),
                ChannelState.RING,
                script.context(),
                script.dialledNumber(),
                null);
    channel.callerId(
        script.callerNumber(), script.callerName() == null ? Channel.UNKNOWN : script.callerName());
    channel.dnid(script.dialledNumber());
    channel.language(core.pbx().endpoints().profile(script.endpoint()).language());
    SimulatedCall call =
        new SimulatedCall(
            channel,
            script.callerNumber(),
            () -> core.pbx().executor().execute(() -> core.pbx().byeFromRemote(channel)));
    channel.observe(new CallerAgent(script, core.pbx(), core.media(), core.timers()));
    channel.observe(new RtcpReports(core.pbx(), core.timers()));
    core.pbx().events().newchannel(channel);
    // res_pjsip_session sets the request URI's domain before the dialplan starts.
    channel.variable("SIPDOMAIN", "127.0.0.1");
    core.pbx().events().varSet(channel, "SIPDOMAIN", "127.0.0.1");
    core.system().countCall();
    core.pbx()
        .executor()
        .execute(
            () -> {
              try {
                core.runner().run(channel, script.context(), script.dialledNumber(), 1);
              } finally {
                call.finish();
              }
            });
    return call;
  }

  /** Starts stochastic traffic; stop it with {@link TrafficGenerator#stop()}. */
  public TrafficGenerator traffic(TrafficProfile profile) {
    TrafficGenerator generator = new TrafficGenerator(this, profile, settings.seed());
    generator.start();
    return generator;
  }

  /**
   * The demo stream: ten advisors adv101–adv110 and a plausible flow of calls (one every 20–60 s,
   * answered after 3–8 s, 2–10 min talks), scaled by the settings' speed, until stopped.
   */
  public TrafficGenerator startDemo() {
    return traffic(TrafficProfile.demo());
  }

  void prepareAdvisorsFor(TrafficProfile profile, java.util.Random random) {
    for (int i = 1; i <= profile.advisors(); i++) {
      advisor(String.format("adv%d", 100 + i));
    }
    for (var endpoint : core.pbx().endpoints().all()) {
      endpoint.timings(
          () -> {
            synchronized (random) {
              return profile.ring().sample(random);
            }
          },
          () -> {
            synchronized (random) {
              return profile.talk().sample(random);
            }
          });
    }
  }

  long realNanos(Duration simulated) {
    return core.pbx().clock().realNanos(simulated);
  }

  /**
   * Tells {@code listener}, for every command a FastAGI script sends, how many nanoseconds passed
   * on this side of the socket since the PBX wrote the reply before it (or the environment): the
   * time the script added, since the simulator answers its commands without a socket in between. It
   * runs on the call's thread: keep it short.
   */
  public void onAgiTurnaround(ObjLongConsumer<String> listener) {
    core.agiTurnarounds().listen(listener);
  }

  /**
   * Publishes an AMI event with the headers Asterisk puts first (Event, Privilege, Timestamp,
   * SystemName) and then {@code fields}, to every logged-in client whose event classes take it: for
   * load runs of a client's event handling, with events of no call the model knows.
   */
  public void publishEvent(String name, String privilege, Map<String, String> fields) {
    AmiMessage event = core.pbx().events().header(name, privilege);
    fields.forEach(event::add);
    core.pbx().events().publish(event);
  }

  /** How many events the AMI server has queued for its clients since it started. */
  public long amiEventsDelivered() {
    return ami.eventsDelivered();
  }

  public void dropAmiConnections() {
    ami.dropConnections();
  }

  public void stopAmi() {
    ami.stop();
  }

  /** Starts the AMI listener again on the port it had. */
  public void startAmi() {
    ami.restart();
  }

  ExecutorService executor() {
    return core.pbx().executor();
  }

  ScheduledExecutorService timers() {
    return core.timers();
  }

  @Override
  public void close() {
    ami.stop();
    core.pbx().channels().forEach(c -> c.signals().hangup());
    core.shutdown();
  }
}
