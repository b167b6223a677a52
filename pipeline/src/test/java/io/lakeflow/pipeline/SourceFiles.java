package io.lakeflow.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the {@link FileLogConnector}'s source folder and computes what each destination must
 * hold: the test's model of the source.
 */
public final class SourceFiles {

    /** A change of users or orders: key, sequence, and the values. */
    record Change(long id, long seq, String text, boolean deleted) {
    }

    private final Path dir;
    private final List<Change> users = new ArrayList<>();
    private final List<Change> orders = new ArrayList<>();
    private final Map<Long, String> products = new TreeMap<>();
    private long events;

    public SourceFiles(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    private void append(String file, String line) {
        try {
            Files.writeString(dir.resolve(file), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SourceFiles user(long id, long updatedAt, String name) {
        users.add(new Change(id, updatedAt, name, false));
        append("users.jsonl", "{\"id\":" + id + ",\"name\":\"" + name + "\",\"updated_at\":" + updatedAt
                + ",\"tags\":[\"t" + id + "\"],\"address\":{\"city\":\"c" + id + "\",\"zip\":null}}");
        return this;
    }

    public SourceFiles order(long id, long updatedAt, String status, long cents) {
        String amount = String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
        orders.add(new Change(id, updatedAt, amount + "|" + status, false));
        append("orders.jsonl", "{\"id\":" + id + ",\"amount\":" + amount + ",\"status\":\"" + status
                + "\",\"updated_at\":" + updatedAt + "}");
        return this;
    }

    public SourceFiles deleteOrder(long id, long updatedAt) {
        orders.add(new Change(id, updatedAt, null, true));
        append("orders.deletes.jsonl", "{\"id\":" + id + ",\"updated_at\":" + updatedAt + "}");
        return this;
    }

    public SourceFiles event(String kind) {
        events++;
        append("events.jsonl", "{\"seq\":" + events + ",\"kind\":\"" + kind + "\",\"payload\":\"p" + events + "\"}");
        return this;
    }

    public SourceFiles product(long id, String name, double price) {
        products.put(id, name + "|" + price);
        return writeProducts();
    }

    public SourceFiles removeProduct(long id) {
        products.remove(id);
        return writeProducts();
    }

    private SourceFiles writeProducts() {
        StringBuilder sb = new StringBuilder();
        products.forEach((id, v) -> {
            String[] p = v.split("\\|");
            sb.append("{\"id\":").append(id).append(",\"name\":\"").append(p[0]).append("\",\"price\":").append(p[1])
                    .append("}\n");
        });
        try {
            Files.writeString(dir.resolve("products.jsonl"), sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** SCD1: id|name|updated_at of the latest change per key. */
    public Set<String> usersLatest() {
        Set<String> out = new TreeSet<>();
        latest(users).forEach((id, c) -> out.add(id + "|" + c.text() + "|" + c.seq()));
        return out;
    }

    /** SCD1 with deletes: id|amount|status|updated_at of keys whose latest change is newer than their latest delete. */
    public Set<String> ordersLatest() {
        Set<String> out = new TreeSet<>();
        Map<Long, Long> deletes = new TreeMap<>();
        orders.stream().filter(Change::deleted).forEach(c -> deletes.merge(c.id(), c.seq(), Math::max));
        latest(orders).forEach((id, c) -> {
            if (deletes.getOrDefault(id, Long.MIN_VALUE) < c.seq()) {
                out.add(id + "|" + c.text() + "|" + c.seq());
            }
        });
        return out;
    }

    private static Map<Long, Change> latest(List<Change> changes) {
        Map<Long, Change> latest = new TreeMap<>();
        for (Change c : changes) {
            if (!c.deleted()) {
                latest.merge(c.id(), c, (a, b) -> b.seq() >= a.seq() ? b : a);
            }
        }
        return latest;
    }

    /** SCD2: values|__START_AT|__END_AT of every version. */
    public Set<String> history(boolean ofOrders) {
        List<Change> changes = ofOrders ? orders : users;
        Map<Long, List<Change>> byKey = new TreeMap<>();
        changes.forEach(c -> byKey.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c));
        Set<String> out = new TreeSet<>();
        byKey.forEach((id, list) -> {
            list.sort(Comparator.comparingLong(Change::seq));
            for (int i = 0; i < list.size(); i++) {
                Change c = list.get(i);
                if (!c.deleted()) {
                    String end = i + 1 < list.size() ? String.valueOf(list.get(i + 1).seq()) : "null";
                    out.add(id + "|" + c.text() + "|" + c.seq() + "|" + c.seq() + "|" + end);
                }
            }
        });
        return out;
    }

    /** Snapshot SCD1: id|name|price. */
    public Set<String> productsNow() {
        Set<String> out = new TreeSet<>();
        products.forEach((id, v) -> out.add(id + "|" + v));
        return out;
    }

    public long eventCount() {
        return events;
    }
}
