package io.lakeflow.pipeline.cli;

import io.lakeflow.pipeline.flow.Pipeline;
import io.lakeflow.pipeline.flow.PlanResolver;
import io.lakeflow.pipeline.flow.TablePlan;
import io.lakeflow.pipeline.flow.TableRunSummary;
import io.lakeflow.pipeline.flow.Warehouse;
import io.lakeflow.pipeline.spec.InvalidSpecException;
import io.lakeflow.pipeline.spec.PipelineSpec;
import io.lakeflow.pipeline.spec.SpecParser;
import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code run SPEC}: validates the spec, then runs every table and prints a summary. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs a pipeline spec: each table incrementally from its checkpoint (embedded Spark by default).")
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SPEC", description = "The pipeline spec (YAML or JSON).")
    Path specFile;

    @Option(names = "--full-refresh", arity = "0..*", paramLabel = "TABLE",
            description = "Rebuild these tables (destination or source names) from scratch; all tables when none is named.")
    List<String> fullRefresh;

    @Option(names = "--dry-run", description = "Validate the spec against the connector and print the plan; move no data.")
    boolean dryRun;

    @Option(names = "--warehouse", paramLabel = "DIR", defaultValue = "lakeflow-warehouse",
            description = "Folder (or URI) of the destination tables and checkpoints. Default: ${DEFAULT-VALUE}.")
    String warehouse;

    @Option(names = "--master", defaultValue = "local[*]",
            description = "Spark master of the embedded session (ignored under spark-submit). Default: ${DEFAULT-VALUE}.")
    String master;

    @Option(names = "--show", arity = "0..1", fallbackValue = "20", paramLabel = "ROWS",
            description = "After the run, print up to ROWS rows (default 20) of each destination table.")
    Integer show;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        List<TablePlan> plans;
        try {
            PipelineSpec spec = SpecParser.parse(specFile);
            plans = PlanResolver.resolve(spec, specFile.toString());
        } catch (InvalidSpecException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        out.println("Pipeline " + specFile + ": " + plans.size() + " table(s)");
        if (dryRun) {
            plans.forEach(p -> {
                out.println("  " + p.describe());
                p.warnings().forEach(w -> out.println("    " + w));
            });
            out.println("Dry run: spec valid, no data moved.");
            return 0;
        }
        String root = warehouse.contains("://") ? warehouse : new File(warehouse).getAbsolutePath();
        boolean ownSession = !SparkSessions.submitted() && SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = SparkSessions.create(root, master);
        Warehouse wh = new Warehouse(root);
        Set<String> refresh = fullRefresh == null ? null : new LinkedHashSet<>(fullRefresh);
        List<TableRunSummary> summaries = new Pipeline(spark, wh, out).run(plans, refresh);
        out.println();
        out.print(Pipeline.format(summaries));
        for (TableRunSummary s : summaries) {
            if (!s.ok()) {
                out.println(s.name() + ": " + s.error());
            }
        }
        if (show != null) {
            for (TablePlan p : plans) {
                out.println();
                out.println(p.name() + " (" + wh.tablePath(p.spec()) + "):");
                spark.read().format("delta").load(wh.tablePath(p.spec())).show(show, false);
            }
        }
        boolean ok = summaries.stream().allMatch(TableRunSummary::ok);
        out.println(ok ? "Pipeline finished." : "Pipeline finished with failures.");
        if (ownSession) {
            spark.stop();
        }
        return ok ? 0 : 1;
    }
}
