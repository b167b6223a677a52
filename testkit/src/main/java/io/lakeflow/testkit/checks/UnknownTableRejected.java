package io.lakeflow.testkit.checks;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.SupportsPartition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code unknown_table_rejected}: every per-table method throws {@link IllegalArgumentException}
 * for a table that is not listed, when called (not when its iterator is consumed).
 */
public final class UnknownTableRejected implements ConformanceCheck {

    /** A name no connector lists. */
    public static final String UNKNOWN_TABLE = "__lakeflow_no_such_table_9z9z__";

    @Override
    public String id() {
        return "unknown_table_rejected";
    }

    @Override
    public String rule() {
        return "every per-table method throws IllegalArgumentException for an unknown table, eagerly";
    }

    @Override
    public CheckScope scope() {
        return CheckScope.CONNECTOR;
    }

    @Override
    public void run(CheckContext context) {
        LakeflowConnect connector = context.freshConnector();
        Map<String, String> none = Map.of();
        List<Call> calls = new ArrayList<>();
        calls.add(new Call("getTableSchema", c -> c.getTableSchema(UNKNOWN_TABLE, none)));
        calls.add(new Call("readTableMetadata", c -> c.readTableMetadata(UNKNOWN_TABLE, none)));
        calls.add(new Call("readTable", c -> c.readTable(UNKNOWN_TABLE, Offset.empty(), none)));
        boolean deletesOverridden = MetadataValid.overridesReadTableDeletes(connector.getClass());
        if (deletesOverridden) {
            calls.add(new Call("readTableDeletes", c -> c.readTableDeletes(UNKNOWN_TABLE, Offset.empty(), none)));
        }
        if (connector instanceof SupportsPartition) {
            calls.add(new Call("getPartitions", c -> ((SupportsPartition) c).getPartitions(UNKNOWN_TABLE, none)));
        }
        for (Call call : calls) {
            try {
                call.action.accept(connector);
                context.problem(call.method + "(\"" + UNKNOWN_TABLE + "\", ...) to throw IllegalArgumentException when called",
                        "it returned normally" + (call.method.startsWith("read") ? " (validation deferred until the records are consumed?)" : ""),
                        "check the table name first thing in " + call.method + ", e.g. a lookup in the table definitions that throws "
                                + "IllegalArgumentException(\"Unknown table '...'; known: ...\")");
            } catch (IllegalArgumentException expected) {
                if (expected.getMessage() == null || !expected.getMessage().contains(UNKNOWN_TABLE)) {
                    context.info(call.method + ": the IllegalArgumentException does not name the unknown table");
                }
            } catch (RuntimeException other) {
                context.problem(call.method + " to throw IllegalArgumentException for an unknown table",
                        CheckContext.describe(other), "throw IllegalArgumentException (the contract) naming the table and the known tables");
            }
        }
    }

    private record Call(String method, Consumer<LakeflowConnect> action) {
    }
}
