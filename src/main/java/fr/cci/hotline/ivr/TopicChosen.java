package fr.cci.hotline.ivr;

import java.time.Instant;

/**
 * The caller chose a topic in the menu ({@code topic} is the menu's code, e.g. {@code tresorerie}).
 */
public record TopicChosen(String caseNumber, String topic, Instant at) {}
