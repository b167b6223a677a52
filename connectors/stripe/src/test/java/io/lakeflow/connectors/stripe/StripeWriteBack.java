package io.lakeflow.connectors.stripe;

import io.lakeflow.testkit.WriteBack;
import io.lakeflow.testkit.WrittenRows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes to Stripe for the conformance suite's write-back checks: creates customers, products, prices and
 * coupons, and deletes customers, products and coupons; {@link #updateRows} updates them. Runs against the simulator in CI, or against a
 * Stripe <em>test-mode</em> account in live mode (a {@code sk_test_} key in {@code CONNECTOR_TEST_CONFIG_JSON});
 * it refuses a live-mode key. {@link #close()} removes what it created (prices, which Stripe cannot delete,
 * are archived).
 */
public final class StripeWriteBack implements WriteBack {

    private final StripeClient client;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> created = new ArrayList<>();
    private String productForPrices;
    private int sequence;

    /** A write-back helper with the connector's connection options. */
    public StripeWriteBack(Map<String, String> options) {
        StripeOptions parsed = StripeOptions.parse(options);
        if (parsed.apiKey().startsWith("sk_live_") || parsed.apiKey().startsWith("rk_live_")) {
            throw new IllegalStateException("StripeWriteBack refuses to write with a live-mode key. Fix: give a test-mode "
                    + "key (sk_test_...) in CONNECTOR_TEST_CONFIG_JSON.");
        }
        this.client = new StripeClient(parsed);
    }

    @Override
    public List<String> insertableTables() {
        return List.of("customers", "products", "prices", "coupons");
    }

    @Override
    public List<String> deletableTables() {
        return List.of("customers", "products", "coupons");
    }

    @Override
    public WrittenRows writeRows(String table, int count) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(create(table));
        }
        return new WrittenRows(rows, columns(table));
    }

    @Override
    public WrittenRows deleteRows(String table, int count) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> row = create(table);
            client.delete(pathOf(table) + "/" + row.get("id"));
            created.remove(pathOf(table) + "/" + row.get("id"));
            rows.add(Map.of("id", row.get("id")));
        }
        return new WrittenRows(rows, Map.of("id", "id"));
    }

    /**
     * Updates {@code count} objects this helper created in {@code table} (creating them first when there are
     * fewer): a new name (or, for prices, a nickname) and {@code metadata[lakeflow_update]}. Returns the
     * updated rows as Stripe answered them.
     */
    public WrittenRows updateRows(String table, int count) {
        String prefix = pathOf(table) + "/";
        List<String> mine = new ArrayList<>(created.stream().filter(p -> p.startsWith(prefix)).toList());
        mine.remove(prefix + productForPrices);
        while (mine.size() < count) {
            mine.add(prefix + create(table).get("id"));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, String> columns = new LinkedHashMap<>(Map.of("id", "id"));
        for (String path : mine.subList(0, count)) {
            int n = ++sequence;
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("metadata", Map.of("lakeflow_update", String.valueOf(n)));
            String field = table.equals("prices") ? "nickname" : "name";
            form.put(field, "Updated " + run + " " + n);
            columns.put(field, field);
            columns.put("metadata.lakeflow_update", "metadata.lakeflow_update");
            Map<String, Object> object = client.post(path, form);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", object.get("id"));
            row.put(field, object.get(field));
            row.put("metadata.lakeflow_update", String.valueOf(n));
            rows.add(row);
        }
        return new WrittenRows(rows, columns);
    }

    private Map<String, Object> create(String table) {
        int n = ++sequence;
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("metadata", Map.of("lakeflow_write_back", run));
        switch (table) {
            case "customers" -> {
                form.put("email", "write-back-" + run + "-" + n + "@example.com");
                form.put("name", "Write-back " + run + " " + n);
            }
            case "products" -> form.put("name", "Write-back product " + run + " " + n);
            case "prices" -> {
                form.put("product", productForPrices());
                form.put("currency", "usd");
                form.put("unit_amount", 1000 + n);
            }
            case "coupons" -> {
                form.put("percent_off", 5 + n % 50);
                form.put("duration", "once");
                form.put("name", "Write-back " + run + " " + n);
            }
            default -> throw new IllegalArgumentException("StripeWriteBack cannot write to table '" + table
                    + "'. Fix: use one of " + insertableTables() + ".");
        }
        Map<String, Object> object = client.post(pathOf(table), form);
        created.add(pathOf(table) + "/" + object.get("id"));
        Map<String, Object> row = new LinkedHashMap<>();
        for (String column : columns(table).keySet()) {
            row.put(column, object.get(column));
        }
        return row;
    }

    private String productForPrices() {
        if (productForPrices == null) {
            Map<String, Object> product = client.post("/v1/products", Map.of("name", "Write-back prices " + run,
                    "metadata", Map.of("lakeflow_write_back", run)));
            productForPrices = String.valueOf(product.get("id"));
            created.add("/v1/products/" + productForPrices);
        }
        return productForPrices;
    }

    private static Map<String, String> columns(String table) {
        return switch (table) {
            case "customers" -> Map.of("id", "id", "email", "email", "name", "name");
            case "products" -> Map.of("id", "id", "name", "name");
            case "prices" -> Map.of("id", "id", "unit_amount", "unit_amount", "currency", "currency", "product", "product");
            case "coupons" -> Map.of("id", "id", "percent_off", "percent_off", "name", "name");
            default -> Map.of("id", "id");
        };
    }

    private static String pathOf(String table) {
        return StripeTable.byName(table).path();
    }

    @Override
    public void close() {
        for (int i = created.size() - 1; i >= 0; i--) {
            String path = created.get(i);
            try {
                if (path.startsWith("/v1/prices/")) {
                    client.post(path, Map.of("active", "false"));
                } else {
                    client.delete(path);
                }
            } catch (StripeApiException e) {
                // best effort: the object may be gone already
            }
        }
        client.close();
    }
}
