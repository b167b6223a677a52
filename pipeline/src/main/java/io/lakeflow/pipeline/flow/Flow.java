package io.lakeflow.pipeline.flow;

import java.io.PrintStream;
import org.apache.spark.sql.SparkSession;

/** Keeps one destination in step with its source table, for one run. */
interface Flow {

    /** Runs the flow to the end of the data available now, printing progress to {@code out}; throws when it fails. */
    TableRunSummary run(SparkSession spark, TablePlan plan, Warehouse warehouse, PrintStream out);

    /** The flow for the plan's ingestion type. */
    static Flow of(TablePlan plan) {
        return switch (plan.type()) {
            case APPEND -> new AppendFlow();
            case CDC, CDC_WITH_DELETES -> new ChangeFlow();
            case SNAPSHOT -> new SnapshotFlow();
        };
    }
}
