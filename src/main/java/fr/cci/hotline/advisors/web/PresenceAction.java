package fr.cci.hotline.advisors.web;

/** What an advisor (or their supervisor) asks for from the page, the API or the phone. */
enum PresenceAction {
  LOGIN,
  LOGOUT,
  PAUSE,
  RESUME
}
