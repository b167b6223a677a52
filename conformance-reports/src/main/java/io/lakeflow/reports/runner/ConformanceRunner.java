package io.lakeflow.reports.runner;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs the standard conformance suite over a connector outside Maven, with the JUnit Platform
 * launcher: it compiles a one-line {@code @LakeflowConformance} class for the connector (the
 * engine's only entry point), loads it with the given class path, and launches the testkit's
 * engine on it, which writes {@code <connector>.json} into the output folder.
 *
 * <p>The class path must hold the connector, the testkit and their dependencies; JUnit Platform
 * classes come from this runner (they are loaded parent-first), so the testkit must be built for
 * the same JUnit Platform line.
 */
public final class ConformanceRunner {

    /** The testkit engine's id. */
    static final String ENGINE_ID = "lakeflow-conformance";
    /** The engine's configuration parameter naming the results folder. */
    static final String RESULTS_DIR_PARAMETER = "lakeflow.conformance.dir";
    /** The testkit's system property naming the README that {@code docs_match_code} compares, and its "none" value. */
    static final String README_PROPERTY = "lakeflow.conformance.readme";
    static final String NO_README = "none";
    /** The engine's configuration parameter naming the mode. */
    static final String MODE_PARAMETER = "lakeflow.test.mode";
    private static final String ANNOTATION = "io.lakeflow.testkit.LakeflowConformance";
    private static final String CLASSPATH_FIX = "Fix: pass the connector's jar, the lakeflow-testkit jar and their dependencies "
            + "with --classpath (e.g. the output of `mvn -q dependency:build-classpath -Dmdep.includeScope=test "
            + "-Dmdep.outputFile=/dev/stdout` in the connector module, plus its target/classes)";

    /**
     * Certifies the connector {@code request} names.
     *
     * @throws CertifyException when the run cannot start (missing classes, no compiler, bad class path)
     */
    public CertifyOutcome certify(CertifyRequest request) throws CertifyException {
        for (String name : new String[] {request.connectorClass(), request.simulatorClass().orElse(null),
                request.writeBackClass().orElse(null)}) {
            if (name != null && !ConformanceClassSource.isClassName(name)) {
                throw new CertifyException("expected a fully qualified class name (e.g. io.lakeflow.connectors.stripe."
                        + "StripeConnector); seen \"" + name + "\". Fix: name the class, not a file");
            }
        }
        List<Path> classpath = expand(request.classpath());
        Path work;
        try {
            work = Files.createTempDirectory("lakeflow-certify");
            Files.createDirectories(request.out());
        } catch (IOException e) {
            throw new CertifyException("expected to create the output folder " + request.out() + " and a temporary folder; "
                    + "seen " + e + ". Fix: choose a writable --out", e);
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader userLoader = new URLClassLoader(urls(classpath), ConformanceRunner.class.getClassLoader())) {
            requireClass(userLoader, ANNOTATION, "the lakeflow-testkit");
            requireClass(userLoader, request.connectorClass(), "the connector");
            if (request.simulatorClass().isPresent()) {
                requireClass(userLoader, request.simulatorClass().get(), "the simulator");
            }
            if (request.writeBackClass().isPresent()) {
                requireClass(userLoader, request.writeBackClass().get(), "the write-back helper");
            }
            Path classes = compile(request, classpath, work);
            try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, userLoader)) {
                Class<?> testClass = loader.loadClass(ConformanceClassSource.CLASS_NAME);
                Thread.currentThread().setContextClassLoader(loader);
                return launch(request, testClass);
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new CertifyException("expected to load the generated conformance class; seen " + e + ". " + CLASSPATH_FIX, e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            deleteQuietly(work);
        }
    }

    private static CertifyOutcome launch(CertifyRequest request, Class<?> testClass) throws IOException {
        FileTime before = FileTime.fromMillis(System.currentTimeMillis() - 1000);
        LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(testClass))
                .filters(EngineFilter.includeEngines(ENGINE_ID))
                .configurationParameter(RESULTS_DIR_PARAMETER, request.out().toAbsolutePath().toString());
        request.mode().ifPresent(m -> builder.configurationParameter(MODE_PARAMETER, m.toLowerCase(Locale.ROOT)));
        LauncherDiscoveryRequest discovery = builder.build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        List<String> failures = new ArrayList<>();
        TestExecutionListener failuresListener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (result.getStatus() == TestExecutionResult.Status.FAILED && id.isTest()) {
                    failures.add(id.getDisplayName() + ": " + result.getThrowable().map(Throwable::getMessage).orElse("failed"));
                }
            }
        };
        // The docs_match_code check reads the README named by this property (the engine runs in this JVM).
        String previousReadme = System.getProperty(README_PROPERTY);
        System.setProperty(README_PROPERTY, request.readme().map(p -> p.toAbsolutePath().toString()).orElse(NO_README));
        try {
            launcher.execute(discovery, summary, failuresListener);
        } finally {
            if (previousReadme == null) {
                System.clearProperty(README_PROPERTY);
            } else {
                System.setProperty(README_PROPERTY, previousReadme);
            }
        }
        TestExecutionSummary s = summary.getSummary();
        List<Path> written;
        try (Stream<Path> files = Files.list(request.out())) {
            written = files.filter(f -> f.toString().endsWith(".json")).filter(f -> modifiedSince(f, before)).sorted().toList();
        }
        // the engine reports a skipped check as aborted (it could not apply), as JUnit does for assumptions
        return new CertifyOutcome(s.getTestsSucceededCount(), s.getTestsFailedCount(),
                s.getTestsSkippedCount() + s.getTestsAbortedCount(), failures, written);
    }

    private static Path compile(CertifyRequest request, List<Path> classpath, Path work) throws CertifyException, IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new CertifyException("expected a JDK (the runner compiles a one-line @LakeflowConformance class); seen a "
                    + "Java runtime without javax.tools. Fix: run with java from a JDK 17 or later");
        }
        Path sources = Files.createDirectories(work.resolve("src").resolve(ConformanceClassSource.PACKAGE.replace('.', '/')));
        Path classes = Files.createDirectories(work.resolve("classes"));
        Path source = sources.resolve(ConformanceClassSource.SIMPLE_NAME + ".java");
        Files.writeString(source, ConformanceClassSource.render(request.connectorClass(), request.simulatorClass().orElse(null),
                request.writeBackClass().orElse(null), request.options(), request.tableOptions()), StandardCharsets.UTF_8);
        List<String> compileClasspath = new ArrayList<>();
        classpath.forEach(p -> compileClasspath.add(p.toString()));
        compileClasspath.add(System.getProperty("java.class.path", ""));
        java.io.ByteArrayOutputStream diagnostics = new java.io.ByteArrayOutputStream();
        int status = compiler.run(null, diagnostics, diagnostics, "-encoding", "UTF-8", "-proc:none", "-nowarn", "-d", classes.toString(),
                "-classpath", String.join(File.pathSeparator, compileClasspath), source.toString());
        if (status != 0) {
            String output = diagnostics.toString(StandardCharsets.UTF_8);
            throw new CertifyException("expected the generated @LakeflowConformance class to compile; seen javac exit " + status
                    + ":\n" + (output.length() > 2000 ? output.substring(0, 2000) + "..." : output) + "\n" + CLASSPATH_FIX
                    + "; check that --connector names a LakeflowConnect class and --simulator a Simulator class");
        }
        return classes;
    }

    private static void requireClass(ClassLoader loader, String name, String what) throws CertifyException {
        try {
            Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new CertifyException("expected " + what + " class " + name + " on the class path; seen "
                    + (e instanceof ClassNotFoundException ? "no such class" : e.toString()) + ". " + CLASSPATH_FIX);
        }
    }

    /** Splits entries on the path separator and expands {@code dir/*} to the jars in {@code dir}. */
    static List<Path> expand(List<Path> entries) throws CertifyException {
        List<Path> out = new ArrayList<>();
        for (Path entry : entries) {
            for (String part : entry.toString().split(File.pathSeparator)) {
                if (part.isBlank()) {
                    continue;
                }
                if (part.endsWith("*")) {
                    Path dir = Path.of(part.substring(0, part.length() - 1));
                    try (Stream<Path> jars = Files.list(dir)) {
                        jars.filter(j -> j.toString().endsWith(".jar")).sorted().forEach(out::add);
                    } catch (IOException e) {
                        throw new CertifyException("expected a folder of jars at " + dir + " (from " + part + "); seen " + e
                                + ". " + CLASSPATH_FIX);
                    }
                    continue;
                }
                Path p = Path.of(part);
                if (!Files.exists(p)) {
                    throw new CertifyException("expected a jar or class folder at " + p + " (from --classpath); seen nothing "
                            + "there. Fix: check the path, or build the module first");
                }
                out.add(p);
            }
        }
        return out;
    }

    private static URL[] urls(List<Path> classpath) throws CertifyException {
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = classpath.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new CertifyException("expected a class path entry usable as a URL; seen " + classpath.get(i) + ". "
                        + CLASSPATH_FIX, e);
            }
        }
        return urls;
    }

    private static boolean modifiedSince(Path file, FileTime since) {
        try {
            return Files.getLastModifiedTime(file).compareTo(since) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
