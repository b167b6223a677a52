package io.lakeflow.connectors.postgres;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a table the way the framework does: from an offset until the offset stops moving. */
record Drain(List<Map<String, Object>> records, Offset end, int batches) {

    static Drain rows(LakeflowConnect connector, String table, Offset start, Map<String, String> options) {
        return run(connector, table, start, options, false);
    }

    static Drain deletes(LakeflowConnect connector, String table, Offset start, Map<String, String> options) {
        return run(connector, table, start, options, true);
    }

    private static Drain run(LakeflowConnect connector, String table, Offset start, Map<String, String> options,
                             boolean deletes) {
        List<Map<String, Object>> all = new ArrayList<>();
        Offset offset = start;
        for (int batch = 1; batch <= 100; batch++) {
            ReadResult r = deletes ? connector.readTableDeletes(table, offset, options)
                    : connector.readTable(table, offset, options);
            r.records().forEachRemaining(all::add);
            if (r.offset() == null || r.offset().equals(offset)) {
                return new Drain(all, r.offset(), batch);
            }
            offset = Offset.fromJson(r.offset().toJson()); // as stored by the framework
        }
        throw new AssertionError("read of " + table + " did not terminate in 100 batches");
    }
}
