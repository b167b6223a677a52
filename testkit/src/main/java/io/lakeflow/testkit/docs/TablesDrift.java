package io.lakeflow.testkit.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a README's Tables section and the code disagree. Each difference names the table, what the code
 * declares (expected), what the README says (seen), and the row to write ({@code fix}).
 */
public final class TablesDrift {

    /** Where the format is shown to authors, for messages. */
    public static final String TEMPLATE = "prompts/templates/connector-readme.md";

    /**
     * One difference.
     *
     * @param table    the table concerned, or {@code null} for the section as a whole
     * @param expected what the code declares
     * @param seen     what the README says
     * @param fix      what to change
     */
    public record Difference(String table, String expected, String seen, String fix) {
    }

    private TablesDrift() {
    }

    /**
     * Compares a parsed section with the tables the code declares.
     *
     * @param section  the README's section ({@link TablesSection#parse})
     * @param declared the code's tables, in {@code listTables()} order (no wildcards)
     * @return every difference; empty when the README matches the code
     */
    public static List<Difference> compare(TablesSection section, List<DocumentedTable> declared) {
        List<Difference> out = new ArrayList<>();
        if (!section.found()) {
            out.add(new Difference(null, "a '## Tables' section documenting the " + declared.size() + " table(s)",
                    "no '## Tables' heading", "add the section from " + TEMPLATE + ":\n" + rows(declared)));
            return out;
        }
        for (String problem : section.problems()) {
            int fix = problem.indexOf(". Fix: ");
            out.add(new Difference(null, "the Tables section's format (" + TEMPLATE + ")",
                    fix < 0 ? problem : problem.substring(0, fix), fix < 0 ? "see " + TEMPLATE : problem.substring(fix + 7)));
        }
        Map<String, DocumentedTable> documented = new LinkedHashMap<>();
        for (DocumentedTable row : section.tables()) {
            if (documented.putIfAbsent(row.name(), row) != null) {
                out.add(new Difference(row.name(), "one row per table", "two rows for '" + row.name() + "'",
                        "remove one of them"));
            }
        }
        DocumentedTable anyTable = documented.remove(DocumentedTable.ANY);
        for (DocumentedTable code : declared) {
            DocumentedTable doc = documented.remove(code.name());
            if (doc == null) {
                doc = anyTable;
            }
            if (doc == null) {
                if (section.problems().isEmpty()) {
                    out.add(new Difference(code.name(), "a row for table '" + code.name() + "' (listTables() returns it)",
                            "none", "add the row " + code.row("")));
                }
                continue;
            }
            List<String> wrong = doc.mismatches(code);
            if (!wrong.isEmpty()) {
                String row = doc == anyTable ? "the '*' row, which covers '" + code.name() + "'," : "the README row";
                out.add(new Difference(code.name(), row + " to match readTableMetadata: " + String.join(", ", wrong),
                        "a different row", (doc == anyTable ? "add a row of its own reading " : "make the row's first five cells read ")
                        + code.row("").replaceFirst(" \\|  \\|$", " |") + " (or change the code, if the README is right)"));
            }
        }
        for (DocumentedTable extra : documented.values()) {
            out.add(new Difference(extra.name(), "only tables listTables() returns",
                    "a row for '" + extra.name() + "', which the connector does not list",
                    "remove the row, or add the table to the connector"));
        }
        return out;
    }

    private static String rows(List<DocumentedTable> tables) {
        StringBuilder out = new StringBuilder("## Tables\n\n" + DocumentedTable.header());
        for (DocumentedTable t : tables) {
            out.append('\n').append(t.row(""));
        }
        return out.toString();
    }
}
