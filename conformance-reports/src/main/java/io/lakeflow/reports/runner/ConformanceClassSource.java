package io.lakeflow.reports.runner;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The source of the one-line class that tells the testkit's engine what to certify: the engine
 * discovers classes annotated {@code @LakeflowConformance} and has no other entry point, and a
 * published connector jar has no such class, so the runner writes one and compiles it.
 */
final class ConformanceClassSource {

    /** The generated class's package. */
    static final String PACKAGE = "io.lakeflow.reports.generated";
    /** The generated class's simple name. */
    static final String SIMPLE_NAME = "CertifyConformanceTest";
    /** The generated class's binary name. */
    static final String CLASS_NAME = PACKAGE + "." + SIMPLE_NAME;

    private static final Pattern CLASS = Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*"
            + "(\\.[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)*(\\$[\\p{javaJavaIdentifierPart}]+)*");

    private ConformanceClassSource() {
    }

    /** Whether {@code name} is a class name (so it can be written into source safely). */
    static boolean isClassName(String name) {
        return name != null && CLASS.matcher(name).matches();
    }

    /** The Java source of the annotated class. */
    static String render(String connector, String simulator, String writeBack, Map<String, String> options,
                         List<String> tableOptions) {
        StringBuilder src = new StringBuilder("package " + PACKAGE + ";\n\n");
        src.append("@io.lakeflow.testkit.LakeflowConformance(connector = ").append(canonical(connector)).append(".class");
        if (simulator != null) {
            src.append(",\n    simulator = ").append(canonical(simulator)).append(".class");
        }
        if (writeBack != null) {
            src.append(",\n    writeBack = ").append(canonical(writeBack)).append(".class");
        }
        if (!options.isEmpty()) {
            src.append(",\n    options = {");
            src.append(String.join(", ", options.entrySet().stream().map(e -> literal(e.getKey() + "=" + e.getValue())).toList()));
            src.append("}");
        }
        if (!tableOptions.isEmpty()) {
            src.append(",\n    tableOptions = {").append(String.join(", ", tableOptions.stream().map(ConformanceClassSource::literal).toList()))
                    .append("}");
        }
        src.append(")\npublic class ").append(SIMPLE_NAME).append(" {\n}\n");
        return src.toString();
    }

    /** {@code a.B$C} as source: {@code a.B.C}. */
    private static String canonical(String className) {
        return className.replace('$', '.');
    }

    /** A Java string literal of {@code s}, quotes, backslashes and control characters escaped. */
    static String literal(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\%03o", (int) c));
                    } else {
                        out.append(c); // the source is compiled as UTF-8; a backslash before it is already doubled
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
