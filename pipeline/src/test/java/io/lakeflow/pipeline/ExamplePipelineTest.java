package io.lakeflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakeflow.connectors.example.ExampleServerConfig;
import io.lakeflow.connectors.example.ExampleSourceServer;
import io.lakeflow.pipeline.cli.LakeflowCli;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo spec ({@code demo/example-pipeline.yaml}) over the example connector's embedded source:
 * after each run every destination equals the source by key; between runs rows are inserted,
 * updated and deleted through the source's own API.
 */
class ExamplePipelineTest {

    @TempDir
    Path warehouse;

    private static Set<String> destination(Path warehouse, String table, String... columns) {
        String expr = "concat_ws('|', " + Stream.of(columns).map(c -> "coalesce(cast(`" + c + "` as string), 'null')")
                .collect(Collectors.joining(", ")) + ")";
        return SharedSpark.get().read().format("delta").load(warehouse.resolve("demo").resolve(table).toString())
                .selectExpr(expr).collectAsList().stream().map((Row r) -> r.getString(0))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> source(ExampleSourceServer server, String table, String... columns) {
        return server.rows(table).stream()
                .map(r -> Stream.of(columns).map(c -> String.valueOf(r.get(c))).collect(Collectors.joining("|")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private void check(ExampleSourceServer server) {
        assertThat(destination(warehouse, "users", "user_id", "email", "name", "age"))
                .isEqualTo(source(server, "users", "user_id", "email", "name", "age"));
        assertThat(destination(warehouse, "orders", "order_id", "status", "user_id"))
                .isEqualTo(source(server, "orders", "order_id", "status", "user_id"));
        assertThat(destination(warehouse, "products", "product_id", "name"))
                .isEqualTo(source(server, "products", "product_id", "name"));
        assertThat(destination(warehouse, "accounts", "account_id", "owner"))
                .isEqualTo(source(server, "accounts", "account_id", "owner"));
        assertThat(destination(warehouse, "metrics", "metric_id", "name"))
                .isEqualTo(source(server, "metrics", "metric_id", "name"));
        assertThat(destination(warehouse, "events", "event_id")).isEqualTo(source(server, "events", "event_id"));
        Set<String> current = destination(warehouse, "users_history", "user_id", "__END_AT");
        current.removeIf(r -> !r.endsWith("|null"));
        assertThat(current).hasSize(server.rows("users").size());
    }

    @Test
    void theDemoSpecMirrorsTheExampleSourceAcrossRuns() {
        ExampleSourceServer server = ExampleSourceServer.shared(ExampleServerConfig.builder().build());
        String spec = Path.of("demo/example-pipeline.yaml").toString();
        assertThat(LakeflowCli.execute("run", spec, "--warehouse", warehouse.toString())).isZero();
        check(server);

        server.insert("users", Map.of("email", "new@example.com", "name", "Newbie", "age", 33));
        long someUser = ((Number) server.rows("users").get(2).get("user_id")).longValue();
        server.update("users", someUser, Map.of("name", "Renamed"));
        long someOrder = ((Number) server.rows("orders").get(4).get("order_id")).longValue();
        server.delete("orders", someOrder);
        long otherOrder = ((Number) server.rows("orders").get(7).get("order_id")).longValue();
        server.update("orders", otherOrder, Map.of("status", "shipped"));
        server.insert("events", Map.of("user_id", 1L, "event_type", "click"));

        assertThat(LakeflowCli.execute("run", spec, "--warehouse", warehouse.toString())).isZero();
        check(server);
        assertThat(destination(warehouse, "users_history", "user_id", "name"))
                .contains(someUser + "|Renamed");
    }
}
