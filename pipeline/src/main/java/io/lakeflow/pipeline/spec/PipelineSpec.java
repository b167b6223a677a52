package io.lakeflow.pipeline.spec;

import java.util.List;

/**
 * A validated pipeline spec.
 *
 * @param connection the connector and its options
 * @param objects    the tables to ingest, in spec order, with unique destinations
 */
public record PipelineSpec(ConnectionSpec connection, List<TableSpec> objects) {

    /** Copies the list. */
    public PipelineSpec {
        objects = List.copyOf(objects);
    }
}
