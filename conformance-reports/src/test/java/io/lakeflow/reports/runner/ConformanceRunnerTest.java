package io.lakeflow.reports.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakeflow.reports.cli.ReportsCommand;
import io.lakeflow.reports.results.ConformanceRun;
import io.lakeflow.reports.results.LoadedResults;
import io.lakeflow.reports.results.ResultFileReader;
import io.lakeflow.reports.results.Status;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Certifies a tiny connector compiled in the test (no annotated class exists for it) through the
 * real JUnit Platform launcher and the testkit's engine, then reads the result file it wrote.
 */
class ConformanceRunnerTest {

    /** An option value with quotes, backslashes and a would-be unicode escape: it must reach the connector unchanged. */
    static final String TOKEN = "s3cr\"et\\u0022\\";

    @TempDir
    static Path work;
    static Path connectorClasses;

    @BeforeAll
    static void compileTinyConnector() throws Exception {
        Path src = Files.createDirectories(work.resolve("src/tiny"));
        Files.writeString(src.resolve("TinyConnector.java"), """
                package tiny;

                import io.lakeflow.connect.LakeflowConnect;
                import io.lakeflow.connect.Offset;
                import io.lakeflow.connect.ReadResult;
                import io.lakeflow.connect.TableMetadata;
                import java.util.List;
                import java.util.Map;
                import org.apache.spark.sql.types.DataTypes;
                import org.apache.spark.sql.types.StructType;

                public class TinyConnector implements LakeflowConnect {
                    public TinyConnector(Map<String, String> options) {
                        if (!%s.equals(options.get("token"))) {
                            throw new IllegalArgumentException("expected option token to arrive unchanged");
                        }
                    }
                    public List<String> listTables() { return List.of("items"); }
                    public StructType getTableSchema(String table, Map<String, String> options) {
                        known(table);
                        return new StructType().add("id", DataTypes.LongType, false).add("name", DataTypes.StringType, true);
                    }
                    public TableMetadata readTableMetadata(String table, Map<String, String> options) {
                        known(table);
                        return TableMetadata.snapshot("id");
                    }
                    public ReadResult readTable(String table, Offset start, Map<String, String> options) {
                        known(table);
                        Offset done = Offset.of("done", true);
                        if (done.equals(start)) {
                            return ReadResult.empty(done);
                        }
                        return ReadResult.of(List.of(Map.of("id", 1L, "name", "a"), Map.of("id", 2L, "name", "b")), done);
                    }
                    private static void known(String table) {
                        if (!"items".equals(table)) {
                            throw new IllegalArgumentException("unknown table '" + table + "'; known: items");
                        }
                    }
                }
                """.formatted(ConformanceClassSource.literal(TOKEN)));
        connectorClasses = Files.createDirectories(work.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", connectorClasses.toString(),
                "-classpath", System.getProperty("java.class.path"), src.resolve("TinyConnector.java").toString());
        assertThat(status).as("the tiny connector compiles").isZero();
    }

    private static List<Path> classpath() {
        List<Path> cp = new ArrayList<>(List.of(connectorClasses));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            cp.add(Path.of(entry));
        }
        return cp;
    }

    @Test
    void certifiesAJarWithoutAnAnnotatedClassAndWritesTheResultFile() throws Exception {
        Path out = work.resolve("out");

        CertifyOutcome outcome = new ConformanceRunner().certify(new CertifyRequest(classpath(), "tiny.TinyConnector",
                Optional.empty(), Optional.empty(), Map.of("token", TOKEN), List.of(), Optional.of("live"), out));

        assertThat(outcome.resultFiles()).singleElement().satisfies(f -> assertThat(f).hasFileName("tinyconnector.json"));
        LoadedResults read = new ResultFileReader().read(outcome.resultFiles().get(0));
        assertThat(read.warnings()).isEmpty();
        ConformanceRun run = read.runs().get(0);
        assertThat(run.connector()).isEqualTo("tinyconnector");
        assertThat(run.mode()).isEqualTo("live");
        assertThat(run.problems()).isEmpty();
        assertThat(run.tables()).singleElement().satisfies(t -> assertThat(t.name()).isEqualTo("items"));
        assertThat(run.results()).filteredOn(r -> r.check().equals("read_terminates")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(Status.PASS));
        assertThat(outcome.passed()).isEqualTo(run.counted().passed()).isGreaterThan(5);
        assertThat(outcome.failed()).as(outcome.failures().toString()).isEqualTo(run.counted().failed());
        assertThat(outcome.skipped()).isEqualTo(run.counted().skipped());
        Files.copy(outcome.resultFiles().get(0), Path.of("target", "tinyconnector.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theCertifyCommandRunsTheSameAndSaysWhatItWrote() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ReportsCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> args = new ArrayList<>(List.of("certify", "--connector", "tiny.TinyConnector", "--option", "token=" + TOKEN,
                "--mode", "live", "--out", work.resolve("cli-out").toString(), "--classpath"));
        classpath().forEach(p -> args.add(p.toString()));

        int code = cli.execute(args.toArray(String[]::new));

        assertThat(out.toString()).contains("passed,").contains("result: ").contains("tinyconnector.json");
        assertThat(code).as(err.toString()).isIn(0, 1);
        assertThat(code == 1).isEqualTo(out.toString().matches("(?s).* [1-9][0-9]* failed.*"));
    }

    @Test
    void aMissingConnectorClassIsAnErrorForPeople() {
        assertThatThrownBy(() -> new ConformanceRunner().certify(new CertifyRequest(classpath(), "tiny.NoSuchConnector",
                Optional.empty(), Optional.empty(), Map.of(), List.of(), Optional.empty(), work.resolve("x"))))
                .isInstanceOf(CertifyException.class)
                .hasMessageContaining("expected the connector class tiny.NoSuchConnector on the class path; seen no such class")
                .hasMessageContaining("Fix:");
    }

    @Test
    void aMissingTestkitIsAnErrorForPeople() {
        // only the connector's classes: the testkit is reached only through the runner's own class loader here,
        // so name a class path entry that does not exist to see the path check
        assertThatThrownBy(() -> new ConformanceRunner().certify(new CertifyRequest(List.of(work.resolve("missing.jar")),
                "tiny.TinyConnector", Optional.empty(), Optional.empty(), Map.of(), List.of(), Optional.empty(), work.resolve("y"))))
                .isInstanceOf(CertifyException.class).hasMessageContaining("expected a jar or class folder at")
                .hasMessageContaining("Fix:");
    }

    @Test
    void aClassNameCannotInjectSource() {
        assertThatThrownBy(() -> new ConformanceRunner().certify(new CertifyRequest(classpath(), "tiny.TinyConnector.class) class X {",
                Optional.empty(), Optional.empty(), Map.of(), List.of(), Optional.empty(), work.resolve("z"))))
                .isInstanceOf(CertifyException.class).hasMessageContaining("expected a fully qualified class name");
    }
}
