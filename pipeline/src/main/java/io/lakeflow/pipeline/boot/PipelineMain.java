package io.lakeflow.pipeline.boot;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The runnable jar's {@code Main-Class}. Under {@code spark-submit} (or on any class path that
 * has Spark) it runs {@code io.lakeflow.pipeline.cli.LakeflowCli} directly, on the cluster's
 * Spark. Under {@code java -jar} it extracts the jars nested under {@code lib/} once into a cache
 * folder and runs the command line in a class loader over this jar, those jars and the connector
 * jars ({@link ConnectorJars}). Exit codes are the command line's; 3 when the class path could
 * not be set up.
 *
 * <p>System properties: {@code lakeflow.connectors} (connectors folder, else
 * {@code $LAKEFLOW_CONNECTORS}, else {@code ./connectors}), {@code lakeflow.cache} (cache root,
 * else {@code $LAKEFLOW_CACHE}, else {@code ~/.cache/lakeflow}).
 */
public final class PipelineMain {

    static final String CLI = "io.lakeflow.pipeline.cli.LakeflowCli";
    static final String CACHE_PROPERTY = "lakeflow.cache";
    static final String CACHE_VARIABLE = "LAKEFLOW_CACHE";
    static final int STARTUP_FAILED = 3;

    private PipelineMain() {
    }

    /** Runs the command line with {@code args}; see the class comment. */
    public static void main(String[] args) throws Throwable {
        ClassLoader loader;
        if (sparkPresent()) {
            loader = PipelineMain.class.getClassLoader();
        } else {
            try {
                loader = embeddedClassLoader();
            } catch (StartupException e) {
                System.err.println("lakeflow-pipeline: " + e.getMessage());
                System.exit(STARTUP_FAILED);
                return;
            }
            // As the launcher flags did: Netty (Spark's RPC) may use reflection on direct buffers.
            if (System.getProperty("io.netty.tryReflectionSetAccessible") == null) {
                System.setProperty("io.netty.tryReflectionSetAccessible", "true");
            }
            Thread.currentThread().setContextClassLoader(loader);
        }
        Method main = Class.forName(CLI, true, loader).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static boolean sparkPresent() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, PipelineMain.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static ClassLoader embeddedClassLoader() {
        Path jar = ownJar();
        List<Path> classPath = new ArrayList<>();
        classPath.add(jar);
        classPath.addAll(NestedLibraries.extract(jar, cacheRoot()));
        classPath.addAll(ConnectorJars.find(System.getProperties(), System.getenv()));
        List<URL> urls = new ArrayList<>();
        for (Path path : classPath) {
            try {
                urls.add(path.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new StartupException("Cannot put " + path + " on the class path: " + e.getMessage(), e);
            }
        }
        // The platform loader as parent: the pipeline sees Java and these jars, nothing of the
        // application class path (which is this jar again).
        return new URLClassLoader("lakeflow-pipeline", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static Path ownJar() {
        Path location;
        try {
            location = Path.of(PipelineMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            throw new StartupException("Cannot tell which jar " + PipelineMain.class.getName() + " was loaded from: " + e
                    + ". Fix: run it as `java -jar lakeflow-pipeline-VERSION-runnable.jar ...`.", e);
        }
        if (!Files.isRegularFile(location)) {
            throw new StartupException(PipelineMain.class.getName() + " was loaded from " + location
                    + ", not from the runnable jar, and Spark is not on the class path. Fix: run "
                    + "`java -jar lakeflow-pipeline-VERSION-runnable.jar ...`, or put Spark on the class path.");
        }
        return location;
    }

    private static Path cacheRoot() {
        String named = System.getProperty(CACHE_PROPERTY);
        if (named == null || named.isBlank()) {
            named = System.getenv(CACHE_VARIABLE);
        }
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "lakeflow");
    }
}
