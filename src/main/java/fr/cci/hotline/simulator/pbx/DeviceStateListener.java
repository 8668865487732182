package fr.cci.hotline.simulator.pbx;

/** Told when a device changes state, before the DeviceStateChange event goes out. */
@FunctionalInterface
interface DeviceStateListener {

  void deviceChanged(String device, String state);
}
