package io.lakeflow.testkit.checks;

import io.lakeflow.connect.IngestionType;
import io.lakeflow.connect.TableMetadata;
import io.lakeflow.testkit.WriteBack;
import java.util.List;

/**
 * {@code write_back_tables}: the {@link WriteBack}'s insertable tables are listed by the
 * connector, and its deletable tables are listed and {@code cdc_with_deletes}.
 */
public final class WriteBackTables implements ConformanceCheck {

    @Override
    public String id() {
        return "write_back_tables";
    }

    @Override
    public String rule() {
        return "insertable and deletable tables are listed tables; deletable ones are cdc_with_deletes";
    }

    @Override
    public CheckScope scope() {
        return CheckScope.CONNECTOR;
    }

    @Override
    public void run(CheckContext context) {
        WriteBack writeBack = WriteBackRead.requireWriteBack(context);
        List<String> tables = context.tables();
        List<String> insertable = writeBack.insertableTables();
        if (insertable == null) {
            throw context.fail("insertableTables() to return a list", "null", "return List.of() when none");
        }
        for (String table : insertable) {
            if (!tables.contains(table)) {
                context.problem("insertable table '" + table + "' among listTables() " + tables, "not listed",
                        "fix the table name in insertableTables()");
            }
        }
        List<String> deletable = writeBack.deletableTables();
        for (String table : deletable == null ? List.<String>of() : deletable) {
            if (!tables.contains(table)) {
                context.problem("deletable table '" + table + "' among listTables() " + tables, "not listed",
                        "fix the table name in deletableTables()");
                continue;
            }
            TableMetadata metadata = context.connector().metadata(table);
            if (metadata.ingestionType() != IngestionType.CDC_WITH_DELETES) {
                context.problem("deletable table '" + table + "' to be cdc_with_deletes", metadata.ingestionType().configName(),
                        "remove it from deletableTables(), or report its deletes (cdc_with_deletes + readTableDeletes)");
            }
        }
    }
}
