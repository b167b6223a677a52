package io.lakeflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the CLI twice over a changing source and checks every destination against the model of the
 * source: SCD1 equals the latest state by key, SCD2 holds the exact history, snapshots follow
 * removals, appends append; then a bad record and a bad spec leave everything as it was.
 */
class PipelineEndToEndTest {

    @TempDir
    Path tmp;

    @Test
    void destinationsFollowTheSourceAcrossRuns() throws Exception {
        Path source = Files.createDirectories(tmp.resolve("source"));
        Path warehouse = tmp.resolve("warehouse");
        SourceFiles s = new SourceFiles(source);
        for (long id = 1; id <= 8; id++) {
            s.user(id, 10 + id, "user" + id);
        }
        s.user(1, 50, "user1-renamed");
        for (long id = 1; id <= 6; id++) {
            s.order(id, 10 + id, "new", 1000 + id);
        }
        s.order(2, 20, "paid", 1002).deleteOrder(2, 100);
        for (long id = 1; id <= 5; id++) {
            s.product(id, "p" + id, id + 0.5);
        }
        for (int i = 0; i < 10; i++) {
            s.event("click");
        }
        Path spec = PipelineSpecs.write(tmp.resolve("spec.yaml"), source, 3, 5, false);

        CliRun first = CliRun.of("run", spec.toString(), "--warehouse", warehouse.toString());
        assertThat(first.exit()).as(first.out()).isZero();
        assertThat(first.out()).contains("default.users", "inserted", "Pipeline finished.");
        check(warehouse, s);

        // Inserts, updates, an out-of-order (older) update, deletes, a late delete, a re-insert.
        s.user(9, 60, "user9").user(3, 70, "user3-renamed").user(1, 40, "user1-late");
        s.order(3, 70, "shipped", 1003).deleteOrder(4, 80).deleteOrder(5, 1).order(2, 150, "again", 2002)
                .order(6, 2, "late", 6);
        s.removeProduct(2).product(3, "p3-new", 9.25).product(9, "p9", 9.5);
        for (int i = 0; i < 5; i++) {
            s.event("view");
        }
        CliRun second = CliRun.of("run", spec.toString(), "--warehouse", warehouse.toString());
        assertThat(second.exit()).as(second.out()).isZero();
        check(warehouse, s);
        assertThat(Destinations.rows(warehouse, "products_history", "id", "name")).hasSize(7);
        assertThat(Destinations.rows(warehouse, "products_history", "id", "name", "__END_AT")
                .stream().filter(r -> r.endsWith("|null")).map(r -> r.substring(0, r.indexOf('|'))).toList())
                .containsExactlyInAnyOrder("1", "3", "4", "5", "9");

        // A third run with no source change changes nothing, and rebuilding the SCD2 table from the
        // whole change log (--full-refresh) gives back the same history.
        String before = Destinations.all(warehouse);
        CliRun third = CliRun.of("run", spec.toString(), "--warehouse", warehouse.toString(), "--full-refresh", "users_history");
        assertThat(third.out()).contains("full refresh: dropping");
        assertThat(third.exit()).isZero();
        assertThat(Destinations.all(warehouse)).isEqualTo(before);

        // A record that does not fit: the run fails naming table, field and value; nothing changes.
        Files.writeString(source.resolve("users.jsonl"), "{\"id\":77,\"name\":\"x\",\"updated_at\":\"yesterday\"}\n",
                java.nio.file.StandardOpenOption.APPEND);
        CliRun bad = CliRun.of("run", spec.toString(), "--warehouse", warehouse.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("table 'users'", "updated_at", "yesterday", "FAILED");
        assertThat(Destinations.all(warehouse)).isEqualTo(before);

        // A spec with problems: every one reported with its path, nothing runs.
        Path badSpec = tmp.resolve("bad.yaml");
        Files.writeString(badSpec, Files.readString(spec).replace("scd_type: SCD_TYPE_1", "scd_type: SCD1")
                .replace("primary_keys: [id]", "primary_keys: [nope]"));
        CliRun invalid = CliRun.of("run", badSpec.toString(), "--warehouse", warehouse.toString());
        assertThat(invalid.exit()).isEqualTo(2);
        assertThat(invalid.out()).contains("objects[2].table.table_configuration.scd_type: expected one of "
                + "SCD_TYPE_1, SCD_TYPE_2, APPEND_ONLY, got 'SCD1'");
        assertThat(Destinations.all(warehouse)).isEqualTo(before);
    }

    private static void check(Path warehouse, SourceFiles s) {
        assertThat(Destinations.rows(warehouse, "users", "id", "name", "updated_at")).isEqualTo(s.usersLatest());
        assertThat(Destinations.rows(warehouse, "users_history", "id", "name", "updated_at", "__START_AT", "__END_AT"))
                .isEqualTo(s.history(false));
        assertThat(Destinations.rows(warehouse, "orders", "id", "amount", "status", "updated_at"))
                .isEqualTo(s.ordersLatest());
        assertThat(Destinations.rows(warehouse, "orders_history", "id", "amount", "status", "updated_at",
                "__START_AT", "__END_AT")).isEqualTo(s.history(true));
        assertThat(Destinations.rows(warehouse, "products", "id", "name", "price")).isEqualTo(s.productsNow());
        Set<String> current = new TreeSet<>(Destinations.rows(warehouse, "products_history", "id", "name", "price",
                "__END_AT"));
        current.removeIf(r -> !r.endsWith("|null"));
        Set<String> expected = new TreeSet<>();
        s.productsNow().forEach(p -> expected.add(p + "|null"));
        assertThat(current).isEqualTo(expected);
        assertThat(Destinations.rows(warehouse, "events", "seq")).hasSize((int) s.eventCount());
    }
}
