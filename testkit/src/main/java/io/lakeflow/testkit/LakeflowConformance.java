package io.lakeflow.testkit;

import io.lakeflow.connect.LakeflowConnect;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Certifies a connector: on a test class with no test methods, runs the whole conformance suite
 * against the connector, each check for each table as its own test, and writes
 * {@code target/lakeflow-conformance/<connector>.json}.
 *
 * <pre>{@code
 * @LakeflowConformance(connector = ExampleConnector.class, simulator = ExampleSimulator.class,
 *                     writeBack = ExampleWriteBack.class)
 * class ExampleConformanceTest {}
 * }</pre>
 *
 * A connector that needs no options and has no simulator needs nothing but {@code connector}.
 *
 * <p>Extra Jupiter {@code @Test} methods in the class may declare a parameter of the connector's
 * type (or {@link LakeflowConnect}), {@link TestMode} or {@link Simulator}: the
 * {@link LakeflowConformanceExtension} this annotation registers injects a fresh connector built
 * with the suite's options (closed after the test), the mode, and the running simulator.
 */
@Documented
@ExtendWith(LakeflowConformanceExtension.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LakeflowConformance {

    /** The connector class; it has a public {@code (Map<String, String>)} constructor. */
    Class<? extends LakeflowConnect> connector();

    /** The local stand-in for {@link TestMode#SIMULATE}; none by default (then the mode defaults to live). */
    Class<? extends Simulator> simulator() default Simulator.class;

    /** The write-back helper; none by default (then write-back checks are skipped with that reason). */
    Class<? extends WriteBack> writeBack() default WriteBack.class;

    /**
     * Extra connection options, {@code "key=value"}, added to the simulator's (or live) options,
     * e.g. a stand-in {@code api_key} for a connector that requires one.
     */
    String[] options() default {};

    /** Per-table options, {@code "table:key=value"}, passed to every call for that table. */
    String[] tableOptions() default {};

    /** How many records a check that reads from the source reads at most, per table. */
    int sampleSize() default 200;

    /** How many {@code readTable} calls a drain may take before the read is judged not to terminate. */
    int maxBatches() default 50;

    /**
     * How long one check may run for one table before it fails as hanging, in seconds. A read
     * that never returns then fails its check instead of hanging the build.
     */
    int checkTimeoutSeconds() default 60;

    /** Tables whose first read may be empty, each with the reason (shown in the report). */
    AllowEmptyFirstRead[] allowEmptyFirstRead() default {};

    /** Columns that may be null in every sampled record, each with the reason (shown in the report). */
    AllowNullColumn[] allowNullColumns() default {};

    /** Lets one table's first read return no records. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface AllowEmptyFirstRead {
        /** The table. */
        String table();

        /** Why an empty read is correct for it; must not be blank. */
        String reason();
    }

    /** Lets one column be null in every sampled record. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface AllowNullColumn {
        /** The table. */
        String table();

        /** The top-level column. */
        String column();

        /** Why the column may stay null; must not be blank. */
        String reason();
    }
}
