package io.lakeflow.pipeline.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NestedLibrariesTest {

    @TempDir
    Path dir;

    @Test
    void extractsTheNestedJarsOnceAndReusesThem() throws Exception {
        Path jar = jar("app.jar", Map.of("lib/a.jar", "AAA", "lib/b.jar", "BBBB", "io/App.class", "x",
                "lib/notes.txt", "not a jar"));
        Path cache = dir.resolve("cache");

        List<Path> first = NestedLibraries.extract(jar, cache);
        assertThat(first).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("a.jar", "b.jar");
        assertThat(first).allSatisfy(p -> assertThat(p.getParent().getParent()).isEqualTo(cache));
        assertThat(Files.readString(first.get(0).resolveSibling("a.jar"))).isEqualTo("AAA");
        Files.setLastModifiedTime(first.get(0), FileTime.fromMillis(0));

        List<Path> second = NestedLibraries.extract(jar, cache);
        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(first.get(0)).toMillis()).as("not extracted again").isZero();
    }

    @Test
    void otherLibrariesGetAnotherFolder() throws Exception {
        Path cache = dir.resolve("cache");
        Path one = NestedLibraries.extract(jar("one.jar", Map.of("lib/a.jar", "v1")), cache).get(0);
        Path two = NestedLibraries.extract(jar("two.jar", Map.of("lib/a.jar", "v2")), cache).get(0);
        assertThat(one.getParent()).isNotEqualTo(two.getParent());
        assertThat(Files.readString(two)).isEqualTo("v2");
    }

    @Test
    void concurrentFirstRunsAllSeeCompleteJars() throws Exception {
        String big = "x".repeat(2_000_000);
        Path jar = jar("app.jar", Map.of("lib/a.jar", big, "lib/b.jar", big + "b", "lib/c.jar", "c"));
        Path cache = dir.resolve("cache");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<List<Path>>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return NestedLibraries.extract(jar, cache);
                }));
            }
            go.countDown();
            List<Path> expected = runs.get(0).get(30, TimeUnit.SECONDS);
            for (Future<List<Path>> run : runs) {
                List<Path> jars = run.get(30, TimeUnit.SECONDS);
                assertThat(jars).isEqualTo(expected);
                assertThat(Files.size(jars.get(0)) + Files.size(jars.get(1)) + Files.size(jars.get(2)))
                        .isEqualTo(2L * big.length() + 2);
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> entries = Files.list(cache)) {
            assertThat(entries.map(p -> p.getFileName().toString()).toList())
                    .as("one library folder, no staging folder left").hasSize(1).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void anUnwritableCacheSaysWhereAndHowToFixIt() throws Exception {
        Path jar = jar("app.jar", Map.of("lib/a.jar", "A"));
        Path notAFolder = Files.writeString(dir.resolve("cache"), "a file where the cache should be");
        assertThatThrownBy(() -> NestedLibraries.extract(jar, notAFolder))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("Cannot create the library cache folder " + notAFolder)
                .hasMessageContaining("Fix:").hasMessageContaining("LAKEFLOW_CACHE");
    }

    @Test
    void aJarWithoutLibrariesIsNotTheRunnableJar() throws Exception {
        Path jar = jar("thin.jar", Map.of("io/App.class", "x"));
        assertThatThrownBy(() -> NestedLibraries.extract(jar, dir.resolve("cache")))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("holds no libraries under lib/").hasMessageContaining("-runnable.jar");
    }

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
