package fr.cci.hotline.simulator.pbx;

import fr.cci.hotline.simulator.dialplan.Dialplan;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * The simulated Asterisk core: clock, ids, dialplan, globals, endpoints, queues and the live
 * channels. The applications and AGI use it to create, answer and hang up channels.
 */
public final class Pbx {

  private final SimClock clock;
  private final ChannelEvents events;
  private final IdSource ids;
  private final ExecutorService executor;
  private final Endpoints endpoints;
  private final PromptCatalog prompts = new PromptCatalog();
  private final Map<String, String> globals = new ConcurrentHashMap<>();
  private final Map<String, Channel> channels = new ConcurrentHashMap<>();
  private final Random random;
  private final LocalChannels locals;
  private final RtpQuality rtpQuality;
  private final AstDb astDb = new AstDb();
  private volatile Dialplan dialplan;

  public Pbx(
      SimClock clock,
      ChannelEvents events,
      IdSource ids,
      ExecutorService executor,
      Dialplan dialplan,
      EndpointProfiles profiles,
      long seed) {
    this.clock = clock;
    this.events = events;
    this.ids = ids;
    this.executor = executor;
    this.endpoints = new Endpoints(events, profiles);
    this.random = new Random(seed);
    this.locals = new LocalChannels(this);
    this.rtpQuality = new RtpQuality(events);
    dialplan(dialplan);
  }

  /** Asterisk's database: the dialplan's DB() function, DBdeltree and AMI DBGetTree. */
  public AstDb astDb() {
    return astDb;
  }

  public LocalChannels locals() {
    return locals;
  }

  public SimClock clock() {
    return clock;
  }

  public ChannelEvents events() {
    return events;
  }

  public IdSource ids() {
    return ids;
  }

  public ExecutorService executor() {
    return executor;
  }

  public Endpoints endpoints() {
    return endpoints;
  }

  public PromptCatalog prompts() {
    return prompts;
  }

  public Dialplan dialplan() {
    return dialplan;
  }

  /** Loads a dialplan; its [globals] replace the globals of the same names. */
  public void dialplan(Dialplan dialplan) {
    this.dialplan = dialplan;
    globals.putAll(dialplan.globals());
  }

  public String global(String name) {
    return globals.get(name);
  }

  public void global(String name, String value) {
    globals.put(name, value);
  }

  public synchronized Random random() {
    return random;
  }

  /** Creates a channel named TECH/resource-NNNNNNNN and registers it; no event yet. */
  public Channel newChannel(
      String technology,
      String resource,
      String device,
      ChannelState state,
      String context,
      String exten,
      String linkedId) {
    String name = technology + "/" + resource + "-" + ids.channelSuffix(technology);
    return newNamedChannel(name, device, state, context, exten, linkedId);
  }

  /**
   * Creates and registers a channel whose unique id an AMI Originate chose (its ChannelId), which
   * is also its linked id; a blank one is made up as usual.
   */
  public Channel newChannelWithId(
      String technology,
      String resource,
      String device,
      ChannelState state,
      String context,
      String exten,
      String uniqueId) {
    String name = technology + "/" + resource + "-" + ids.channelSuffix(technology);
    String id = uniqueId == null || uniqueId.isBlank() ? ids.uniqueId() : uniqueId;
    return register(name, id, device, state, context, exten, id);
  }

  /** Creates and registers a channel whose full name the caller chose (the halves of Local). */
  public Channel newNamedChannel(
      String name,
      String device,
      ChannelState state,
      String context,
      String exten,
      String linkedId) {
    return register(name, ids.uniqueId(), device, state, context, exten, linkedId);
  }

  private Channel register(
      String name,
      String uniqueId,
      String device,
      ChannelState state,
      String context,
      String exten,
      String linkedId) {
    Channel channel =
        new Channel(
            name,
            uniqueId,
            linkedId == null ? uniqueId : linkedId,
            device,
            state,
            context,
            exten,
            clock.epochNanos(),
            clock.timeline());
    channels.put(name, channel);
    return channel;
  }

  public Optional<Channel> channel(String name) {
    return Optional.ofNullable(channels.get(name));
  }

  public Collection<Channel> channels() {
    return List.copyOf(channels.values());
  }

  /** The far end hangs up (a BYE, an AMI Hangup): HangupRequest now, the thread unwinds later. */
  public void hangupFromRemote(Channel channel, int cause) {
    if (channel.isHungUp()) {
      return;
    }
    rtpQuality.sessionEnded(channel);
    channel.hangupCause(cause);
    events.hangupRequest(channel, cause);
    channel.signals().hangup();
    channel.progress().wakeReader();
    channel.observers().forEach(o -> o.hungUp(channel));
  }

  /**
   * The far end of a SIP channel sends BYE: chan_pjsip queues the hang-up with the cause the
   * channel has so far, none at all (no Cause header) in a queue (S9), Normal Clearing once Dial
   * connected it (S10); the channel then ends with Normal Clearing.
   */
  public void byeFromRemote(Channel channel) {
    int cause = channel.hangupCause();
    if (channel.isHungUp()) {
      return;
    }
    rtpQuality.sessionEnded(channel);
    events.hangupRequest(channel, cause == 0 ? null : cause);
    channel.hangupCause(cause == 0 ? HangupCause.NORMAL_CLEARING : cause);
    channel.signals().hangup();
    channel.progress().wakeReader();
    channel.observers().forEach(o -> o.hungUp(channel));
  }

  /** Answers a channel that is not up yet: Newstate Up and the device state follows. */
  public void answer(Channel channel) {
    if (channel.state() == ChannelState.UP) {
      return;
    }
    if (channel.localHalf() > 0) {
      locals.stateChanged(channel, ChannelState.UP);
      // The ;1 half's reader (Dial, Queue, Originate) learns it from an answer frame.
      channel.localPeer().progress().indicateAnswer();
    } else {
      channel.state(ChannelState.UP);
      channel.progress().answeredAt(clock.epochNanos());
      events.newstate(channel);
      endpoints.announce(channel.device(), "INUSE");
    }
    channel.observers().forEach(o -> o.answered(channel));
  }

  /** A PJSIP channel from an endpoint that is not an advisor's phone: an inbound caller. */
  private boolean isCallerEndpoint(Channel channel) {
    String device = channel.device();
    return device.startsWith("PJSIP/") && endpoints.find(device.substring(6)).isEmpty();
  }

  /** Publishes the Hangup event once and forgets the channel. */
  public void destroy(Channel channel) {
    if (!channel.markHangupPublished()) {
      return;
    }
    channel.signals().hangup();
    boolean local = channel.localHalf() > 0;
    if (local) {
      locals.beforeHangup(channel);
    }
    rtpQuality.sessionEnded(channel);
    events.hangup(channel);
    channels.remove(channel.name());
    if (local) {
      locals.afterHangup(channel);
    } else if (isCallerEndpoint(channel)
        && channels.values().stream().noneMatch(c -> c.device().equals(channel.device()))) {
      // Advisors' device states follow their Endpoint (ringing, in use, registered); a caller's
      // (the operator trunk, the lab's sipp) is announced here: it has no contact, hence
      // UNAVAILABLE when idle.
      endpoints.announce(channel.device(), "UNAVAILABLE");
    }
    channel.observers().forEach(o -> o.hungUp(channel));
  }
}
