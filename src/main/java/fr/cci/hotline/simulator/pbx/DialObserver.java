package fr.cci.hotline.simulator.pbx;

/** Hooks where app_queue adds its own events around a ring attempt; Dial uses none. */
interface DialObserver {

  /** The callee channel exists and has its caller id (AgentCalled goes here). */
  default void called(Channel caller, Channel callee) {}

  /** The callee rang out its time (AgentRingNoAnswer goes here). */
  default void ringNoAnswer(Channel caller, Channel callee, long ringMillis) {}

  /** The callee answered, before the bridge (QueueCallerLeave, AgentConnect). */
  default void connected(Channel caller, Channel callee, long ringMillis) {}

  /** The conversation ended; hungUpBy is "caller" or "agent" (AgentComplete). */
  default void completed(Channel caller, Channel callee, long talkMillis, String hungUpBy) {}
}
