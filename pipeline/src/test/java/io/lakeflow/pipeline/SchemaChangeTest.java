package io.lakeflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connector's schema changes between runs: a new nullable column is added; a new type is refused. */
class SchemaChangeTest {

    @TempDir
    Path tmp;

    private Path spec(Path source, String options) throws Exception {
        return Files.writeString(tmp.resolve("spec.yaml"), """
                connection: {name: filelog, options: {dir: %s}}
                objects:
                  - table: {source_table: users, table_configuration: {%s}}
                """.formatted(source, options));
    }

    private String run(Path spec, Path warehouse, int expectedExit) {
        CliRun run = CliRun.of("run", spec.toString(), "--warehouse", warehouse.toString());
        assertThat(run.exit()).as(run.out()).isEqualTo(expectedExit);
        return run.out();
    }

    @Test
    void aNewNullableColumnIsAddedAndATypeChangeIsAClearError() throws Exception {
        Path source = Files.createDirectories(tmp.resolve("source"));
        Path warehouse = tmp.resolve("warehouse");
        SourceFiles s = new SourceFiles(source).user(1, 10, "a").user(2, 11, "b");
        run(spec(source, "batch_size: 10"), warehouse, 0);

        s.user(3, 12, "c");
        Files.writeString(source.resolve("users.jsonl"), "{\"id\":4,\"name\":\"d\",\"updated_at\":13,\"nickname\":\"dee\"}\n",
                java.nio.file.StandardOpenOption.APPEND);
        run(spec(source, "batch_size: 10, add_column: nickname"), warehouse, 0);
        assertThat(Destinations.rows(warehouse, "users", "id", "name", "nickname"))
                .containsExactly("1|a|null", "2|b|null", "3|c|null", "4|d|dee");

        String before = String.valueOf(Destinations.rows(warehouse, "users", "id", "name", "nickname"));
        String out = run(spec(source, "batch_size: 10, add_column: nickname, string_cursor: true"), warehouse, 1);
        assertThat(out).contains("column 'updated_at' is bigint", "now declares string", "--full-refresh default.users");
        assertThat(String.valueOf(Destinations.rows(warehouse, "users", "id", "name", "nickname"))).isEqualTo(before);
    }
}
