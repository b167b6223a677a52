package io.lakeflow.reports.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Debian's Chromium run headless, one process per call, with a fresh profile and no network features. */
final class HeadlessChromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 90;

    private HeadlessChromium() {
    }

    /**
     * Opens {@code page} at {@code width} × {@code height}, saves a screenshot into {@code png}, and
     * returns the DOM after the page loaded, as Chromium serialises it (one browser run for both).
     */
    static String open(Path page, Path png, int width, int height) throws Exception {
        Files.deleteIfExists(png);
        String dom = run(List.of("--screenshot=" + png.toAbsolutePath(), "--dump-dom", "--window-size=" + width + "," + height,
                "--hide-scrollbars", page.toUri().toString()));
        if (!Files.isRegularFile(png) || Files.size(png) == 0) {
            fail("expected Chromium to write the screenshot " + png + "; seen no file");
        }
        return dom;
    }

    private static String run(List<String> extra) throws Exception {
        Path profile = Files.createTempDirectory("lakeflow-chromium");
        Path stdout = Files.createTempFile("chromium", ".out");
        Path stderr = Files.createTempFile("chromium", ".err");
        try {
            List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile));
            command.addAll(extra);
            Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail("expected Chromium to finish within " + TIMEOUT_SECONDS + " s; seen it still running: " + command);
            }
            if (process.exitValue() != 0) {
                fail("expected Chromium to exit 0; seen " + process.exitValue() + ": " + Files.readString(stderr));
            }
            return Files.readString(stdout, StandardCharsets.UTF_8);
        } finally {
            delete(profile);
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
