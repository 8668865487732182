package fr.cci.hotline.simulator.ami;

/** Where the PBX model publishes its events; the AMI server fans them out to logged-in clients. */
@FunctionalInterface
public interface AmiEventSink {

  void publish(AmiMessage event);
}
