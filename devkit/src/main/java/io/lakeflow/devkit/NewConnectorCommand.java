package io.lakeflow.devkit;

import io.lakeflow.devkit.skeleton.ConnectorName;
import io.lakeflow.devkit.skeleton.RepositoryRoot;
import io.lakeflow.devkit.skeleton.SkeletonGenerator;
import io.lakeflow.devkit.skeleton.SkeletonResult;
import io.lakeflow.devkit.skeleton.SourceKind;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code devkit new-connector NAME [--package P] [--http|--jdbc] [--root DIR]}: writes {@code connectors/NAME/}. */
@Command(name = "new-connector", mixinStandardHelpOptions = true,
        description = {"Creates connectors/NAME/: a module that builds and runs the conformance suite (failing with",
                "TODO messages until implemented), registered in the root pom's <modules>."})
final class NewConnectorCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "The connector's name: lowercase letters, digits and _, e.g. acme_crm.")
    String name;

    @Option(names = "--package", paramLabel = "PACKAGE",
            description = "The Java package (default: io.lakeflow.connectors.<name without _>).")
    String javaPackage;

    @ArgGroup(exclusive = true)
    Kind kind = new Kind();

    @Option(names = "--root", paramLabel = "DIR",
            description = "The repository's root (default: the nearest directory upward holding the lakeflow-parent pom).")
    Path root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Which kind of source the skeleton talks to. */
    static final class Kind {
        @Option(names = "--http", description = "An HTTP API, tested against a spec-driven simulator (the default).")
        boolean http;

        @Option(names = "--jdbc", description = "A database over JDBC, tested against an embedded PostgreSQL.")
        boolean jdbc;

        SourceKind kind() {
            return jdbc ? SourceKind.JDBC : SourceKind.HTTP;
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ConnectorName connector = ConnectorName.of(name, javaPackage);
            Path repository = root != null ? RepositoryRoot.check(root) : RepositoryRoot.find(Path.of("").toAbsolutePath());
            SkeletonResult result = new SkeletonGenerator(repository).generate(connector, kind.kind());
            out.println("Created " + repository.relativize(result.moduleDir()) + "/ (" + kind.kind().flag() + "):");
            result.files().forEach(f -> out.println("  " + repository.relativize(f)));
            out.println(result.registered()
                    ? "Registered <module>" + result.moduleName() + "</module> in pom.xml."
                    : "pom.xml already lists <module>" + result.moduleName() + "</module>.");
            out.println();
            out.println("Next: mvn verify -pl " + result.moduleName() + " -am   (fails with TODO messages until implemented)");
            out.println("      then follow prompts/README.md from step 1.");
            out.flush();
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println(e.getMessage());
            err.flush();
            return 1;
        }
    }
}
