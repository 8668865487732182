package fr.cci.hotline.advisors.presence;

import fr.cci.hotline.advisors.AdvisorsIntegrationTest;

/** Presence on the embedded default database. */
@AdvisorsIntegrationTest
class H2PresenceTests extends PresencePersistenceContract {}
