package fr.cci.hotline.cases.journal;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * What a failure means for the case writer, and how to name it in a log line. Database messages are
 * never logged: PostgreSQL quotes the failing row, caller number included.
 */
public final class Failures {

  private Failures() {}

  /**
   * Whether the failure says the database is unreachable, slow or busy, so that the same entries
   * should simply be tried again later. Anything else may be the entry's fault.
   */
  static boolean transientFailure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof CannotCreateTransactionException
          || cause instanceof TransactionTimedOutException
          || cause instanceof TransientDataAccessException
          || cause instanceof DataAccessResourceFailureException
          || cause instanceof SQLTransientException
          || cause instanceof SQLRecoverableException
          || cause instanceof ConnectException) {
        return true;
      }
      if (cause instanceof SQLException sql && transientState(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** The failure's types and SQL states, outermost first, without any message. */
  public static String describe(Throwable failure) {
    List<String> names = new ArrayList<>();
    for (Throwable cause = failure; cause != null && names.size() < 6; cause = next(cause)) {
      String name = cause.getClass().getSimpleName();
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        name += " [" + sql.getSQLState() + "]";
      }
      names.add(name);
    }
    return String.join(" <- ", names);
  }

  /**
   * SQL state classes of connection loss (08), operator intervention such as a server shutting down
   * (57), lack of resources (53) and rolled-back transactions such as deadlocks (40).
   */
  private static boolean transientState(String state) {
    return state != null
        && (state.startsWith("08")
            || state.startsWith("57")
            || state.startsWith("53")
            || state.startsWith("40"));
  }

  private static Throwable next(Throwable cause) {
    return cause.getCause() == cause ? null : cause.getCause();
  }
}
