package io.lakeflow.testkit.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Tables" section of a connector's README, parsed. The format (also in
 * {@code prompts/templates/connector-readme.md}):
 *
 * <pre>
 * ## Tables
 *
 * | table | ingestion type | primary key | cursor | deletes | notes |
 * | --- | --- | --- | --- | --- | --- |
 * | `orders` | cdc_with_deletes | `order_id` | `updated_at` | yes | free text |
 * | `events` | append | - | `created_at` | - | |
 * | `lines` | snapshot | `order_id`, `line_no` | - | - | |
 * </pre>
 *
 * <ul>
 *   <li>The section runs from the heading {@code ## Tables} to the next heading of level 1 or 2; its first
 *       markdown table whose first five column headers are {@code table | ingestion type | primary key | cursor |
 *       deletes} (case-insensitive) is the one read. Further columns are free. Code blocks and HTML comments are
 *       ignored.</li>
 *   <li>{@code table}: the name, in backticks (plain is accepted). {@code ingestion type}: {@code snapshot},
 *       {@code cdc}, {@code cdc_with_deletes} or {@code append}. {@code primary key}: the key columns in order,
 *       each in backticks, comma-separated, or {@code -}. {@code cursor}: the field in backticks, or {@code -}.
 *       {@code deletes}: {@code yes} (the table reports deletes through {@code readTableDeletes}) or {@code -}
 *       ({@code no} is accepted).</li>
 *   <li>Tables discovered from the source (a database's) cannot all be named: a row whose table is {@code *}
 *       documents every listed table without a row of its own, and {@code *} in another cell leaves that
 *       property unchecked ({@link DocumentedTable#ANY}).</li>
 * </ul>
 *
 * @param found    whether the README has a {@code ## Tables} heading
 * @param tables   the rows read, in order
 * @param problems what does not follow the format, each with its line number and a {@code Fix:}
 */
public record TablesSection(boolean found, List<DocumentedTable> tables, List<String> problems) {

    /** The columns every Tables section starts with. */
    public static final List<String> COLUMNS = List.of("table", "ingestion type", "primary key", "cursor", "deletes");

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern TICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_.$:\\-/*]+");

    /** Copies the lists. */
    public TablesSection {
        tables = List.copyOf(tables);
        problems = List.copyOf(problems);
    }

    /** Parses the Tables section of a README's text. */
    public static TablesSection parse(String markdown) {
        List<String> lines = visibleLines(markdown);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher h = HEADING.matcher(lines.get(i));
            if (h.matches() && h.group(1).length() == 2 && h.group(2).trim().equalsIgnoreCase("tables")) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return new TablesSection(false, List.of(), List.of());
        }
        int end = lines.size();
        for (int i = start + 1; i < lines.size(); i++) {
            Matcher h = HEADING.matcher(lines.get(i));
            if (h.matches() && h.group(1).length() <= 2) {
                end = i;
                break;
            }
        }
        List<String> problems = new ArrayList<>();
        List<DocumentedTable> tables = new ArrayList<>();
        int header = -1;
        for (int i = start + 1; i < end; i++) {
            if (isRow(lines.get(i)) && startsWithColumns(cells(lines.get(i)))) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            problems.add("line " + (start + 1) + ": the '## Tables' section has no table starting with the columns "
                    + String.join(" | ", COLUMNS) + ". Fix: add one (see prompts/templates/connector-readme.md), "
                    + "one row per table");
            return new TablesSection(true, tables, problems);
        }
        int i = header + 1;
        if (i < end && isRow(lines.get(i)) && lines.get(i).replaceAll("[|:\\-\\s]", "").isEmpty()) {
            i++;
        } else {
            problems.add("line " + (header + 2) + ": expected the separator row '| --- | --- | ...' under the header. "
                    + "Fix: add it, or markdown will not render a table");
        }
        for (; i < end && isRow(lines.get(i)); i++) {
            DocumentedTable row = row(cells(lines.get(i)), i + 1, problems);
            if (row != null) {
                tables.add(row);
            }
        }
        return new TablesSection(true, tables, problems);
    }

    private static DocumentedTable row(List<String> cells, int line, List<String> problems) {
        String where = "line " + line + ": ";
        if (cells.size() < COLUMNS.size()) {
            problems.add(where + "expected at least " + COLUMNS.size() + " cells (" + String.join(" | ", COLUMNS)
                    + "), saw " + cells.size() + ". Fix: fill every column; use - for none");
            return null;
        }
        int before = problems.size();
        String name = name(cells.get(0));
        if (name == null) {
            problems.add(where + "expected the table's name in backticks in the first cell, saw '" + cells.get(0)
                    + "'. Fix: e.g. `orders`");
        }
        String type = cells.get(1).replace("`", "").trim().toLowerCase(Locale.ROOT);
        if (!DocumentedTable.INGESTION_TYPES.contains(type) && !type.equals(DocumentedTable.ANY)) {
            problems.add(where + "expected an ingestion type (snapshot, cdc, cdc_with_deletes, append), saw '"
                    + cells.get(1) + "'. Fix: put notes such as 'partitioned' in a later column");
        }
        List<String> keys = names(cells.get(2), where + "primary key", problems);
        List<String> cursorList = names(cells.get(3), where + "cursor", problems);
        if (cursorList != null && cursorList.size() > 1) {
            problems.add(where + "expected one cursor field, saw " + cursorList.size() + ". Fix: name the one field "
                    + "readTableMetadata returns");
        }
        String deletesCell = cells.get(4).replace("`", "").trim().toLowerCase(Locale.ROOT);
        Boolean deletes = deletesCell.equals(DocumentedTable.ANY) ? null : deletesCell.equals("yes");
        if (deletes != null && !deletes && !deletesCell.equals("-") && !deletesCell.equals("no")) {
            problems.add(where + "expected 'yes' or '-' in the deletes column, saw '" + cells.get(4)
                    + "'. Fix: yes for cdc_with_deletes tables (readTableDeletes), - otherwise");
        }
        if (problems.size() > before) {
            return null;
        }
        return new DocumentedTable(name, type, keys, cursorList.isEmpty() ? null : cursorList.get(0), deletes);
    }

    /** The table name: one backticked word, or a plain one. */
    private static String name(String cell) {
        String c = cell.trim();
        Matcher m = TICKED.matcher(c);
        if (m.matches()) {
            return m.group(1).trim();
        }
        return PLAIN_NAME.matcher(c).matches() ? c : null;
    }

    /** {@code -} as empty, {@code *} as itself, or backticked names separated by commas; null (and a problem) otherwise. */
    private static List<String> names(String cell, String what, List<String> problems) {
        String c = cell.trim();
        if (c.equals("-")) {
            return List.of();
        }
        if (c.replace("`", "").equals(DocumentedTable.ANY)) {
            return List.of(DocumentedTable.ANY);
        }
        List<String> out = new ArrayList<>();
        for (String part : c.split(",", -1)) {
            Matcher m = TICKED.matcher(part.trim());
            if (!m.matches()) {
                problems.add(what + ": expected field names in backticks, comma-separated, or -, saw '" + c
                        + "'. Fix: e.g. `id` or `order_id`, `line_no`; move notes to a later column");
                return null;
            }
            out.add(m.group(1).trim());
        }
        return out;
    }

    private static boolean startsWithColumns(List<String> cells) {
        if (cells.size() < COLUMNS.size()) {
            return false;
        }
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (!cells.get(i).trim().toLowerCase(Locale.ROOT).equals(COLUMNS.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRow(String line) {
        return line.trim().startsWith("|");
    }

    /** The cells of a table row, without the outer pipes; {@code \|} stays inside a cell. */
    static List<String> cells(String line) {
        String s = line.trim();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (ch == '|') {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }

    /** The lines, with fenced code blocks and HTML comments blanked (so line numbers stay right). */
    static List<String> visibleLines(String markdown) {
        List<String> out = new ArrayList<>();
        boolean inFence = false;
        boolean inComment = false;
        for (String line : markdown.split("\r?\n", -1)) {
            String trimmed = line.trim();
            if (!inComment && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                inFence = !inFence;
                out.add("");
                continue;
            }
            if (inFence) {
                out.add("");
                continue;
            }
            StringBuilder visible = new StringBuilder();
            int i = 0;
            while (i < line.length()) {
                if (inComment) {
                    int close = line.indexOf("-->", i);
                    if (close < 0) {
                        i = line.length();
                    } else {
                        inComment = false;
                        i = close + 3;
                    }
                } else {
                    int open = line.indexOf("<!--", i);
                    if (open < 0) {
                        visible.append(line, i, line.length());
                        i = line.length();
                    } else {
                        visible.append(line, i, open);
                        inComment = true;
                        i = open + 4;
                    }
                }
            }
            out.add(visible.toString());
        }
        return out;
    }
}
