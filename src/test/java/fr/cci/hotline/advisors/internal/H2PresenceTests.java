package fr.cci.hotline.advisors.internal;

/** Presence on the embedded default database. */
@AdvisorsIntegrationTest
class H2PresenceTests extends PresencePersistenceContract {}
