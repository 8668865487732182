package fr.cci.hotline.routing.callback;

/** The call-backs' table on the embedded default database. */
class H2CallbackLineTests extends CallbackLineContract {}
