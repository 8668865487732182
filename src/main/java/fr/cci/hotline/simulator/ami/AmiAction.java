package fr.cci.hotline.simulator.ami;

/** One AMI action (Originate, QueueStatus…): answers through the session it came from. */
@FunctionalInterface
public interface AmiAction {

  void handle(AmiMessage request, AmiReplies replies);
}
