package io.lakeflow.pipeline.flow;

import java.io.PrintStream;
import java.util.Locale;
import org.apache.spark.sql.streaming.StreamingQueryListener;
import org.apache.spark.sql.streaming.StreamingQueryProgress;

/** Prints one line per micro-batch: the flow, batch number, records and rate. */
public final class ProgressListener extends StreamingQueryListener {

    private final PrintStream out;

    /** @param out where progress lines go (the CLI's standard output) */
    public ProgressListener(PrintStream out) {
        this.out = out;
    }

    @Override
    public void onQueryStarted(QueryStartedEvent event) {
    }

    @Override
    public void onQueryProgress(QueryProgressEvent event) {
        StreamingQueryProgress p = event.progress();
        if (p.numInputRows() == 0) {
            return;
        }
        out.println(String.format(Locale.ROOT, "  %-40s batch %d: %d records (%.0f records/s)", p.name(), p.batchId(),
                p.numInputRows(), p.processedRowsPerSecond()));
    }

    @Override
    public void onQueryTerminated(QueryTerminatedEvent event) {
    }
}
