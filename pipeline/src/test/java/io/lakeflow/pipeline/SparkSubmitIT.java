package io.lakeflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakeflow.connectors.example.ExampleServerConfig;
import io.lakeflow.connectors.example.ExampleSourceServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar under {@code spark-submit} on a real standalone Spark cluster on loopback: a
 * master and a worker JVM over a Spark home whose {@code jars/} is the pipeline's run-time class
 * path without the project's own jars (a cluster with Spark and Delta installed), then
 * {@code SparkSubmit --master spark://... --jars <example connector spark jar> <runnable jar> run
 * SPEC} in client mode. The worker starts the executors as JVMs of their own, so the partitioned
 * {@code metrics} table is read by the connector off the driver, from the example API in this JVM.
 */
class SparkSubmitIT {

    /** Short JVMs: the C1 compiler only (here about half the time of a run). */
    static final String QUICK_START = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path work;

    @Test
    void runsOnAStandaloneCluster() throws Exception {
        Path sparkHome = sparkHome(work.resolve("spark-home"));
        Path warehouse = work.resolve("warehouse");
        int masterPort = freePort();
        String master = "spark://127.0.0.1:" + masterPort;
        List<String> opens = ChildJvm.addOpens();
        Map<String, String> env = Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_LOCAL_IP", "127.0.0.1",
                "SPARK_SCALA_VERSION", "2.13", "EXAMPLE_TOKEN", ExampleServerConfig.DEFAULT_TOKEN);
        String classPath = sparkHome.resolve("jars") + "/*";
        List<ChildJvm> started = new ArrayList<>();
        try (ExampleSourceServer server = ExampleSourceServer.start(ExampleServerConfig.defaults())) {
            Path spec = RunnableJarIT.writeSpec(work.resolve("pipeline.yaml"), server.baseUrl(),
                    "{source_table: users}", "{source_table: metrics}");

            ChildJvm masterJvm = ChildJvm.start("master", work, env, jvm(opens, "-Xmx256m", "-cp", classPath,
                    "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", String.valueOf(masterPort),
                    "--webui-port", String.valueOf(freePort())));
            started.add(masterJvm);
            masterJvm.awaitOutput("I have been elected leader", Duration.ofSeconds(90));

            ChildJvm workerJvm = ChildJvm.start("worker", work, env, jvm(opens, "-Xmx256m", "-cp", classPath,
                    "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "2", "--memory", "1g",
                    "--webui-port", String.valueOf(freePort()), "--work-dir", work.resolve("worker").toString(), master));
            started.add(workerJvm);
            workerJvm.awaitOutput("Successfully registered with master", Duration.ofSeconds(90));

            ChildJvm submit = ChildJvm.start("spark-submit", work, env, jvm(opens, "-Xmx1g", "-cp", classPath,
                    "org.apache.spark.deploy.SparkSubmit", "--master", master, "--deploy-mode", "client",
                    "--conf", "spark.executor.memory=768m",
                    "--conf", "spark.executor.extraJavaOptions=" + QUICK_START + " " + String.join(" ", opens),
                    "--conf", "spark.driver.host=127.0.0.1",
                    "--conf", "spark.driver.bindAddress=127.0.0.1",
                    "--conf", "spark.ui.enabled=false",
                    "--conf", "spark.sql.shuffle.partitions=2",
                    "--conf", "spark.databricks.delta.snapshotPartitions=2",
                    "--jars", connectorJar().toString(),
                    System.getProperty("lakeflow.it.runnableJar"),
                    "run", spec.toString(), "--warehouse", warehouse.toString()));
            started.add(submit);
            int exit = submit.exitCode(Duration.ofMinutes(5));
            assertThat(exit).as("exit code of spark-submit; its output ends with:\n%s\nworker:\n%s", submit.tail(),
                    workerJvm.tail()).isEqualTo(0);

            String out = submit.output();
            assertThat(SummaryLine.of(out, "default.users"))
                    .isEqualTo(new SummaryLine(server.rows("users").size(), 0, 0, "ok"));
            assertThat(SummaryLine.of(out, "default.metrics"))
                    .isEqualTo(new SummaryLine(server.rows("metrics").size(), 0, 0, "ok"));
            assertThat(RunnableJarIT.count(warehouse, "users")).isEqualTo(server.rows("users").size());
            assertThat(RunnableJarIT.count(warehouse, "metrics")).isEqualTo(server.rows("metrics").size());
            assertThat(executorLogs(work.resolve("worker")))
                    .as("the worker ran executors of the application (their stderr files)").isNotEmpty();
        } finally {
            for (int i = started.size() - 1; i >= 0; i--) {
                started.get(i).close();
            }
            deleteLinks(work.resolve("spark-home").resolve("jars"));
        }
    }

    /** A Spark home: a RELEASE file and jars/ linking the cluster's jars. */
    private static Path sparkHome(Path home) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        Files.writeString(home.resolve("RELEASE"), "Spark 4.2.0 (a test cluster made of the pipeline's run-time jars)\n");
        String classPath = Files.readString(Path.of(System.getProperty("lakeflow.it.clusterClasspath"))).trim();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry);
            Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar);
        }
        return home;
    }

    /** Removes the Spark home's links before the temporary folder goes (which warns about each). */
    private static void deleteLinks(Path jars) throws IOException {
        if (Files.isDirectory(jars)) {
            try (Stream<Path> links = Files.list(jars)) {
                for (Path link : links.toList()) {
                    Files.delete(link);
                }
            }
        }
    }

    private static Path connectorJar() throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(System.getProperty("lakeflow.it.connectors")),
                "*.jar")) {
            return jars.iterator().next();
        }
    }

    private static List<Path> executorLogs(Path workerDir) throws IOException {
        try (Stream<Path> files = Files.walk(workerDir)) {
            return files.filter(p -> p.getFileName().toString().equals("stderr")).toList();
        }
    }

    private static List<String> jvm(List<String> opens, String... args) {
        List<String> all = new ArrayList<>(List.of(QUICK_START));
        all.addAll(opens);
        all.addAll(List.of(args));
        return all;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
