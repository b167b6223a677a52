package io.lakeflow.pipeline.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakeflow.pipeline.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakeflowDataSourceTest {

    @TempDir
    Path dir;

    private final SparkSession spark = SharedSpark.get();

    private void users(int from, int to) throws IOException {
        String lines = IntStream.range(from, to).mapToObj(i -> "{\"id\":" + i + ",\"name\":\"u" + i
                + "\",\"updated_at\":" + (100 + i) + ",\"tags\":[\"a\"],\"address\":{\"city\":\"c" + i + "\"}}\n")
                .collect(Collectors.joining());
        Files.writeString(dir.resolve("users.jsonl"), lines, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private org.apache.spark.sql.DataFrameReader reader(String table) {
        return spark.read().format("lakeflow_connect").option("connector", "filelog").option("dir", dir.toString())
                .option("tableName", table).option("batch_size", "3");
    }

    @Test
    void batchReadDrainsTheOffsetLoop() throws IOException {
        users(0, 10);
        List<Row> rows = reader("users").load().orderBy("id").collectAsList();
        assertThat(rows).hasSize(10);
        assertThat(rows.get(9).<Long>getAs("id")).isEqualTo(9L);
        assertThat(rows.get(3).<Row>getAs("address").<String>getAs("city")).isEqualTo("c3");
        assertThat(rows.get(3).<String>getAs("name")).isEqualTo("u3");
    }

    @Test
    void specialTablesDescribeTheConnector() {
        List<Row> meta = reader("_community_table_metadata").option("tableNameList", "[\"orders\",\"events\"]")
                .load().collectAsList();
        assertThat(meta).extracting(r -> r.getString(0) + "|" + r.getList(1) + "|" + r.get(2) + "|" + r.get(3))
                .containsExactly("orders|[id]|updated_at|cdc_with_deletes", "events|[]|seq|append");
        List<Row> tables = reader("_community_tables").load().collectAsList();
        assertThat(tables).extracting(r -> r.getString(1)).containsExactly("events", "orders", "products", "users");
        assertThat(reader("_community_namespaces").load().count()).isZero();
    }

    @Test
    void aRecordThatDoesNotFitFailsTheReadNamingTableFieldAndValue() throws IOException {
        Files.writeString(dir.resolve("users.jsonl"), "{\"id\":1,\"name\":\"a\",\"updated_at\":\"yesterday\"}\n");
        assertThatThrownBy(() -> reader("users").load().collectAsList())
                .hasStackTraceContaining("table 'users'")
                .hasStackTraceContaining("updated_at")
                .hasStackTraceContaining("yesterday");
    }

    @Test
    void aSchemaMadeNullableIsReportedWhileRecordsAreStillCheckedAgainstTheTables() throws IOException {
        users(0, 5);
        StructType table = reader("users").load().schema();
        assertThat(table.apply("id").nullable()).isFalse();
        Dataset<Row> nullable = reader("users").schema(table.asNullable()).load();
        assertThat(nullable.schema()).isEqualTo(table.asNullable());
        assertThat(nullable.orderBy("id").collectAsList())
                .isEqualTo(reader("users").load().orderBy("id").collectAsList());

        Files.writeString(dir.resolve("users.jsonl"), "{\"id\":null,\"name\":\"a\",\"updated_at\":1}\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> reader("users").schema(table.asNullable()).load().collectAsList())
                .hasStackTraceContaining("table 'users'").hasStackTraceContaining("id");
    }

    @Test
    void aSchemaThatIsNotTheTablesIsAClearError() {
        StructType table = reader("users").load().schema();
        assertThatThrownBy(() -> reader("users").schema(table.add("extra", DataTypes.StringType)).load())
                .hasMessageContaining("table 'users'").hasMessageContaining("the top level has 6 fields, the table 5")
                .hasMessageContaining("Fix:");
        StructType retyped = new StructType(table.fields().clone());
        retyped.fields()[2] = new StructField("updated_at", DataTypes.StringType, false, Metadata.empty());
        assertThatThrownBy(() -> reader("users").schema(retyped).load())
                .hasMessageContaining("'updated_at' is string, the table's is bigint");
    }

    @Test
    void unknownConnectorIsAClearError() {
        assertThatThrownBy(() -> spark.read().format("lakeflow_connect").option("connector", "nope")
                .option("tableName", "x").load())
                .hasMessageContaining("No connector named 'nope'").hasMessageContaining("filelog");
    }

    @Test
    void streamReadsEverythingInSeveralBatchesAndResumesFromItsCheckpoint() throws Exception {
        users(0, 7);
        String checkpoint = dir.resolve("cp").toString();
        List<Long> batches = new ArrayList<>();
        List<Long> ids = runStream(checkpoint, batches, false);
        assertThat(ids).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 7).mapToObj(i -> (long) i).toList());
        assertThat(batches).hasSizeGreaterThanOrEqualTo(3);   // maxRecordsPerBatch 2 over 7 records
        users(7, 9);
        List<Long> next = runStream(checkpoint, new ArrayList<>(), false);
        assertThat(next).containsExactlyInAnyOrder(7L, 8L);
        assertThat(runStream(checkpoint, new ArrayList<>(), false)).isEmpty();
    }

    @Test
    void aLargeBatchIsSplitIntoOneSlicePerCoreAndReadInOrderWithoutLoss() throws Exception {
        int n = 2 * OffsetLoopStream.MIN_ROWS_PER_SLICE + 7;
        users(0, n);
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        Dataset<Row> stream = spark.readStream().format("lakeflow_connect").option("connector", "filelog")
                .option("dir", dir.toString()).option("tableName", "users")
                .option("batch_size", "5000").option("maxRecordsPerBatch", String.valueOf(n)).load();
        StreamingQuery q = stream.writeStream().option("checkpointLocation", dir.resolve("cp-large").toString())
                .trigger(Trigger.AvailableNow())
                .foreachBatch((VoidFunction2<Dataset<Row>, Long>) (batch, id) -> {
                    long rows = batch.count();
                    if (rows > 0) {
                        seen.add(rows + " rows in " + batch.rdd().getNumPartitions() + " partitions, ids "
                                + batch.agg(org.apache.spark.sql.functions.min("id"),
                                        org.apache.spark.sql.functions.max("id"),
                                        org.apache.spark.sql.functions.countDistinct("id")).first());
                    }
                }).start();
        q.awaitTermination();
        // local[2]: two slices, each shipped as a broadcast variable; every id once.
        assertThat(seen).containsExactly(n + " rows in 2 partitions, ids [0," + (n - 1) + "," + n + "]");
    }

    @Test
    void aBatchStopsAtMaxBytesPerBatchEvenBelowMaxRecords() throws Exception {
        users(0, 7);
        List<Long> sizes = new ArrayList<>();
        List<Long> ids = runStream(dir.resolve("cp-bytes").toString(), sizes, false,
                Map.of("batch_size", "2", "maxRecordsPerBatch", "100", "maxBytesPerBatch", "1"));
        // Each read returns 2 records; one read already passes 1 byte, so each batch is one read.
        assertThat(sizes).containsExactly(2L, 2L, 2L, 1L);
        assertThat(ids).containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void aBadBatchCapIsAClearError() {
        assertThatThrownBy(() -> spark.readStream().format("lakeflow_connect").option("connector", "filelog")
                .option("dir", dir.toString()).option("tableName", "users").option("maxBytesPerBatch", "0").load())
                .hasMessageContaining("Option 'maxBytesPerBatch' must be a whole number from 1 to")
                .hasMessageContaining("got '0'").hasMessageContaining("Fix:");
    }

    @Test
    void aDrainStopsAtMaxRecordsPerDrainAndReportsWhereAStreamGoesOn() throws Exception {
        users(0, 10);
        String report = DrainReports.open(spark.sparkContext());
        List<Row> rows = reader("users").option("maxRecordsPerDrain", "4").option("drainReport", report).load()
                .collectAsList();
        DrainReports.Report done = DrainReports.close(report);
        // The read that reaches 4 records (3 per read) ends at 6.
        assertThat(rows).hasSize(6);
        assertThat(done.records()).isEqualTo(6);
        assertThat(done.end().toJson()).isEqualTo("{\"line\":6}");
        assertThat(DrainReports.close(report)).isNull();

        List<Long> rest = runStream(dir.resolve("cp-start").toString(), new ArrayList<>(), false,
                Map.of("batch_size", "3", "startingOffset", done.end().toJson()));
        assertThat(rest).containsExactlyInAnyOrder(6L, 7L, 8L, 9L);
    }

    @Test
    void badDrainOptionsAreClearErrors() {
        assertThatThrownBy(() -> reader("users").option("startingOffset", "[1]").load())
                .hasMessageContaining("Option 'startingOffset' must be a connector offset as a JSON object, got '[1]'")
                .hasMessageContaining("Fix:");
        assertThatThrownBy(() -> reader("users").option("maxRecordsPerDrain", "-3").load())
                .hasMessageContaining("Option 'maxRecordsPerDrain' must be a whole number").hasMessageContaining("Fix:");
        assertThatThrownBy(() -> reader("users").option("drainReport", "made-up").load().collectAsList())
                .hasMessageContaining("Option 'drainReport' names no report opened on this driver");
    }

    @Test
    void deleteFlowReadsTheDeletes() throws Exception {
        Files.writeString(dir.resolve("orders.deletes.jsonl"), "{\"id\":5,\"updated_at\":9}\n{\"id\":6,\"updated_at\":9}\n");
        List<Long> ids = runStream(dir.resolve("cpd").toString(), new ArrayList<>(), true);
        assertThat(ids).containsExactlyInAnyOrder(5L, 6L);
    }

    private List<Long> runStream(String checkpoint, List<Long> batchSizes, boolean deletes)
            throws TimeoutException, org.apache.spark.sql.streaming.StreamingQueryException {
        return runStream(checkpoint, batchSizes, deletes, Map.of("batch_size", "1", "maxRecordsPerBatch", "2"));
    }

    /** Streams users (or the orders' deletes) with {@code options}; returns the ids, records each batch's size. */
    private List<Long> runStream(String checkpoint, List<Long> batchSizes, boolean deletes, Map<String, String> options)
            throws TimeoutException, org.apache.spark.sql.streaming.StreamingQueryException {
        List<Long> ids = java.util.Collections.synchronizedList(new ArrayList<>());
        Dataset<Row> stream = spark.readStream().format("lakeflow_connect").option("connector", "filelog")
                .option("dir", dir.toString()).option("tableName", deletes ? "orders" : "users")
                .option("isDeleteFlow", String.valueOf(deletes)).options(options).load();
        StreamingQuery q = stream.writeStream().option("checkpointLocation", checkpoint)
                .trigger(Trigger.AvailableNow())
                .foreachBatch((VoidFunction2<Dataset<Row>, Long>) (batch, id) -> {
                    List<Row> rows = batch.collectAsList();
                    if (!rows.isEmpty()) {
                        batchSizes.add((long) rows.size());
                    }
                    rows.forEach(r -> ids.add(r.getLong(r.fieldIndex("id"))));
                }).start();
        q.awaitTermination();
        return ids;
    }
}
