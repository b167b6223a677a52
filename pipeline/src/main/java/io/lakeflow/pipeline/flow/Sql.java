package io.lakeflow.pipeline.flow;

import java.util.List;
import java.util.stream.Collectors;

/** Quoting of identifiers in the SQL expressions the flows build. */
final class Sql {

    private Sql() {
    }

    /** {@code `name`}, with backticks doubled. */
    static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** {@code alias.`name`}. */
    static String col(String alias, String name) {
        return alias + "." + quote(name);
    }

    /** {@code t.`k1` = s.`k1` AND ...}. */
    static String keysEqual(List<String> keys, String left, String right) {
        return keys.stream().map(k -> col(left, k) + " = " + col(right, k)).collect(Collectors.joining(" AND "));
    }
}
