package io.lakeflow.connectors.stripe;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.ReadResult;
import io.lakeflow.connect.TableMetadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.apache.spark.sql.types.StructType;

/**
 * Reads Stripe as sixteen tables (see {@link StripeTable}), each keyed by {@code id} with the cursor
 * {@code _updated}.
 *
 * <p>Incremental design (details in the README): the first read lists the table newest first, one page per
 * batch, capped at the creation time of the newest object; then it follows {@code /v1/events} for that
 * table's change events in time windows, oldest first, each row being the event's {@code data.object} with
 * {@code updated} set to the event's time. {@code *.deleted} events feed {@link #readTableDeletes}. Stripe
 * keeps events for 30 days: a stored position older than that makes the next read list the table again,
 * and the connector logs why. Tables without events (balance transactions) continue by creation time;
 * the events table is read by creation time from the start. Every read stops at the time the instance was
 * created, so a drain terminates.
 */
public final class StripeConnector implements LakeflowConnect {

    /** How long Stripe keeps events. */
    static final long EVENT_RETENTION_SECONDS = 30L * 86_400;
    /** Stay this far inside the retention edge, so a window is not cut by events expiring while it is read. */
    static final long RETENTION_MARGIN_SECONDS = 3_600;

    private static final System.Logger LOG = System.getLogger(StripeConnector.class.getName());

    private final StripeOptions options;
    private final StripeClient client;
    private final LongSupplier clock;
    private final long horizon;

    /** A connector for these connection options (see {@link StripeConnectorProvider}). */
    public StripeConnector(Map<String, String> options) {
        this(options, () -> System.currentTimeMillis() / 1000L);
    }

    StripeConnector(Map<String, String> options, LongSupplier clock) {
        this.options = StripeOptions.parse(options);
        this.client = new StripeClient(this.options);
        this.clock = clock;
        this.horizon = clock.getAsLong();
    }

    @Override
    public List<String> listTables() {
        List<String> names = new ArrayList<>();
        for (StripeTable t : StripeTable.values()) {
            names.add(t.tableName());
        }
        return names;
    }

    @Override
    public StructType getTableSchema(String tableName, Map<String, String> tableOptions) {
        return StripeSchemas.of(StripeTable.byName(tableName));
    }

    @Override
    public TableMetadata readTableMetadata(String tableName, Map<String, String> tableOptions) {
        StripeTable table = StripeTable.byName(tableName);
        return new TableMetadata(List.of(StripeTable.PRIMARY_KEY), StripeTable.CURSOR, table.ingestionType());
    }

    @Override
    public ReadResult readTable(String tableName, Offset startOffset, Map<String, String> tableOptions) {
        StripeTable table = StripeTable.byName(tableName);
        Position position = Position.parse(startOffset, tableName);
        if (position == null) {
            if (table == StripeTable.EVENTS) {
                return window(table, Position.window(Position.Phase.CREATED, retentionFloor(), List.of()), table.changeEvents());
            }
            return firstPage(table);
        }
        return switch (position.phase()) {
            case LIST -> listPage(table, position);
            case EVENTS -> {
                if (expired(position.since())) {
                    LOG.log(System.Logger.Level.WARNING, "Stripe table " + tableName + ": the stored position (" + position.since()
                            + ") is older than the 30 days of events Stripe keeps; listing the table again in full "
                            + "(rows keep their keys; deletions in the gap cannot be seen).");
                    yield ReadResult.empty(Position.list(horizon, null).toOffset());
                }
                yield window(table, position, table.changeEvents());
            }
            case CREATED -> window(table, position, List.of());
        };
    }

    @Override
    public ReadResult readTableDeletes(String tableName, Offset startOffset, Map<String, String> tableOptions) {
        StripeTable table = StripeTable.byName(tableName);
        if (table.deleteEvents().isEmpty()) {
            throw new UnsupportedOperationException("Stripe table " + tableName + " is cdc: Stripe emits no deletion events "
                    + "for " + table.objectType() + " objects, so there are no deletes to read.");
        }
        Position position = Position.parse(startOffset, tableName);
        if (position == null) {
            position = Position.window(Position.Phase.EVENTS, retentionFloor(), List.of());
        } else if (expired(position.since())) {
            LOG.log(System.Logger.Level.WARNING, "Stripe table " + tableName + ": the stored deletes position ("
                    + position.since() + ") is older than the 30 days of events Stripe keeps; deletions before "
                    + retentionFloor() + " cannot be read any more. Fix: read more often than every 30 days.");
            position = Position.window(Position.Phase.EVENTS, retentionFloor(), List.of());
        }
        return window(table, position, table.deleteEvents());
    }

    /** The first call: page 1, whose newest object fixes the listing's cap and the listed rows' cursor. */
    private ReadResult firstPage(StripeTable table) {
        StripePage page = client.list(table.path(), pageParams(null, null));
        if (page.data().isEmpty()) {
            return ReadResult.empty(afterListing(table, horizon).toOffset());
        }
        long newest = Long.MIN_VALUE;
        for (Map<String, Object> row : page.data()) {
            newest = Math.max(newest, createdOf(row, table));
        }
        return listed(table, page, newest + 1);
    }

