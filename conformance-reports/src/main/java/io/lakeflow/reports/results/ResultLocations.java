package io.lakeflow.reports.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds and reads the current results: each argument is a result file, a results folder, a
 * connector module (its {@code target/lakeflow-conformance}) or a folder of connector modules
 * (each {@code *}{@code /target/lakeflow-conformance}). When one connector has several results,
 * the latest is kept and the others are named in a warning.
 */
public final class ResultLocations {

    /** Where the testkit writes results, relative to a module. */
    public static final String RESULTS_FOLDER = "target/lakeflow-conformance";

    private final ResultFileReader reader = new ResultFileReader();

    /** Reads every result found under {@code locations}, one run per connector. */
    public LoadedResults read(List<Path> locations) {
        LoadedResults all = LoadedResults.empty();
        List<ReportWarning> warnings = new ArrayList<>();
        for (Path location : locations) {
            if (Files.isRegularFile(location)) {
                all = all.plus(reader.read(location));
            } else if (Files.isDirectory(location)) {
                for (Path file : resultFiles(location, warnings)) {
                    all = all.plus(reader.read(file));
                }
            } else {
                warnings.add(new ReportWarning(location, "expected a result file or a folder of them; seen nothing there. "
                        + "Fix: check the path (results are written to <module>/" + RESULTS_FOLDER + ")"));
            }
        }
        warnings.addAll(0, all.warnings());
        return new LoadedResults(latestPerConnector(all.runs(), warnings), warnings);
    }

    private static List<Path> resultFiles(Path dir, List<ReportWarning> warnings) {
        List<Path> files = new ArrayList<>(jsonFiles(dir, warnings));
        files.addAll(jsonFiles(dir.resolve(RESULTS_FOLDER), warnings));
        try (Stream<Path> modules = Files.list(dir)) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                files.addAll(jsonFiles(module.resolve(RESULTS_FOLDER), warnings));
            }
        } catch (IOException e) {
            warnings.add(new ReportWarning(dir, "expected a readable folder; seen " + e.getClass().getSimpleName()
                    + ". Fix: check its permissions"));
        }
        return files;
    }

    private static List<Path> jsonFiles(Path dir, List<ReportWarning> warnings) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            warnings.add(new ReportWarning(dir, "expected a readable folder; seen " + e.getClass().getSimpleName()
                    + ". Fix: check its permissions"));
            return List.of();
        }
    }

    private static List<ConformanceRun> latestPerConnector(List<ConformanceRun> runs, List<ReportWarning> warnings) {
        Map<String, List<ConformanceRun>> byConnector = new LinkedHashMap<>();
        runs.forEach(r -> byConnector.computeIfAbsent(r.connector(), c -> new ArrayList<>()).add(r));
        List<ConformanceRun> latest = new ArrayList<>();
        byConnector.forEach((connector, list) -> {
            list.sort(Comparator.comparing(ConformanceRun::startedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
            ConformanceRun kept = list.get(list.size() - 1);
            latest.add(kept);
            if (list.size() > 1) {
                warnings.add(new ReportWarning(kept.source(), "expected one result for connector " + connector + "; seen "
                        + list.size() + " (" + list.stream().map(r -> String.valueOf(r.source())).toList()
                        + "): showing the latest. Fix: pass each connector's results once (older runs go in --history)"));
            }
        });
        latest.sort(Comparator.comparing(ConformanceRun::connector));
        return latest;
    }
}
