package io.lakeflow.reports.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder of earlier runs' result files, in any layout (e.g. one sub-folder per CI build):
 * every {@code *.json} below it that is a conformance result is one earlier run. Files that are
 * not result documents (a copied {@code summary.json}) are ignored; broken result files are
 * warnings.
 */
public final class HistoryFolder {

    private static final int MAX_DEPTH = 6;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final ResultFileReader reader = new ResultFileReader();

    /** A history kept in {@code folder}. */
    public HistoryFolder(Path folder) {
        this.folder = folder;
    }

    /** Every earlier run found, each (connector, start time) once. */
    public LoadedResults read() {
        if (!Files.isDirectory(folder)) {
            return new LoadedResults(List.of(), List.of(new ReportWarning(folder, "expected a folder of earlier results for "
                    + "--history; seen nothing there: no trend is drawn. Fix: create it, or drop --history")));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
            files = walk.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            return new LoadedResults(List.of(), List.of(new ReportWarning(folder, "expected a readable history folder; seen "
                    + e.getClass().getSimpleName() + ". Fix: check its permissions")));
        }
        Map<String, ConformanceRun> unique = new LinkedHashMap<>();
        List<ReportWarning> warnings = new ArrayList<>();
        for (Path file : files) {
            LoadedResults read = reader.read(file);
            read.runs().forEach(r -> unique.putIfAbsent(r.connector() + "@" + r.startedAt(), r));
            read.warnings().stream().filter(w -> !w.message().startsWith(ResultFileReader.NOT_A_RESULT)).forEach(warnings::add);
        }
        return new LoadedResults(List.copyOf(unique.values()), warnings);
    }

    /**
     * Copies the current runs' files into the folder, as {@code <connector>/<start time>.json},
     * so that the next dashboard draws them in its trend.
     *
     * @throws IOException when the folder cannot be written
     */
    public void record(List<ConformanceRun> runs) throws IOException {
        for (ConformanceRun run : runs) {
            if (run.startedAt() == null) {
                continue; // a run without a time cannot be placed in a trend
            }
            Path target = folder.resolve(safe(run.connector())).resolve(STAMP.format(run.startedAt()) + ".json");
            Files.createDirectories(target.getParent());
            Files.copy(run.source(), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A file-name-safe form of a connector name. */
    static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }
}
