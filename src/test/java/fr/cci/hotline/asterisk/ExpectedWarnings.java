package fr.cci.hotline.asterisk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The WARN or ERROR lines a real-PBX test causes on purpose (the faults it injects), as regular
 * expressions found in the line: any other one fails the test.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@interface ExpectedWarnings {
  String[] value();
}
