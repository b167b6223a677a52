package io.lakeflow.testkit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.lakeflow.testkit.fixtures.BrokenFixtures;
import io.lakeflow.testkit.fixtures.GoodConnectorConformanceTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result file is written, matches its JSON Schema, and says what happened. */
class ResultFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path results;

    private static Schema schema() throws IOException {
        try (InputStream in = ResultFileTest.class.getResourceAsStream("/io/lakeflow/testkit/conformance-result.schema.json")) {
            assertThat(in).as("schema resource").isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }

    @Test
    void goodConnectorFileMatchesTheSchema() throws IOException {
        ConformanceRuns.run(results, GoodConnectorConformanceTest.class);
        String text = Files.readString(results.resolve("good.json"));

        List<Error> errors = schema().validate(text, InputFormat.JSON);
        assertThat(errors).isEmpty();
        JsonNode doc = JSON.readTree(text);
        assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(doc.get("connector").asText()).isEqualTo("good");
        assertThat(doc.get("mode").asText()).isEqualTo("simulate");
        assertThat(doc.get("testkitVersion").asText()).isNotEqualTo("unknown");
        assertThat(doc.get("summary").get("failed").asInt()).isZero();
        assertThat(doc.get("summary").get("passed").asInt()).isEqualTo(66);
        assertThat(doc.get("summary").get("skipped").asInt()).isEqualTo(25);
        assertThat(doc.get("tables")).hasSize(5);
        assertThat(doc.get("tables").get(0).get("columns").get(2).get("type").asText()).isEqualTo("struct<city:string,zip:string>");
        assertThat(doc.get("allowances").get(0).get("reason").asText()).startsWith("priority is only set");
        JsonNode resume = find(doc, "resume", "orders");
        assertThat(resume.get("status").asText()).isEqualTo("pass");
        assertThat(resume.get("recordsRead").asLong()).isGreaterThanOrEqualTo(10);
        assertThat(find(doc, "list_tables", null).get("table").isNull()).isTrue();
        assertThat(find(doc, "resume", "customers").get("reason").asText()).contains("snapshot");
    }

    @Test
    void failingRunStillWritesAFileThatMatchesTheSchema() throws IOException {
        ConformanceRuns.run(results, BrokenFixtures.CursorTieLost.class);
        String text = Files.readString(results.resolve("good.json"));

        assertThat(schema().validate(text, InputFormat.JSON)).isEmpty();
        JsonNode resume = find(JSON.readTree(text), "resume", "orders");
        assertThat(resume.get("status").asText()).isEqualTo("fail");
        assertThat(resume.get("message").asText()).startsWith("[orders] resume: expected").contains("Fix:");
    }

    @Test
    void schemaRejectsADocumentThatBreaksIt() throws IOException {
        ConformanceRuns.run(results, GoodConnectorConformanceTest.class);
        String text = Files.readString(results.resolve("good.json")).replace("\"status\" : \"pass\"", "\"status\" : \"passed\"");

        assertThat(schema().validate(text, InputFormat.JSON)).isNotEmpty();
    }

    private static JsonNode find(JsonNode doc, String check, String table) {
        for (JsonNode r : doc.get("results")) {
            boolean sameTable = table == null ? r.get("table").isNull() : table.equals(r.get("table").asText());
            if (r.get("check").asText().equals(check) && sameTable) {
                return r;
            }
        }
        throw new AssertionError("no result " + check + "[" + table + "]");
    }
}
