package io.lakeflow.testkit.checks;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.SupportsPartitionedStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code secrets_not_leaked}: the values of secret options never appear in exception messages
 * (provoked with an unknown table, a wrong non-secret option and a corrupt offset), the
 * connector's {@code toString}, the result file (connector level), nor in any offset or record
 * (per table). Messages name where a secret leaked, never the secret.
 */
public final class SecretsNotLeaked implements ConformanceCheck {

    private static final int MAX_OPTIONS_TRIED = 5;

    @Override
    public String id() {
        return "secrets_not_leaked";
    }

    @Override
    public String rule() {
        return "secret option values never appear in errors, toString, offsets, records or the report";
    }

    @Override
    public CheckScope scope() {
        return CheckScope.CONNECTOR_AND_TABLES;
    }

    @Override
    public void run(CheckContext context) {
        Set<String> secrets = context.connector().secretValues();
        if (secrets.isEmpty()) {
            throw context.skip("no secret option: none declared secret by the provider, none named like a secret");
        }
        if (context.table() == null) {
            connectorLevel(context, secrets);
        } else {
            tableLevel(context, secrets);
        }
    }

    private static void connectorLevel(CheckContext context, Set<String> secrets) {
        LakeflowConnect connector = context.freshConnector();
        Map<String, String> none = Map.of();
        String unknown = UnknownTableRejected.UNKNOWN_TABLE;
        inspectError(context, secrets, "the getTableSchema error for an unknown table", () -> connector.getTableSchema(unknown, none));
        inspectError(context, secrets, "the readTableMetadata error for an unknown table", () -> connector.readTableMetadata(unknown, none));
        inspectError(context, secrets, "the readTable error for an unknown table", () -> connector.readTable(unknown, Offset.empty(), none));
        inspectError(context, secrets, "the readTableDeletes error for an unknown table",
                () -> connector.readTableDeletes(unknown, Offset.empty(), none));
        inspect(context, secrets, "the connector's toString()", String.valueOf(connector));
        List<String> tables = context.tables();
        if (!tables.isEmpty()) {
            String table = tables.get(0);
            inspectError(context, secrets, "the readTable error for a corrupt offset", () -> {
                var result = connector.readTable(table, Offset.of("__lakeflow_corrupt__", "%%not-an-offset%%"),
                        context.settings().tableOptions(table));
                if (result != null && result.records().hasNext()) {
                    result.records().next();
                }
                return result;
            });
        }
        Set<String> secretNames = context.connector().secretOptionNames();
        int tried = 0;
        for (String option : context.settings().options().keySet()) {
            if (secretNames.contains(option) || tried++ >= MAX_OPTIONS_TRIED) {
                continue;
            }
            Map<String, String> wrong = new HashMap<>(context.settings().options());
            wrong.put(option, "__lakeflow_invalid__");
            inspectError(context, secrets, "the error for a wrong '" + option + "' option", () -> {
                try (LakeflowConnect bad = context.connector().newInstance(wrong)) {
                    List<String> listed = bad.listTables();
                    if (listed != null && !listed.isEmpty()) {
                        bad.getTableSchema(listed.get(0), context.settings().tableOptions(listed.get(0)));
                        var result = bad.readTable(listed.get(0), Offset.empty(), context.settings().tableOptions(listed.get(0)));
                        if (result != null && result.records().hasNext()) {
                            result.records().next();
                        }
                    }
                    return listed;
                }
            });
        }
        inspect(context, secrets, "the result file", context.connector().reportSnapshot());
    }

    private static void tableLevel(CheckContext context, Set<String> secrets) {
        int sample = context.settings().sampleSize();
        LakeflowConnect connector = context.freshConnector();
        if (connector instanceof SupportsPartitionedStream stream && stream.isPartitioned(context.table())) {
            List<Map<String, Object>> partitions = stream.getPartitions(context.table(), context.tableOptions());
            inspect(context, secrets, "the partition descriptors", CanonicalJson.of(partitions));
            PartitionReads.Result read = PartitionReads.read(context, stream, partitions == null ? List.of() : partitions, sample);
            for (int r = 0; r < read.records().size(); r++) {
                if (inspect(context, secrets, "partition record " + r, CanonicalJson.of(read.records().get(r)))) {
                    break;
                }
            }
            Offset latest = stream.latestOffset(context.table(), context.tableOptions(), null);
            inspect(context, secrets, "latestOffset", latest == null ? null : latest.toJson());
            inspect(context, secrets, "the schema", context.schema().json());
            return;
        }
        Drain drain = Drain.run(context, connector, Drain.Source.TABLE, Offset.empty(),
                context.settings().maxBatches(), sample, sample);
        for (int i = 0; i < drain.batches().size(); i++) {
            Batch batch = drain.batches().get(i);
            if (batch.end() != null) {
                inspect(context, secrets, "the offset returned by call " + (i + 1), batch.end().toJson());
            }
            List<Map<String, Object>> records = batch.records();
            for (int r = 0; r < records.size(); r++) {
                if (inspect(context, secrets, "record " + r + " of call " + (i + 1), CanonicalJson.of(records.get(r)))) {
                    break;
                }
            }
        }
        inspect(context, secrets, "the schema", context.schema().json());
    }

    private static void inspectError(CheckContext context, Set<String> secrets, String where, Supplier<?> action) {
        try {
            action.get();
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError) {
                throw e;
            }
            List<String> texts = new ArrayList<>();
            for (Throwable t = e; t != null && texts.size() < 10; t = t.getCause()) {
                texts.add(t.toString());
            }
            inspect(context, secrets, where, String.join("\n", texts));
        }
    }

    /** Records a problem when {@code text} holds a secret; returns whether it did. */
    private static boolean inspect(CheckContext context, Set<String> secrets, String where, String text) {
        if (text == null) {
            return false;
        }
        for (String secret : secrets) {
            if (text.contains(secret)) {
                context.problem("no secret option value in " + where, "the value of option '"
                                + optionName(context, secret) + "' in it (not shown)",
                        "never put credentials in messages, offsets or records; name the option instead, e.g. "
                                + "\"api_key was rejected (HTTP 401)\"");
                return true;
            }
        }
        return false;
    }

    private static String optionName(CheckContext context, String secret) {
        return context.settings().options().entrySet().stream().filter(e -> secret.equals(e.getValue()))
                .map(Map.Entry::getKey).findFirst().orElse("?");
    }
}
