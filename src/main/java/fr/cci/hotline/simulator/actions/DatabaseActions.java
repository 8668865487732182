package fr.cci.hotline.simulator.actions;

import fr.cci.hotline.simulator.ami.AmiMessage;
import fr.cci.hotline.simulator.ami.AmiReplies;
import fr.cci.hotline.simulator.pbx.AstDb;
import java.util.Map;

/**
 * DBGetTree as Asterisk 22 answers it (the shared {@code asterisk/ami-dbgettree-transcript.txt}):
 * the list's start, one DBGetTreeResponse per key (whole key, then Val, then ActionID), the
 * completion with ListItems.
 */
public final class DatabaseActions {

  private final AstDb astDb;

  public DatabaseActions(AstDb astDb) {
    this.astDb = astDb;
  }

  public void dbGetTree(AmiMessage request, AmiReplies replies) {
    Map<String, String> tree = astDb.tree(request.getOrEmpty("Family"));
    replies.listStart("Result will follow");
    tree.forEach(
        (key, value) -> {
          AmiMessage entry =
              AmiMessage.listEvent("DBGetTreeResponse").add("Key", key).add("Val", value);
          replies.send(replies.withActionId(entry));
        });
    replies.listComplete("DBGetTreeComplete", tree.size());
  }
}
