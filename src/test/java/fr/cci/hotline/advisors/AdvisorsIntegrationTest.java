package fr.cci.hotline.advisors;

import fr.cci.hotline.advisors.admin.Fixtures;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service on real sockets with the test profile (H2 in memory) and a recording call
 * control: the same annotation everywhere so that the test classes share one application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({RecordingCallControl.Configuration.class, Fixtures.class, PresenceChanges.class})
public @interface AdvisorsIntegrationTest {}
