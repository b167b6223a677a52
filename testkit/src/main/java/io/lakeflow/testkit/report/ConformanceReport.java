package io.lakeflow.testkit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lakeflow.testkit.checks.Allowance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The result document of one conformance run ({@code <connector>.json}), collected while the
 * checks run and written at the end, or when the run is aborted. Its JSON shape is described by
 * {@code conformance-result.schema.json} (schema version {@value #SCHEMA_VERSION}) and RESULTS.md.
 *
 * <p>Thread-safe. Every string is passed through a redactor when written, so a secret that
 * reached a message is still not written.
 */
public final class ConformanceReport {

    /** The version of the document's shape; raised on incompatible changes. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final String connector;
    private final String connectorClass;
    private final String version;
    private final String testkitVersion;
    private final String mode;
    private final Instant startedAt;
    private Instant finishedAt;
    private final List<TableSummary> tables = new ArrayList<>();
    private final List<Allowance> allowances = new ArrayList<>();
    private final List<CheckResult> results = new ArrayList<>();
    private volatile Set<String> secrets = Set.of();

    /**
     * @param connector      the connector's name (provider name, or class simple name lowercased)
     * @param connectorClass the connector's class name
     * @param version        the connector's version, or {@code unknown}
     * @param testkitVersion the testkit's version
     * @param mode           the test mode's config name
     * @param startedAt      when the run started
     */
    public ConformanceReport(String connector, String connectorClass, String version, String testkitVersion,
                             String mode, Instant startedAt) {
        this.connector = connector;
        this.connectorClass = connectorClass;
        this.version = version;
        this.testkitVersion = testkitVersion;
        this.mode = mode;
        this.startedAt = startedAt;
    }

    /** The connector's name; the file is named after it. */
    public String connector() {
        return connector;
    }

    /** Values to mask as {@code ***} wherever they appear in the written document. */
    public void redact(Set<String> secretValues) {
        this.secrets = Set.copyOf(secretValues);
    }

    /** Adds a check's result. */
    public synchronized void add(CheckResult result) {
        results.add(result);
    }

    /** The results so far. */
    public synchronized List<CheckResult> results() {
        return List.copyOf(results);
    }

    /** Sets the tables' descriptions. */
    public synchronized void tables(List<TableSummary> summaries) {
        tables.clear();
        tables.addAll(summaries);
    }

    /** Sets the allowances the test class grants. */
    public synchronized void allowances(List<Allowance> granted) {
        allowances.clear();
        allowances.addAll(granted);
    }

    /** Marks the run finished now (if not already). */
    public synchronized void finish(Instant at) {
        if (finishedAt == null) {
            finishedAt = at;
        }
    }

    /** The document as JSON, secrets masked. */
    public String toJson() {
        return toJson(this::mask);
    }

    /** The document as JSON without masking, for the check that looks for leaks. */
    public String toRawJson() {
        return toJson(UnaryOperator.identity());
    }

    /**
     * Writes the document to {@code directory/<connector>.json} (replacing it atomically where the
     * file system allows) and returns the file.
     */
    public Path writeTo(Path directory) {
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve(connector + ".json");
            Path temp = Files.createTempFile(directory, connector, ".json.tmp");
            Files.writeString(temp, toJson(), StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the conformance result to " + directory + ": " + e.getMessage(), e);
        }
    }

    private synchronized String toJson(UnaryOperator<String> text) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("connector", text.apply(connector));
        root.put("connectorClass", connectorClass);
        root.put("version", text.apply(version));
        root.put("testkitVersion", testkitVersion);
        root.put("mode", mode);
        Instant end = finishedAt == null ? Instant.now() : finishedAt;
        root.put("startedAt", startedAt.toString());
        root.put("finishedAt", end.toString());
        root.put("durationMs", Math.max(0, end.toEpochMilli() - startedAt.toEpochMilli()));
        ObjectNode summary = root.putObject("summary");
        summary.put("passed", results.stream().filter(r -> r.status().equals(CheckResult.PASS)).count());
        summary.put("failed", results.stream().filter(r -> r.status().equals(CheckResult.FAIL)).count());
        summary.put("skipped", results.stream().filter(r -> r.status().equals(CheckResult.SKIP)).count());
        ArrayNode tableNodes = root.putArray("tables");
        for (TableSummary t : tables) {
            ObjectNode node = tableNodes.addObject();
            node.put("name", text.apply(t.name()));
            node.put("ingestionType", t.ingestionType());
            ArrayNode keys = node.putArray("primaryKeys");
            t.primaryKeys().forEach(k -> keys.add(text.apply(k)));
            node.put("cursorField", text.apply(t.cursorField()));
            ArrayNode columns = node.putArray("columns");
            for (TableSummary.Column c : t.columns()) {
                columns.addObject().put("name", text.apply(c.name())).put("type", text.apply(c.type())).put("nullable", c.nullable());
            }
        }
        ArrayNode allowanceNodes = root.putArray("allowances");
        for (Allowance a : allowances) {
            ObjectNode node = allowanceNodes.addObject();
            node.put("kind", a.kind());
            node.put("table", text.apply(a.table()));
            if (a.column() != null) {
                node.put("column", text.apply(a.column()));
            }
            node.put("reason", text.apply(a.reason()));
        }
        ArrayNode resultNodes = root.putArray("results");
        for (CheckResult r : results) {
            ObjectNode node = resultNodes.addObject();
            node.put("check", r.check());
            node.put("table", text.apply(r.table()));
            node.put("status", r.status());
            if (r.reason() != null) {
                node.put("reason", text.apply(r.reason()));
            }
            if (r.message() != null) {
                node.put("message", text.apply(r.message()));
            }
            node.put("durationMs", r.durationMs());
            node.put("recordsRead", r.recordsRead());
            if (!r.notes().isEmpty()) {
                ArrayNode notes = node.putArray("notes");
                r.notes().forEach(n -> notes.add(text.apply(n)));
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot render the conformance result: " + e.getOriginalMessage(), e);
        }
    }

    private String mask(String value) {
        if (value == null) {
            return null;
        }
        String out = value;
        for (String secret : secrets) {
            out = out.replace(secret, "***");
        }
        return out;
    }
}
