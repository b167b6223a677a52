package io.lakeflow.devkit.skeleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a new connector module, {@code connectors/<name>/}, into a repository checkout and registers it in the
 * root pom. The module compiles and runs the conformance suite at once: listing, schemas and metadata pass;
 * the reading checks fail with {@code TODO: implement readTable for table ...} until the author implements it.
 *
 * <p>Files (for {@code acme}, package {@code io.lakeflow.connectors.acme}):
 * {@code pom.xml}, {@code README.md} (from {@code prompts/templates/connector-readme.md}),
 * {@code AcmeTable} + {@code AcmeCatalog} (the table definitions, as data, in one place), {@code AcmeConnector},
 * {@code AcmeConnectorProvider} + its {@code META-INF/services} entry, {@code package-info.java}; for
 * {@code --http} {@code AcmeApiClient}, and in the tests {@code AcmeSimulator} (a {@code SpecSimulator}) with
 * {@code simulator/acme/endpoints.yaml} and {@code corpus.json}; for {@code --jdbc} {@code AcmeTestDatabase}
 * (an embedded PostgreSQL); and {@code AcmeConformanceTest} ({@code @LakeflowConformance}).
 */
public final class SkeletonGenerator {

    static final String TEMPLATES = "io/lakeflow/devkit/skeleton/";
    static final String README_TEMPLATE = "io/lakeflow/devkit/prompts/connector-readme.md";

    private final Path root;

    /** @param root the repository's root (holding the reactor {@code pom.xml}) */
    public SkeletonGenerator(Path root) {
        this.root = root;
    }

    /**
     * Writes the module and registers it.
     *
     * @throws IllegalStateException when {@code connectors/<name>} already exists (nothing is overwritten)
     */
    public SkeletonResult generate(ConnectorName connector, SourceKind kind) {
        Path moduleDir = root.resolve(connector.moduleName());
        if (Files.exists(moduleDir)) {
            throw new IllegalStateException(root.relativize(moduleDir) + " already exists; devkit never overwrites a module. "
                    + "Fix: choose another name, or delete that folder first if it is a skeleton you want to regenerate.");
        }
        Map<String, String> values = placeholders(connector, kind);
        List<Path> written = new ArrayList<>();
        try {
            for (SourceKind.TemplateFile file : files(kind)) {
                Path target = moduleDir.resolve(SkeletonTemplate.fill(file.target(), values, file.target()));
                write(target, SkeletonTemplate.render(TEMPLATES + file.template() + ".tmpl", values));
                written.add(target);
            }
            Path readme = moduleDir.resolve("README.md");
            write(readme, readme(values));
            written.add(readme);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the skeleton under " + moduleDir, e);
        }
        boolean registered = ReactorPom.register(root.resolve("pom.xml"), connector.moduleName());
        return new SkeletonResult(moduleDir, connector.moduleName(), written, registered);
    }

    private static List<SourceKind.TemplateFile> files(SourceKind kind) {
        List<SourceKind.TemplateFile> files = new ArrayList<>(kind.files());
        files.addAll(SourceKind.COMMON);
        return files;
    }

    /**
     * The README: the prompts' template with the skeleton's names and parameters filled in. The template's
     * guidance (HTML comments) stays, for the author to follow and then delete.
     */
    static String readme(Map<String, String> values) {
        return SkeletonTemplate.render(README_TEMPLATE, values);
    }

    static Map<String, String> placeholders(ConnectorName connector, SourceKind kind) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", connector.name());
        values.put("Name", connector.classPrefix());
        values.put("package", connector.javaPackage());
        values.put("packagePath", connector.packagePath());
        values.put("kind_flag", kind.flag());
        values.put("simulator_class", connector.classPrefix() + (kind == SourceKind.HTTP ? "Simulator" : "TestDatabase"));
        if (kind == SourceKind.HTTP) {
            values.put("source_description", "the " + connector.classPrefix() + " HTTP API");
            values.put("parameter_rows", String.join("\n",
                    "| `base_url` | yes | no | - | the API root, e.g. `https://api.example.com` (the tests point it at the simulator) |",
                    "| `api_key` | yes | **yes** | - | the API key, sent as `Authorization: Bearer <api_key>` |"));
            values.put("test_source", "`" + connector.classPrefix() + "Simulator`, a `SpecSimulator` serving "
                    + "`src/test/resources/simulator/" + connector.name() + "/endpoints.yaml` over `corpus.json`");
            values.put("live_config", "{\"base_url\": \"https://...\", \"api_key\": \"...\"}");
        } else {
            values.put("source_description", "a database over JDBC");
            values.put("parameter_rows", String.join("\n",
                    "| `jdbc_url` | yes | no | - | the JDBC URL, e.g. `jdbc:postgresql://db.example.com:5432/app` |",
                    "| `user` | yes | no | - | the database user (read access to the tables is enough) |",
                    "| `password` | yes | **yes** | - | the user's password |"));
            values.put("test_source", "`" + connector.classPrefix() + "TestDatabase`, an embedded PostgreSQL "
                    + "(real binaries, loopback) with the tables created and filled by the test");
            values.put("live_config", "{\"jdbc_url\": \"jdbc:postgresql://...\", \"user\": \"...\", \"password\": \"...\"}");
        }
        return values;
    }

    private static void write(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        Files.writeString(target, text);
    }
}
