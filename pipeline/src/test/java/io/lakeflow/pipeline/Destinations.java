package io.lakeflow.pipeline;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;

/** Reads destination Delta tables of a warehouse as sets of {@code a|b|c} lines, for comparisons. */
public final class Destinations {

    private Destinations() {
    }

    /** The rows of {@code <warehouse>/default/<table>}, projected on {@code columns} (nulls as "null"). */
    public static Set<String> rows(Path warehouse, String table, String... columns) {
        String expr = "concat_ws('|', " + Stream.of(columns).map(c -> "coalesce(cast(`" + c + "` as string), 'null')")
                .collect(Collectors.joining(", ")) + ")";
        return SharedSpark.get().read().format("delta").load(warehouse.resolve("default").resolve(table).toString())
                .selectExpr(expr).collectAsList().stream().map(r -> r.getString(0))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every table of the end-to-end spec, as one text per table, to compare two warehouses. */
    public static String all(Path warehouse) {
        return "users=" + rows(warehouse, "users", "id", "name", "updated_at", "tags", "address")
                + "\nusers_history=" + rows(warehouse, "users_history", "id", "name", "__START_AT", "__END_AT")
                + "\norders=" + rows(warehouse, "orders", "id", "amount", "status", "updated_at")
                + "\norders_history=" + rows(warehouse, "orders_history", "id", "amount", "status", "__START_AT", "__END_AT")
                + "\nproducts=" + rows(warehouse, "products", "id", "name", "price")
                + "\nevents=" + SharedSpark.get().read().format("delta")
                .load(warehouse.resolve("default").resolve("events").toString()).count();
    }
}
