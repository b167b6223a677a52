package io.lakeflow.devkit.skeleton;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A new connector's names: the provider name ({@code acme_crm}), the class prefix ({@code AcmeCrm}, as in
 * {@code AcmeCrmConnector}) and the Java package.
 *
 * @param name        the provider name and module folder, {@code [a-z][a-z0-9_]*}
 * @param classPrefix the name in UpperCamelCase
 * @param javaPackage the package of every generated class
 */
public record ConnectorName(String name, String classPrefix, String javaPackage) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Pattern PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "record", "yield");

    /**
     * Validates {@code name} and derives the other names.
     *
     * @param javaPackage the package, or {@code null} for {@code io.lakeflow.connectors.<name without _>}
     * @throws IllegalArgumentException saying what is wrong and how to fix it
     */
    public static ConnectorName of(String name, String javaPackage) {
        if (name == null || !NAME.matcher(name).matches() || name.endsWith("_") || name.contains("__")) {
            throw new IllegalArgumentException("Connector name '" + name + "' is not valid: expected lowercase letters, "
                    + "digits and single underscores, starting with a letter, at most 40 characters (it becomes the "
                    + "provider name and the folder connectors/<name>). Fix: e.g. 'acme' or 'acme_crm'.");
        }
        String pkg = javaPackage != null ? javaPackage : "io.lakeflow.connectors." + name.replace("_", "");
        if (!PACKAGE.matcher(pkg).matches()) {
            throw new IllegalArgumentException("Package '" + pkg + "' is not valid: expected dot-separated lowercase "
                    + "Java identifiers. Fix: e.g. --package io.lakeflow.connectors.acme");
        }
        for (String segment : pkg.split("\\.")) {
            if (KEYWORDS.contains(segment)) {
                throw new IllegalArgumentException("Package '" + pkg + "' contains the Java keyword '" + segment
                        + "'. Fix: pass another --package, e.g. io.lakeflow.connectors." + name.replace("_", "") + "src");
            }
        }
        return new ConnectorName(name, classPrefix(name), pkg);
    }

    /** {@code acme_crm} to {@code AcmeCrm}. */
    static String classPrefix(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("_")) {
            if (!part.isEmpty()) {
                out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return out.toString();
    }

    /** The module's folder relative to the repository root, as listed in {@code <modules>}: {@code connectors/<name>}. */
    public String moduleName() {
        return "connectors/" + name;
    }

    /** The package as a relative path, {@code io/lakeflow/connectors/acme}. */
    public String packagePath() {
        return javaPackage.replace('.', '/');
    }
}