    private ReadResult listPage(StripeTable table, Position position) {
        StripePage page = client.list(table.path(), pageParams(table.hasCreatedFilter() ? position.listStart() : null,
                position.after()));
        return listed(table, page, position.listStart());
    }

    private ReadResult listed(StripeTable table, StripePage page, long listStart) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : page.data()) {
            rows.add(withCursor(row, listStart - 1));
        }
        Position next = page.hasMore() && !page.data().isEmpty()
                ? Position.list(listStart, String.valueOf(page.data().get(page.data().size() - 1).get("id")))
                : afterListing(table, listStart);
        return ReadResult.of(rows, next.toOffset());
    }

    /** Changes after a listing that started at {@code listStart} come from events (or creation time). */
    private Position afterListing(StripeTable table, long listStart) {
        if (table.changeEvents().isEmpty()) {
            return Position.window(Position.Phase.CREATED, listStart, List.of());
        }
        // The listing shows objects as of now; older events would only repeat what it read.
        return Position.window(Position.Phase.EVENTS, Math.max(listStart, retentionFloor()), List.of());
    }

    /**
     * Reads one time window [since, end] completely (all pages), oldest first: events of {@code eventTypes}
     * (their {@code data.object}), or, with no types, the table's own list by creation time.
     */
    @SuppressWarnings("unchecked")
    private ReadResult window(StripeTable table, Position position, List<String> eventTypes) {
        long since = position.since();
        if (position.phase() == Position.Phase.CREATED && table == StripeTable.EVENTS && expired(since)) {
            since = retentionFloor();
            position = Position.window(position.phase(), since, List.of());
        }
        // Events come in bounded windows (at most 30 days of them exist); a table's own creation times are
        // read up to the horizon at once, since everything older was listed.
        boolean bounded = !eventTypes.isEmpty() || table == StripeTable.EVENTS;
        long end = Math.max(since, bounded ? Math.min(horizon, since + options.eventsWindowSeconds()) : horizon);
        boolean fromEvents = !eventTypes.isEmpty();
        String path = fromEvents ? StripeTable.EVENTS.path() : table.path();
        List<Map<String, Object>> items = new ArrayList<>();
        String after = null;
        while (true) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("created[gte]", since);
            params.put("created[lte]", end);
            params.put("limit", options.pageSize());
            if (fromEvents) {
                params.put("types", eventTypes);
            }
            if (after != null) {
                params.put("starting_after", after);
            }
            StripePage page = client.list(path, params);
            items.addAll(page.data());
            if (!page.hasMore() || page.data().isEmpty()) {
                break;
            }
            after = String.valueOf(page.data().get(page.data().size() - 1).get("id"));
        }
        Collections.reverse(items); // oldest first
        Set<String> seenBefore = Set.copyOf(position.seen());
        Map<String, Map<String, Object>> latest = new LinkedHashMap<>();
        Set<String> seenAtEnd = new LinkedHashSet<>(end == since ? position.seen() : List.of());
        for (Map<String, Object> item : items) {
            String itemId = String.valueOf(item.get("id"));
            long created = ((Number) item.get("created")).longValue();
            if (created == end) {
                seenAtEnd.add(itemId);
            }
            if (created == since && seenBefore.contains(itemId)) {
                continue;
            }
            Map<String, Object> row = item;
            if (fromEvents) {
                Object object = item.get("data") instanceof Map<?, ?> data ? data.get("object") : null;
                if (!(object instanceof Map<?, ?> m) || !table.objectType().equals(m.get("object"))) {
                    continue;
                }
                row = (Map<String, Object>) m;
            }
            String rowId = String.valueOf(row.get("id"));
            latest.remove(rowId); // one version per key and batch: the latest
            latest.put(rowId, withCursor(row, created));
        }
        Position next = Position.window(position.phase(), end, seenAtEnd);
        return ReadResult.of(new ArrayList<>(latest.values()), next.toOffset());
    }

    private Map<String, Object> pageParams(Long createdBefore, String after) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("limit", options.pageSize());
        if (createdBefore != null) {
            params.put("created[lt]", createdBefore);
        }
        if (after != null) {
            params.put("starting_after", after);
        }
        return params;
    }

    private static long createdOf(Map<String, Object> row, StripeTable table) {
        Object created = row.get(table == StripeTable.INVOICE_ITEMS ? "date" : "created");
        if (created == null) {
            created = row.get("created");
        }
        if (!(created instanceof Number n)) {
            throw new StripeApiException(200, "Stripe " + table.objectType() + " " + row.get("id") + " has no creation "
                    + "time; expected a unix time in 'created'. Fix: check stripe_version (" + StripeOptions.DEFAULT_STRIPE_VERSION
                    + " is the version the schemas describe).", null);
        }
        return n.longValue();
    }

    private static Map<String, Object> withCursor(Map<String, Object> row, long updated) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        copy.put(StripeTable.CURSOR, updated);
        return copy;
    }

    /** Where a read of events starts when nothing is stored: inside the retention by a margin. */
    private long retentionFloor() {
        return clock.getAsLong() - EVENT_RETENTION_SECONDS + RETENTION_MARGIN_SECONDS;
    }

    /** Whether events from {@code since} on may be gone already (the margin is what a stored position may age). */
    private boolean expired(long since) {
        return since < clock.getAsLong() - EVENT_RETENTION_SECONDS;
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "StripeConnector{" + options + "}";
    }
}
