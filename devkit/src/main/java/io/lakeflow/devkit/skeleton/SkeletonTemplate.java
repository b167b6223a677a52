package io.lakeflow.devkit.skeleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text template from the class path with {@code {{key}}} placeholders. Every placeholder must have a value:
 * a template that would leave one unfilled is a bug in the devkit, reported as such.
 */
final class SkeletonTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z_]+)}}");

    private SkeletonTemplate() {
    }

    /** The resource's text with every placeholder replaced. */
    static String render(String resource, Map<String, String> values) {
        return fill(read(resource), values, resource);
    }

    static String read(String resource) {
        try (InputStream in = SkeletonTemplate.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Template " + resource + " is missing from the devkit's class path. "
                        + "Fix: rebuild the devkit (mvn -pl devkit package); prompts/templates is copied into it.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read template " + resource, e);
        }
    }

    /** {@code text} with each {@code {{key}}} replaced by {@code values.get(key)}. */
    static String fill(String text, Map<String, String> values, String where) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("Template " + where + " uses {{" + m.group(1) + "}}, which the devkit "
                        + "does not fill (known: " + values.keySet() + "). Fix: correct the template.");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
