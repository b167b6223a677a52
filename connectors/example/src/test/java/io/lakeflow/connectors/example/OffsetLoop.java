package io.lakeflow.connectors.example;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The framework's offset loop, as tests run it: read until the returned offset equals the start. */
final class OffsetLoop {

    /** What a drain returned: every record, each batch's end offset, and the final offset. */
    record Drained(List<Map<String, Object>> records, List<Offset> offsets, List<Integer> batchSizes, Offset end) {
        int calls() {
            return offsets.size();
        }
    }

    private OffsetLoop() {
    }

    /** Drains {@code table} from {@code start} with one connector. */
    static Drained drain(LakeflowConnect connector, String table, Offset start, boolean deletes) {
        return drain(() -> connector, table, start, deletes, false);
    }

    /**
     * Drains {@code table}; with {@code freshEachCall}, every call goes to a new connector from
     * {@code connectors} (closed afterwards), as after a restart.
     */
    static Drained drain(Supplier<LakeflowConnect> connectors, String table, Offset start, boolean deletes,
                         boolean freshEachCall) {
        List<Map<String, Object>> records = new ArrayList<>();
        List<Offset> offsets = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        Offset offset = start;
        LakeflowConnect shared = freshEachCall ? null : connectors.get();
        for (int call = 0; call < 10_000; call++) {
            LakeflowConnect connector = freshEachCall ? connectors.get() : shared;
            ReadResult result = deletes ? connector.readTableDeletes(table, offset, Map.of())
                    : connector.readTable(table, offset, Map.of());
            int before = records.size();
            result.records().forEachRemaining(records::add);
            if (freshEachCall) {
                connector.close();
            }
            offsets.add(result.offset());
            sizes.add(records.size() - before);
            if (result.offset() == null || result.offset().equals(offset)) {
                return new Drained(records, offsets, sizes, result.offset());
            }
            offset = result.offset();
        }
        throw new AssertionError("Table " + table + " did not drain in 10000 calls");
    }
}
