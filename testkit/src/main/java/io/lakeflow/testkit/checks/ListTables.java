package io.lakeflow.testkit.checks;

import io.lakeflow.connect.LakeflowConnect;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code list_tables}: a non-empty list of distinct, non-blank names, equal on every call and
 * instance; every allowance of the test class names a listed table.
 */
public final class ListTables implements ConformanceCheck {

    @Override
    public String id() {
        return "list_tables";
    }

    @Override
    public String rule() {
        return "listTables is non-empty, without duplicates or blank names, and deterministic";
    }

    @Override
    public CheckScope scope() {
        return CheckScope.CONNECTOR;
    }

    @Override
    public void run(CheckContext context) {
        LakeflowConnect connector = context.freshConnector();
        List<String> first = connector.listTables();
        if (first == null) {
            throw context.fail("listTables to return a list", "null", "return the tables' names, e.g. List.of(\"orders\")");
        }
        if (first.isEmpty()) {
            throw context.fail("at least one table", "an empty list", "list every table the connector can read");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < first.size(); i++) {
            String name = first.get(i);
            if (name == null || name.isBlank()) {
                context.problem("non-blank table names", (name == null ? "null" : "a blank name") + " at index " + i,
                        "remove it or give the table a name");
            } else if (!seen.add(name)) {
                context.problem("each table listed once", "'" + name + "' twice", "remove the duplicate");
            }
        }
        List<String> second = connector.listTables();
        if (!first.equals(second)) {
            context.problem("an equal list on a second call", first + " then " + second,
                    "return the tables in a stable order (sort them, or keep the definition order)");
        }
        for (Allowance allowance : context.settings().allowances()) {
            if (!first.contains(allowance.table())) {
                context.problem("the table of every allowance among the listed tables", "@" + (allowance.kind()
                        .equals(Allowance.EMPTY_FIRST_READ) ? "AllowEmptyFirstRead" : "AllowNullColumn") + " for '"
                        + allowance.table() + "'", "remove the stale allowance or fix its table name");
            }
        }
        List<String> fresh = context.freshConnector().listTables();
        if (!first.equals(fresh)) {
            context.problem("an equal list from a fresh instance", first + " then " + fresh,
                    "derive the list from the source or from constants, never from instance history");
        }
    }
}
