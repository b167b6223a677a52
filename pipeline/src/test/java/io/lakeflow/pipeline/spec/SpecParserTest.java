package io.lakeflow.pipeline.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SpecParserTest {

    private static final String GOOD = """
            connection:
              name: example
              options: {base_url: "http://127.0.0.1:1/", api_key: "${EX_KEY}"}
            objects:
              - table: {source_table: users}
              - table:
                  source_table: orders
                  destination_catalog: main
                  destination_schema: bronze
                  destination_table: orders_v2
                  table_configuration:
                    scd_type: SCD_TYPE_2
                    primary_keys: [id]
                    sequence_by: updated_at
                    cluster_by: [id, status]
                    page_size: 50
                    filter: {status: [open, paid]}
            """;

    @Test
    void readsAGoodSpecAndResolvesEnvironmentReferences() {
        PipelineSpec spec = SpecParser.parse(GOOD, "good.yaml", Map.of("EX_KEY", "s3cr3t"));
        assertThat(spec.connection().connector()).isEqualTo("example");
        assertThat(spec.connection().options()).containsEntry("api_key", "s3cr3t");
        assertThat(spec.connection().toString()).doesNotContain("s3cr3t");
        TableSpec users = spec.objects().get(0);
        assertThat(users.destinationName()).isEqualTo("default.users");
        assertThat(users.scdType()).isNull();
        assertThat(users.primaryKeys()).isNull();
        TableSpec orders = spec.objects().get(1);
        assertThat(orders.destinationName()).isEqualTo("main.bronze.orders_v2");
        assertThat(orders.scdType()).isEqualTo(ScdType.SCD_TYPE_2);
        assertThat(orders.primaryKeys()).containsExactly("id");
        assertThat(orders.sequenceBy()).isEqualTo("updated_at");
        assertThat(orders.clusterBy()).containsExactly("id", "status");
        assertThat(orders.sourceOptions()).containsEntry("page_size", "50")
                .containsEntry("filter", "{\"status\":[\"open\",\"paid\"]}")
                .doesNotContainKeys("scd_type", "primary_keys", "sequence_by", "cluster_by");
    }

    @Test
    void jsonSpecsAreReadToo() {
        PipelineSpec spec = SpecParser.parse("""
                {"connection": {"connector": "example"}, "objects": [{"table": {"source_table": "events",
                 "table_configuration": {"scd_type": "APPEND_ONLY"}}}]}""", "spec.json", Map.of());
        assertThat(spec.objects().get(0).scdType()).isEqualTo(ScdType.APPEND_ONLY);
    }

    @Test
    void reportsEveryProblemAtOnceWithItsPath() {
        String bad = """
                connection: {name: example, options: {token: "${MISSING_TOKEN}"}, colour: blue}
                objects:
                  - table: {source_table: users}
                  - table: {source_table: users}
                  - table:
                      source_table: orders
                      destination_table: "bad name"
                      table_configuration: {scd_type: scd_type_2, primary_keys: [], sequence_by: 3}
                  - tabel: {source_table: x}
                  - table: {source_table: y, destination_schema: s, extra: 1}
                """;
        assertThatThrownBy(() -> SpecParser.parse(bad, "bad.yaml", Map.of()))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> {
                    List<String> problems = e.problems().stream().map(SpecProblem::toString).toList();
                    assertThat(problems).anyMatch(p -> p.startsWith("connection.colour: unknown key"));
                    assertThat(problems).anyMatch(p -> p.startsWith("connection.options.token: refers to the "
                            + "environment variable MISSING_TOKEN, which is not set"));
                    assertThat(problems).anyMatch(p -> p.startsWith("objects[1].table: destination default.users is "
                            + "also the destination of objects[0]"));
                    assertThat(problems).anyMatch(p -> p.startsWith("objects[2].table.destination_table: expected a "
                            + "name"));
                    assertThat(problems).contains("objects[2].table.table_configuration.scd_type: expected one of "
                            + "SCD_TYPE_1, SCD_TYPE_2, APPEND_ONLY, got 'scd_type_2'");
                    assertThat(problems).anyMatch(p -> p.startsWith("objects[2].table.table_configuration.primary_keys:"
                            + " expected a non-empty list"));
                    assertThat(problems).anyMatch(p -> p.startsWith("objects[2].table.table_configuration.sequence_by:"
                            + " expected a non-blank string"));
                    assertThat(problems).anyMatch(p -> p.startsWith("objects[3]: expected a mapping {table: {...}}"));
                    assertThat(problems).anyMatch(p -> p.startsWith("objects[4].table.extra: unknown key"));
                    assertThat(e.getMessage()).contains("bad.yaml has " + problems.size() + " problems");
                });
    }

    @Test
    void syntaxErrorsNameTheLine() {
        assertThatThrownBy(() -> SpecParser.parse("connection: {name: x\nobjects: [", "broken.yaml", Map.of()))
                .hasMessageContaining("broken.yaml").hasMessageContaining("not valid YAML/JSON at line");
    }

    @Property(tries = 200)
    void anyUnknownTopLevelKeyIsRejectedByName(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String key) {
        if (key.equals("connection") || key.equals("objects")) {
            return;
        }
        String yaml = "connection: {name: example}\nobjects: [{table: {source_table: t}}]\n" + key + ": 1\n";
        assertThatThrownBy(() -> SpecParser.parse(yaml, "p.yaml", Map.of()))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems())
                        .extracting(SpecProblem::path).containsExactly(key));
    }

    @Property(tries = 200)
    void aMissingVariableNeverLeaksOtherValues(@ForAll @AlphaChars @StringLength(min = 8, max = 20) String secret) {
        String yaml = "connection: {name: example, options: {password: \"" + secret + "\", key: \"${NOPE}\"}}\n"
                + "objects: [{table: {source_table: t}}]\n";
        assertThatThrownBy(() -> SpecParser.parse(yaml, "p.yaml", Map.of()))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret).contains("NOPE"));
    }
}
