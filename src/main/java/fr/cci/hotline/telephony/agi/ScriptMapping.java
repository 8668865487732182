package fr.cci.hotline.telephony.agi;

import fr.cci.hotline.telephony.CallScript;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.MappingStrategy;

/** Maps the script name of each AGI request to the {@link CallScript} bean of that name. */
final class ScriptMapping implements MappingStrategy {

  private final Map<String, AgiScript> scripts;

  ScriptMapping(List<CallScript> callScripts, AgiSessions sessions, UnaryOperator<String> sounds) {
    this.scripts =
        callScripts.stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    CallScript::name,
                    (Function<CallScript, AgiScript>)
                        script -> new GuardedScript(script, sessions, sounds)));
  }

  @Override
  public AgiScript determineScript(AgiRequest request, AgiChannel channel) {
    return scripts.get(request.getScript());
  }

  Iterable<String> names() {
    return scripts.keySet();
  }
}
