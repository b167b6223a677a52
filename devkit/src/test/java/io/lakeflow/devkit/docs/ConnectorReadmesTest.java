package io.lakeflow.devkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakeflow.testkit.docs.DocumentedTable;
import io.lakeflow.testkit.docs.TablesSection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The connector READMEs of this repository follow the Tables format (the conformance check
 * {@code docs_match_code} compares their content with the code in each connector's own build).
 */
class ConnectorReadmesTest {

    private static final Path CONNECTORS = Path.of("..", "connectors");

    @Test
    void everyTablesSectionFollowsTheFormat() throws IOException {
        List<Path> readmes;
        try (Stream<Path> dirs = Files.list(CONNECTORS)) {
            readmes = dirs.map(d -> d.resolve("README.md")).filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(readmes).isNotEmpty();
        for (Path readme : readmes) {
            TablesSection section = TablesSection.parse(Files.readString(readme));
            assertThat(section.problems()).as(readme.toString()).isEmpty();
        }
    }

    @Test
    void theExampleAndStripeReadmesDocumentTheirTables() throws IOException {
        TablesSection example = TablesSection.parse(Files.readString(CONNECTORS.resolve("example/README.md")));
        TablesSection stripe = TablesSection.parse(Files.readString(CONNECTORS.resolve("stripe/README.md")));

        assertThat(example.tables()).extracting(DocumentedTable::name)
                .containsExactly("products", "events", "users", "orders", "accounts", "metrics");
        assertThat(example.tables().get(1)).isEqualTo(DocumentedTable.declared("events", "append", List.of(), "created_at"));
        assertThat(stripe.tables()).hasSize(16).allSatisfy(t -> {
            assertThat(t.primaryKeys()).containsExactly("id");
            assertThat(t.cursor()).isEqualTo("_updated");
        });
    }
}
