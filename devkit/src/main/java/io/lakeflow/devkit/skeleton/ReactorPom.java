package io.lakeflow.devkit.skeleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds a module to the root pom's {@code <modules>}, as a text edit that keeps the file's layout: the line
 * goes after the last {@code connectors/...} module (else before {@code </modules>}), with its indentation.
 * Idempotent: a module already listed is left alone.
 */
public final class ReactorPom {

    private static final Pattern MODULE = Pattern.compile("^(\\s*)<module>([^<]+)</module>\\s*$");

    private ReactorPom() {
    }

    /**
     * Registers {@code module} (e.g. {@code connectors/acme}) in {@code pom}.
     *
     * @return whether the file changed
     * @throws IllegalStateException when the pom has no {@code <modules>} section
     */
    public static boolean register(Path pom, String module) {
        try {
            String text = Files.readString(pom);
            String updated = withModule(text, module);
            if (updated.equals(text)) {
                return false;
            }
            Files.writeString(pom, updated);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update " + pom, e);
        }
    }

    /** {@code pomText} with {@code module} listed; the same text when it already is. */
    static String withModule(String pomText, String module) {
        String newline = pomText.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(List.of(pomText.split("\r?\n", -1)));
        int modulesEnd = -1;
        int lastConnector = -1;
        int lastModule = -1;
        String indent = "    ";
        boolean inModules = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.contains("<modules>")) {
                inModules = true;
            }
            if (inModules) {
                Matcher m = MODULE.matcher(line);
                if (m.matches()) {
                    if (m.group(2).trim().equals(module)) {
                        return pomText;
                    }
                    indent = m.group(1);
                    lastModule = i;
                    if (m.group(2).trim().startsWith("connectors/")) {
                        lastConnector = i;
                    }
                }
                if (line.contains("</modules>")) {
                    modulesEnd = i;
                    break;
                }
            }
        }
        if (modulesEnd < 0) {
            throw new IllegalStateException("The root pom.xml has no <modules> section, so " + module
                    + " cannot be registered. Fix: add <modules><module>" + module + "</module></modules> by hand.");
        }
        int at = lastConnector >= 0 ? lastConnector + 1 : lastModule >= 0 ? lastModule + 1 : modulesEnd;
        lines.add(at, indent + "<module>" + module + "</module>");
        return String.join(newline, lines);
    }
}
