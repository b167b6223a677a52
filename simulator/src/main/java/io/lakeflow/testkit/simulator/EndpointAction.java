package io.lakeflow.testkit.simulator;

import java.util.Locale;

/** What an endpoint does with its corpus. */
public enum EndpointAction {
    /** Filter, sort, paginate and wrap the corpus. */
    LIST,
    /** Return one record by the {@code {id}} path variable (or the single entity when the path has none). */
    GET,
    /** Add a record built from the request body, with declared defaults and side effects. */
    CREATE,
    /** Merge the request body into the record named by {@code {id}}. */
    UPDATE,
    /** Remove the record named by {@code {id}}. */
    DELETE;

    /** Parses a spec name; when absent, LIST for GET and CREATE for POST. */
    public static EndpointAction fromSpec(String name, String method, String where) {
        if (name == null) {
            return switch (method) {
                case "GET" -> LIST;
                case "POST" -> CREATE;
                case "DELETE" -> DELETE;
                default -> throw new IllegalArgumentException(where + ": no action for method " + method
                        + ". Fix: set action: list | get | create | update | delete.");
            };
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": unknown action '" + name
                    + "'. Fix: use one of list, get, create, update, delete.");
        }
    }
}
