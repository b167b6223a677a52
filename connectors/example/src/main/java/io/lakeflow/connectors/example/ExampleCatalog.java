package io.lakeflow.connectors.example;

import static io.lakeflow.connectors.example.ExampleColumn.optional;
import static io.lakeflow.connectors.example.ExampleColumn.required;

import io.lakeflow.connect.IngestionType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Every table of the example source, as data: this is the one place to read (or change) what
 * the source serves and what the connector declares. A connector for a real API would keep the
 * same shape: one definition per table, no {@code if (table.equals(...))} anywhere else.
 *
 * <table>
 *   <caption>The tables</caption>
 *   <tr><th>table</th><th>ingestion</th><th>key</th><th>cursor</th><th>rows</th></tr>
 *   <tr><td>products</td><td>snapshot</td><td>product_id</td><td>-</td><td>53</td></tr>
 *   <tr><td>events</td><td>append</td><td>(event_id, unique)</td><td>created_at</td><td>101</td></tr>
 *   <tr><td>users</td><td>cdc</td><td>user_id</td><td>updated_at</td><td>37</td></tr>
 *   <tr><td>orders</td><td>cdc_with_deletes</td><td>order_id</td><td>updated_at</td><td>103</td></tr>
 *   <tr><td>accounts</td><td>cdc (nested columns)</td><td>account_id</td><td>updated_at</td><td>41</td></tr>
 *   <tr><td>metrics</td><td>cdc, partitioned</td><td>metric_id</td><td>recorded_at</td><td>253</td></tr>
 * </table>
 */
public final class ExampleCatalog {

    private static final DataType MONEY = DataTypes.createDecimalType(10, 2);
    private static final StructType GEO = new StructType()
            .add("lat", DataTypes.DoubleType, false)
            .add("lon", DataTypes.DoubleType, false);
    private static final StructType ADDRESS = new StructType()
            .add("street", DataTypes.StringType, true)
            .add("city", DataTypes.StringType, true)
            .add("zip", DataTypes.StringType, true)
            .add("geo", GEO, true);
    private static final StructType CONTACT = new StructType()
            .add("name", DataTypes.StringType, false)
            .add("email", DataTypes.StringType, true)
            .add("phone", DataTypes.StringType, true);

