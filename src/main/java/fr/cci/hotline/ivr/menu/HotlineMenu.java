package fr.cci.hotline.ivr.menu;

import fr.cci.hotline.advisors.Chambers;
import fr.cci.hotline.ivr.CallAbandoned;
import fr.cci.hotline.ivr.CallArrived;
import fr.cci.hotline.ivr.CallClosedLine;
import fr.cci.hotline.ivr.CallerLocated;
import fr.cci.hotline.ivr.TopicChosen;
import fr.cci.hotline.ivr.hours.OpeningHours;
import fr.cci.hotline.routing.CallbackRequested;
import fr.cci.hotline.routing.CallbackRequests;
import fr.cci.hotline.routing.Caller;
import fr.cci.hotline.routing.Routing;
import fr.cci.hotline.telephony.CallChannel;
import fr.cci.hotline.telephony.CallScript;
import fr.cci.hotline.telephony.CallVariable;
import fr.cci.hotline.telephony.CallerHungUp;
import fr.cci.hotline.telephony.HotlineAction;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The {@code hotline} script: every call to the regional number starts here. The case is opened
 * before the caller presses anything; the caller is welcomed, told the hours when the line is
 * closed, asked a topic and a location, then handed to routing. Whatever the caller does, the call
 * goes on: no answer or a wrong answer is asked again, then the call moves on.
 */
@Component
class HotlineMenu implements CallScript {

  private final Menu menu;
  private final MenuQuestions questions;
  private final OpeningHours openingHours;
  private final CaseNumbers caseNumbers;
  private final Chambers chambers;
  private final Routing routing;
  private final CallbackRequests callbacks;
  private final MenuEvents events;
  private final Clock clock;

  HotlineMenu(
      Menu menu,
      MenuQuestions questions,
      OpeningHours openingHours,
      CaseNumbers caseNumbers,
      Chambers chambers,
      Routing routing,
      CallbackRequests callbacks,
      MenuEvents events,
      Clock clock) {
    this.menu = menu;
    this.questions = questions;
    this.openingHours = openingHours;
    this.caseNumbers = caseNumbers;
    this.chambers = chambers;
    this.routing = routing;
    this.callbacks = callbacks;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "hotline";
  }

  @Override
  public void run(CallChannel call) {
    Instant arrived = clock.instant();
    String caseNumber = caseNumbers.next();
    boolean open = openingHours.isOpenNow();
    events.publish(
        new CallArrived(
            call.uniqueId(), caseNumber, call.callerNumber(), call.dialledNumber(), open, arrived));
    String step = "welcome";
    try {
      call.set(CallVariable.HOTLINE_CASE, caseNumber);
      call.answer();
      Optional<Character> early =
          questions.playAll(call, menu.welcome().prompts(), open ? menu.topic().keys() : "");
      if (!open) {
        step = "closed";
        closedLine(call, caseNumber, arrived);
        return;
      }
      step = "topic";
      String topic = questions.topic(call, early);
      events.publish(new TopicChosen(caseNumber, topic, clock.instant()));
      step = "location";
      Optional<Location> location = questions.location(call);
      String department = location.map(Location::department).orElse(null);
      boolean inNormandy = department != null && chambers.isNormandy(department);
      events.publish(
          new CallerLocated(
              caseNumber,
              department,
              location.map(Location::postalCode).orElse(null),
              inNormandy,
              clock.instant()));
      if (department != null && !inNormandy) {
        call.play(menu.location().outsideNormandy(), "");
      }
      step = null; // from here on, routing accounts for the caller
      routing.route(
          call,
          new Caller(call.uniqueId(), caseNumber, call.callerNumber(), department, topic, arrived));
    } catch (CallerHungUp hangup) {
      if (step != null) {
        events.publish(new CallAbandoned(caseNumber, step, clock.instant()));
      }
      throw hangup;
    }
  }

  /**
   * The hours, then a call-back offer to every caller (a hidden number is asked for one): the
   * number confirmed, the call-back keeps the call's arrival as its place for the reopening.
   */
  private void closedLine(CallChannel call, String caseNumber, Instant arrived) {
    Menu.Closed closed = menu.closed();
    Optional<Character> pressed = questions.playAll(call, closed.prompts(), closed.callbackKey());
    boolean asked =
        pressed.map(key -> key.toString().equals(closed.callbackKey())).orElse(false)
            || questions.confirms(
                call, closed.callbackOffer(), closed.callbackKey(), closed.timeout());
    boolean requested =
        asked
            && callbacks.request(
                call, caseNumber, null, arrived, CallbackRequested.Reason.LINE_CLOSED);
    if (requested) {
      call.play(closed.callbackConfirmed(), "");
    }
    events.publish(new CallClosedLine(caseNumber, requested, clock.instant()));
    call.set(CallVariable.HOTLINE_ACTION, HotlineAction.HANGUP.name());
    call.play(closed.goodbye(), "");
  }
}
