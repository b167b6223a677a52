package io.lakeflow.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The end-to-end spec over a {@link FileLogConnector} folder. */
public final class PipelineSpecs {

    private PipelineSpecs() {
    }

    /** Writes the spec to {@code file}; {@code batch} is the connector's batch size and {@code perMicroBatch} the records per micro-batch. */
    public static Path write(Path file, Path source, int batch, int perMicroBatch, boolean withSecret) {
        String common = "batch_size: " + batch + ", maxRecordsPerBatch: " + perMicroBatch;
        String yaml = """
                connection:
                  name: filelog
                  options:
                    dir: %s
                %s
                objects:
                  - table: {source_table: users, table_configuration: {%s}}
                  - table:
                      source_table: users
                      destination_table: users_history
                      table_configuration: {scd_type: SCD_TYPE_2, %s}
                  - table: {source_table: orders, table_configuration: {scd_type: SCD_TYPE_1, %s}}
                  - table:
                      source_table: orders
                      destination_table: orders_history
                      table_configuration: {scd_type: SCD_TYPE_2, primary_keys: [id], sequence_by: updated_at, %s}
                  - table: {source_table: products, destination_schema: default}
                  - table:
                      source_table: products
                      destination_table: products_history
                      table_configuration: {scd_type: SCD_TYPE_2}
                  - table: {source_table: events, table_configuration: {scd_type: APPEND_ONLY, %s}}
                """.formatted(source, withSecret ? "    api_key: ${LAKEFLOW_TEST_KEY}" : "", common, common, common, common, common);
        try {
            Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
