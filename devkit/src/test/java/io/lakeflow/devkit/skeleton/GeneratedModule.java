package io.lakeflow.devkit.skeleton;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** A generated module in a temporary reactor: compiles it with javac and runs its suite in a child JVM. */
final class GeneratedModule {

    private final Path moduleDir;
    private final Path classes;

    GeneratedModule(Path moduleDir) {
        this.moduleDir = moduleDir;
        this.classes = moduleDir.resolve("target/classes-javac");
    }

    /** A reactor root with a minimal parent pom listing two modules, as the repository's root pom does. */
    static Path minimalReactor(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("interface"));
        Files.writeString(dir.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.lakeflow</groupId>
                  <artifactId>lakeflow-parent</artifactId>
                  <version>0.1.0-SNAPSHOT</version>
                  <packaging>pom</packaging>
                  <modules>
                    <module>interface</module>
                    <module>connectors/example</module>
                    <module>pipeline</module>
                  </modules>
                </project>
                """);
        return dir;
    }

    /** Compiles src/main/java and src/test/java together against this JVM's class path; returns javac's output. */
    String compile() throws IOException {
        List<String> sources;
        try (Stream<Path> files = Stream.concat(Files.walk(moduleDir.resolve("src/main/java")),
                Files.walk(moduleDir.resolve("src/test/java")))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
        }
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "--release", "17", "-Xlint:all,-processing,-serial,-options",
                "-proc:none"));
        args.addAll(sources);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int code = javac.run(null, output, output, args.toArray(String[]::new));
        assertThat(code).as("javac exit code; output:%n%s", output).isZero();
        copyResources(moduleDir.resolve("src/main/resources"));
        copyResources(moduleDir.resolve("src/test/resources"));
        return output.toString();
    }

    private void copyResources(Path from) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = classes.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    /**
     * Runs {@code testClass} in a child JVM from the module's folder (as Surefire does), the compiled module
     * first on the class path; returns each test's status and message by name.
     */
    Map<String, String[]> runSuite(String testClass) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = classes + File.pathSeparator + System.getProperty("java.class.path");
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", classPath, SuiteRunner.class.getName(), testClass)
                .directory(moduleDir.toFile()).redirectError(moduleDir.resolve("suite-stderr.log").toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the suite ends within 120 s").isTrue();
        Map<String, String[]> results = new LinkedHashMap<>();
        for (String line : new String(out).split("\n")) {
            int at = line.indexOf("RESULT\t");
            if (at >= 0) {
                String[] parts = line.substring(at).split("\t", 4);
                results.put(parts[1], new String[] {parts[2], parts.length > 3 ? parts[3] : ""});
            }
        }
        assertThat(results).as("suite output:%n%s%n%s", new String(out),
                Files.readString(moduleDir.resolve("suite-stderr.log"))).isNotEmpty();
        return results;
    }
}
