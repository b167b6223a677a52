package io.lakeflow.testkit.checks;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.ReadResult;
import io.lakeflow.connect.TableMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A one-table cdc connector over generated cursor values, paging either correctly (offset =
 * cursor and key) or with the classic bug (offset = cursor only; within one instance it follows an
 * in-memory page token, a fresh instance resumes with cursor > stored).
 */
public final class TieAtPageBoundaryConnector implements LakeflowConnect {

    private static final Map<String, List<Long>> DATASETS = new ConcurrentHashMap<>();

    private final List<Long> cursors;
    private final int pageSize;
    private final boolean tieLosing;
    private final Map<Offset, Integer> pageTokens = new HashMap<>();

    /** Options: {@code dataset} (see {@link #register}), {@code page_size}, {@code tie_losing}. */
    public TieAtPageBoundaryConnector(Map<String, String> options) {
        this.cursors = DATASETS.get(options.get("dataset"));
        this.pageSize = Integer.parseInt(options.get("page_size"));
        this.tieLosing = Boolean.parseBoolean(options.get("tie_losing"));
    }

    /** Stores sorted cursor values (row i has id i) and returns the dataset id. */
    static String register(List<Long> sortedCursors) {
        String id = UUID.randomUUID().toString();
        DATASETS.put(id, List.copyOf(sortedCursors));
        return id;
    }

    static void unregister(String id) {
        DATASETS.remove(id);
    }

    @Override
    public List<String> listTables() {
        return List.of("t");
    }

    @Override
    public StructType getTableSchema(String tableName, Map<String, String> tableOptions) {
        check(tableName);
        return new StructType().add("id", DataTypes.LongType, false).add("c", DataTypes.LongType, false);
    }

    @Override
    public TableMetadata readTableMetadata(String tableName, Map<String, String> tableOptions) {
        check(tableName);
        return TableMetadata.cdc("c", "id");
    }

    @Override
    public ReadResult readTable(String tableName, Offset start, Map<String, String> tableOptions) {
        check(tableName);
        int from;
        if (start.isEmpty()) {
            from = 0;
        } else if (tieLosing) {
            Integer token = pageTokens.get(start);
            from = token != null ? token : firstAfter(((Number) start.get("c")).longValue(), -1);
        } else {
            from = firstAfter(((Number) start.get("c")).longValue(), ((Number) start.get("id")).longValue());
        }
        if (from >= cursors.size()) {
            return ReadResult.empty(start);
        }
        int to = Math.min(cursors.size(), from + pageSize);
        List<Map<String, Object>> page = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", (long) i);
            row.put("c", cursors.get(i));
            page.add(row);
        }
        long lastCursor = cursors.get(to - 1);
        Offset end = tieLosing ? Offset.of(Map.of("c", lastCursor, "page", to)) : Offset.of(Map.of("c", lastCursor, "id", (long) to - 1));
        if (tieLosing) {
            pageTokens.put(end, to);
        }
        return ReadResult.of(page, end);
    }

    /** The first row index after position (cursor, id); id -1 means "after every row with that cursor". */
    private int firstAfter(long cursor, long id) {
        for (int i = 0; i < cursors.size(); i++) {
            long c = cursors.get(i);
            if (c > cursor || (c == cursor && id >= 0 && i > id)) {
                return i;
            }
        }
        return cursors.size();
    }

    private static void check(String tableName) {
        if (!"t".equals(tableName)) {
            throw new IllegalArgumentException("Unknown table '" + tableName + "'");
        }
    }
}
