package io.lakeflow.reports.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one result file leniently: whatever can be read is kept, and everything wrong becomes a
 * {@link ReportWarning} rather than an exception.
 */
public final class ResultFileReader {

    /** The result file shape this reader knows. */
    public static final int SCHEMA_VERSION = 1;

    /** How the warning about a JSON file that is not a result document begins. */
    static final String NOT_A_RESULT = "expected a conformance result (with schemaVersion, connector and results)";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RERUN = "Fix: re-run the connector's conformance suite (mvn verify) to write it anew";

    /**
     * Reads {@code file}.
     *
     * @return the run (when the file is a result document, maybe with problems), or a warning
     */
    public LoadedResults read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return warning(file, "expected a result file; seen no such file. Fix: check the path, or run the suite first");
        } catch (JsonProcessingException e) {
            String seen = e.getMessage() != null && e.getMessage().contains("end-of-input")
                    ? "the JSON ends early (was the run cut short?)"
                    : "text that is not JSON (" + firstLine(e.getOriginalMessage()) + " at line "
                            + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")";
            return warning(file, "expected a JSON conformance result; seen " + seen + ". " + RERUN);
        } catch (IOException e) {
            return warning(file, "expected a readable result file; seen " + e.getClass().getSimpleName() + ": "
                    + firstLine(e.getMessage()) + ". Fix: check the file's permissions");
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            return warning(file, "expected a JSON object (a conformance result); seen "
                    + (root == null || root.isMissingNode() ? "an empty file" : "a JSON " + root.getNodeType().name().toLowerCase())
                    + ". " + RERUN);
        }
        if (!root.has("schemaVersion") || !root.has("results") && !root.has("connector")) {
            return warning(file, NOT_A_RESULT + "; seen a JSON object without them. Fix: pass only the testkit's "
                    + "target/lakeflow-conformance folders");
        }
        return new LoadedResults(List.of(parse(file, root)), List.of());
    }

    private static ConformanceRun parse(Path file, JsonNode root) {
        List<ReportWarning> problems = new ArrayList<>();
        JsonNode schemaVersion = root.get("schemaVersion");
        if (!schemaVersion.canConvertToInt() || schemaVersion.asInt() != SCHEMA_VERSION) {
            problems.add(new ReportWarning(file, "expected schemaVersion " + SCHEMA_VERSION + "; seen " + schemaVersion
                    + "; read as far as it matches. Fix: use a dashboard as new as the testkit that wrote it"));
        }
        String fileName = file.getFileName().toString().replaceFirst("\\.json$", "");
        String connector = text(root, "connector").filter(s -> !s.isBlank()).orElseGet(() -> {
            problems.add(new ReportWarning(file, "expected a \"connector\" name; seen none; named after the file ("
                    + fileName + "). " + RERUN));
            return fileName;
        });
        Instant startedAt = text(root, "startedAt").flatMap(s -> instant(s, file, problems)).orElse(null);
        if (startedAt == null && !root.has("startedAt")) {
            problems.add(new ReportWarning(file, "expected \"startedAt\"; seen none: the run is shown without a time. " + RERUN));
        }
        StatusCounts declared = null;
        JsonNode summary = root.get("summary");
        if (summary != null && summary.isObject()) {
            declared = new StatusCounts(summary.path("passed").asInt(0), summary.path("failed").asInt(0),
                    summary.path("skipped").asInt(0));
        }
        List<TableInfo> tables = new ArrayList<>();
        for (JsonNode t : array(root, "tables")) {
            List<ColumnInfo> columns = new ArrayList<>();
            for (JsonNode c : t.path("columns")) {
                columns.add(new ColumnInfo(c.path("name").asText(""), c.path("type").asText(""), c.path("nullable").asBoolean(true)));
            }
            List<String> keys = new ArrayList<>();
            t.path("primaryKeys").forEach(k -> keys.add(k.asText()));
            tables.add(new TableInfo(t.path("name").asText("?"), nullableText(t.get("ingestionType")), keys,
                    nullableText(t.get("cursorField")), columns));
        }
        List<AllowanceInfo> allowances = new ArrayList<>();
        for (JsonNode a : array(root, "allowances")) {
            allowances.add(new AllowanceInfo(a.path("kind").asText(""), a.path("table").asText(""),
                    nullableText(a.get("column")), a.path("reason").asText("")));
        }
        List<CheckOutcome> results = new ArrayList<>();
        if (!root.path("results").isArray()) {
            problems.add(new ReportWarning(file, "expected a \"results\" array; seen " + (root.has("results") ? "a "
                    + root.get("results").getNodeType().name().toLowerCase() : "none") + ": no check is shown. " + RERUN));
        }
        int index = 0;
        for (JsonNode r : array(root, "results")) {
            Optional<CheckOutcome> outcome = outcome(r);
            if (outcome.isPresent()) {
                results.add(outcome.get());
            } else {
                problems.add(new ReportWarning(file, "expected result #" + index + " to have a \"check\" id and a status "
                        + "pass, fail or skip; seen " + abbreviate(r.toString()) + ": left out. " + RERUN));
            }
            index++;
        }
        StatusCounts counted = StatusCounts.of(results);
        if (declared != null && declared.total() != counted.total()) {
            problems.add(new ReportWarning(file, "expected " + declared.total() + " results as its summary declares; seen "
                    + counted.total() + " (a partial file: was the run cut short?). " + RERUN));
        } else if (declared == null) {
            problems.add(new ReportWarning(file, "expected a \"summary\" of passed, failed and skipped; seen none. " + RERUN));
        }
        if (results.isEmpty() && root.path("results").isArray()) {
            problems.add(new ReportWarning(file, "expected at least one check result; seen none (did the run stop before "
                    + "its first check?). " + RERUN));
        }
        return new ConformanceRun(file, connector, text(root, "connectorClass").orElse(null),
                text(root, "version").orElse("unknown"), text(root, "testkitVersion").orElse("unknown"),
                text(root, "mode").orElse("unknown"), startedAt, root.path("durationMs").asLong(-1), declared, tables,
                allowances, results, problems);
    }

    private static Optional<CheckOutcome> outcome(JsonNode r) {
        if (!r.isObject()) {
            return Optional.empty();
        }
        Optional<String> check = text(r, "check").filter(s -> !s.isBlank());
        Optional<Status> status = text(r, "status").flatMap(Status::fromConfigName);
        if (check.isEmpty() || status.isEmpty()) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        r.path("notes").forEach(n -> notes.add(n.asText()));
        return Optional.of(new CheckOutcome(check.get(), nullableText(r.get("table")), status.get(),
                nullableText(r.get("reason")), nullableText(r.get("message")), Math.max(0, r.path("durationMs").asLong(0)),
                Math.max(0, r.path("recordsRead").asLong(0)), notes));
    }

    private static Optional<Instant> instant(String text, Path file, List<ReportWarning> problems) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(new ReportWarning(file, "expected \"startedAt\" as an ISO-8601 instant (2026-01-31T12:00:00Z); seen \""
                    + abbreviate(text) + "\": the run is shown without a time. " + RERUN));
            return Optional.empty();
        }
    }

    private static Iterable<JsonNode> array(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node != null && node.isArray() ? node : List.of();
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static String nullableText(JsonNode value) {
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    private static LoadedResults warning(Path file, String message) {
        return new LoadedResults(List.of(), List.of(new ReportWarning(file, message)));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no detail";
        }
        int nl = s.indexOf('\n');
        return abbreviate(nl < 0 ? s : s.substring(0, nl));
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