    private static final List<ExampleTable> TABLES = List.of(
            new ExampleTable("products", List.of(
                    required("product_id", DataTypes.LongType, null),
                    required("name", DataTypes.StringType, (r, id) -> "Product " + id),
                    optional("category", DataTypes.StringType, pick("books", "garden", "kitchen", "toys", "tools")),
                    optional("price", MONEY, money(1, 500)),
                    optional("in_stock", DataTypes.BooleanType, (r, id) -> r.nextBoolean()),
                    optional("launched_on", DataTypes.DateType,
                            (r, id) -> LocalDate.of(2020, 1, 1).plusDays(r.nextInt(1500)).toString())),
                    null, IngestionType.SNAPSHOT, 53, false),
            new ExampleTable("events", List.of(
                    required("event_id", DataTypes.LongType, null),
                    required("created_at", DataTypes.TimestampType, null),
                    optional("user_id", DataTypes.LongType, (r, id) -> 1L + r.nextInt(37)),
                    optional("event_type", DataTypes.StringType, pick("click", "view", "signup", "purchase")),
                    optional("duration_ms", DataTypes.DoubleType, (r, id) -> Math.round(r.nextDouble() * 1e5) / 10.0)),
                    "created_at", IngestionType.APPEND, 101, false),
            new ExampleTable("users", List.of(
                    required("user_id", DataTypes.LongType, null),
                    required("updated_at", DataTypes.TimestampType, null),
                    optional("email", DataTypes.StringType, (r, id) -> "user" + id + "@example.com"),
                    optional("name", DataTypes.StringType, pick("Ada", "Grace", "Linus", "Barbara", "Ken", "Edsger")),
                    optional("age", DataTypes.IntegerType, (r, id) -> 18 + r.nextInt(60)),
                    optional("is_active", DataTypes.BooleanType, (r, id) -> r.nextBoolean())),
                    "updated_at", IngestionType.CDC, 37, false),
            new ExampleTable("orders", List.of(
                    required("order_id", DataTypes.LongType, null),
                    required("updated_at", DataTypes.TimestampType, null),
                    optional("user_id", DataTypes.LongType, (r, id) -> 1L + r.nextInt(37)),
                    optional("status", DataTypes.StringType, pick("new", "paid", "shipped", "cancelled")),
                    optional("amount", MONEY, money(5, 2000)),
                    optional("placed_on", DataTypes.DateType,
                            (r, id) -> LocalDate.of(2025, 1, 1).plusDays(r.nextInt(300)).toString())),
                    "updated_at", IngestionType.CDC_WITH_DELETES, 103, false),
            new ExampleTable("accounts", List.of(
                    required("account_id", DataTypes.LongType, null),
                    required("updated_at", DataTypes.TimestampType, null),
                    optional("owner", DataTypes.StringType, pick("Ada", "Grace", "Linus", "Barbara")),
                    optional("address", ADDRESS, ExampleCatalog::address),
                    optional("tags", DataTypes.createArrayType(DataTypes.StringType, false),
                            (r, id) -> List.of("tier-" + (1 + r.nextInt(3)), r.nextBoolean() ? "beta" : "stable")),
                    optional("contacts", DataTypes.createArrayType(CONTACT, false), ExampleCatalog::contacts),
                    optional("attributes", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true),
                            (r, id) -> Map.of("plan", r.nextBoolean() ? "pro" : "free", "region", "eu-" + r.nextInt(3))),
                    optional("avatar", DataTypes.BinaryType, (r, id) -> Base64.getEncoder()
                            .encodeToString(("avatar-" + id).getBytes(StandardCharsets.UTF_8))),
                    optional("opened_at", DataTypes.TimestampType, (r, id) -> CursorTime.format(
                            CursorTime.parse("2019-01-01T00:00:00Z").plusSeconds(r.nextInt(100_000_000)))),
                    optional("balance_cents", DataTypes.LongType, (r, id) -> r.nextLong() % 10_000_000_000L),
                    optional("score", DataTypes.DoubleType, (r, id) -> Math.round(r.nextDouble() * 1000) / 1000.0)),
                    "updated_at", IngestionType.CDC, 41, false),
            new ExampleTable("metrics", List.of(
                    required("metric_id", DataTypes.LongType, null),
                    required("recorded_at", DataTypes.TimestampType, null),
                    required("name", DataTypes.StringType, pick("cpu", "memory", "disk", "latency")),
                    optional("value", DataTypes.DoubleType, (r, id) -> Math.round(r.nextDouble() * 10_000) / 100.0),
                    optional("host", DataTypes.StringType, (r, id) -> "host-" + r.nextInt(8))),
                    "recorded_at", IngestionType.CDC, 253, true));

    private ExampleCatalog() {
    }

    /** All tables, in the order {@code listTables()} returns them. */
    public static List<ExampleTable> tables() {
        return TABLES;
    }

    /** The table names, in order. */
    public static List<String> names() {
        return TABLES.stream().map(ExampleTable::name).toList();
    }

    /**
     * The table named {@code name}.
     *
     * @throws IllegalArgumentException listing the valid names, when there is no such table
     */
    public static ExampleTable table(String name) {
        for (ExampleTable table : TABLES) {
            if (table.name().equals(name)) {
                return table;
            }
        }
        throw new IllegalArgumentException("Unknown table '" + name + "' for the example connector; valid tables: "
                + String.join(", ", names()) + ". Fix: use one of the names listTables() returns.");
    }

    // ---- value generators used by the definitions above ----

    private static ValueGenerator pick(String... choices) {
        return (r, id) -> choices[r.nextInt(choices.length)];
    }

    private static ValueGenerator money(int min, int max) {
        return (r, id) -> BigDecimal.valueOf(min * 100L + r.nextInt((max - min) * 100)).movePointLeft(2)
                .setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Object address(Random r, long id) {
        Map<String, Object> geo = new LinkedHashMap<>();
        geo.put("lat", Math.round((r.nextDouble() * 180 - 90) * 1e4) / 1e4);
        geo.put("lon", Math.round((r.nextDouble() * 360 - 180) * 1e4) / 1e4);
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("street", (1 + r.nextInt(200)) + " Main Street");
        address.put("city", List.of("Lisbon", "Oslo", "Lima", "Osaka").get(r.nextInt(4)));
        address.put("zip", String.format("%05d", r.nextInt(100_000)));
        address.put("geo", geo);
        return address;
    }

    private static Object contacts(Random r, long id) {
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("name", "Contact " + id + "-" + i);
            contact.put("email", "contact" + id + "-" + i + "@example.com");
            contact.put("phone", r.nextBoolean() ? null : "+1-555-" + String.format("%04d", r.nextInt(10_000)));
            contacts.add(contact);
        }
        return contacts;
    }
}
