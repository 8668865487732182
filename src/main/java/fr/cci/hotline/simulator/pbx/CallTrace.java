package fr.cci.hotline.simulator.pbx;

import java.util.ArrayList;
import java.util.List;

/** What happened to one inbound call, collected as the model runs it. */
public final class CallTrace {

  /** One Dial or queue ring attempt. */
  public record Attempt(String target, String dialStatus, long ringMillis) {}

  private final List<String> agiTranscript = new ArrayList<>();
  private final List<Attempt> attempts = new ArrayList<>();
  private final List<String> prompts = new ArrayList<>();
  private volatile boolean reachedFallbackQueue;
  private volatile String answeredBy;
  private volatile String agiStatus;
  private final java.util.concurrent.atomic.AtomicInteger agiCommands =
      new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicInteger inputs =
      new java.util.concurrent.atomic.AtomicInteger();

  /** Counts the AGI commands of the call, from 1 (a caller script reacts to the n-th). */
  public int nextAgiCommandNumber() {
    return agiCommands.incrementAndGet();
  }

  /** Counts the input-capable commands and applications of the call, from 1. */
  public int nextInputNumber() {
    return inputs.incrementAndGet();
  }

  public synchronized void agi(String line) {
    agiTranscript.add(line);
  }

  public synchronized void attempt(String target, String dialStatus, long ringMillis) {
    attempts.add(new Attempt(target, dialStatus, ringMillis));
  }

  public synchronized void prompt(String file) {
    prompts.add(file);
  }

  public void reachedFallbackQueue() {
    reachedFallbackQueue = true;
  }

  public void answeredBy(String endpoint) {
    answeredBy = endpoint;
  }

  public void agiStatus(String status) {
    agiStatus = status;
  }

  public synchronized List<String> agiTranscript() {
    return List.copyOf(agiTranscript);
  }

  public synchronized List<Attempt> attempts() {
    return List.copyOf(attempts);
  }

  public synchronized List<String> prompts() {
    return List.copyOf(prompts);
  }

  public boolean isReachedFallbackQueue() {
    return reachedFallbackQueue;
  }

  public String answeredBy() {
    return answeredBy;
  }

  public String agiStatus() {
    return agiStatus;
  }
}
