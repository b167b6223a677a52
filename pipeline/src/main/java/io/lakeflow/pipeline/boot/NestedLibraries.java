package io.lakeflow.pipeline.boot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The jars nested under {@code lib/} in the runnable jar (Spark, Delta, Scala, ...), extracted
 * once into a cache folder named after their content ({@code <cache>/<key>}, the key a hash of
 * their names, sizes and CRCs), so a rebuilt pipeline with the same libraries reuses them.
 *
 * <p>Extraction writes to a temporary folder beside the target and renames it into place in one
 * atomic step: two first runs at once both extract, one rename wins, and no run ever sees a
 * half-written jar.
 */
final class NestedLibraries {

    static final String PREFIX = "lib/";

    private NestedLibraries() {
    }

    /**
     * The extracted jars, in the order they are nested.
     *
     * @param jar   the runnable jar
     * @param cache the cache root; {@code <cache>/<key>} is created under it
     * @throws StartupException when the jar holds no libraries or the cache cannot be written
     */
    static List<Path> extract(Path jar, Path cache) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> entries = zip.stream()
                    .filter(e -> !e.isDirectory() && e.getName().startsWith(PREFIX) && e.getName().endsWith(".jar")
                            && e.getName().indexOf('/', PREFIX.length()) < 0)
                    .toList();
            if (entries.isEmpty()) {
                throw new StartupException("The jar " + jar + " holds no libraries under " + PREFIX
                        + " (expected Spark, Delta and Scala jars there). Fix: run the "
                        + "lakeflow-pipeline-VERSION-runnable.jar that `mvn package` builds in pipeline/target.");
            }
            Path folder = cache.resolve(key(entries));
            if (!Files.isDirectory(folder)) {
                extractInto(zip, entries, cache, folder);
            }
            List<Path> jars = new ArrayList<>();
            for (ZipEntry entry : entries) {
                Path extracted = folder.resolve(entry.getName().substring(PREFIX.length()));
                if (!Files.isRegularFile(extracted) || Files.size(extracted) != entry.getSize()) {
                    throw new StartupException("The library cache " + folder + " is incomplete: " + extracted.getFileName()
                            + " is missing or has another size than in " + jar + ". Fix: delete " + folder
                            + "; the next run extracts it again.");
                }
                jars.add(extracted);
            }
            return jars;
        } catch (IOException e) {
            throw new StartupException("Cannot read the libraries nested in " + jar + ": " + e
                    + ". Fix: check that the jar is complete (rebuild it with `mvn package`).", e);
        }
    }

    private static void extractInto(ZipFile zip, List<? extends ZipEntry> entries, Path cache, Path folder) {
        Path staging;
        try {
            Files.createDirectories(cache);
            staging = Files.createTempDirectory(cache, "." + folder.getFileName() + "-");
        } catch (IOException e) {
            throw new StartupException("Cannot create the library cache folder " + cache + ": " + e
                    + ". Fix: make it writable, or point LAKEFLOW_CACHE (or -D" + PipelineMain.CACHE_PROPERTY
                    + ") at a writable folder.", e);
        }
        try {
            for (ZipEntry entry : entries) {
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, staging.resolve(entry.getName().substring(PREFIX.length())));
                }
            }
            try {
                Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.isDirectory(folder)) {
                    throw e;
                }
                // Another run extracted the same libraries first (Linux reports "Directory not
                // empty" as a plain FileSystemException): use its folder.
                deleteQuietly(staging);
            }
        } catch (IOException e) {
            deleteQuietly(staging);
            throw new StartupException("Cannot extract the libraries into the cache folder " + cache + ": " + e
                    + ". Fix: free disk space or make it writable, or point LAKEFLOW_CACHE (or -D"
                    + PipelineMain.CACHE_PROPERTY + ") at another folder.", e);
        }
    }

    /** A short hash of the nested jars' names, sizes and CRCs. */
    static String key(List<? extends ZipEntry> entries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (ZipEntry entry : entries) {
                digest.update((entry.getName() + ' ' + entry.getSize() + ' ' + entry.getCrc() + '\n')
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary folder is harmless; the next extraction uses a new one.
        }
    }
}
