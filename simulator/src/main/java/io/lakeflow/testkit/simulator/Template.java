package io.lakeflow.testkit.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a JSON-like template: a string that is exactly {@code ${name}} becomes the variable's value
 * (any JSON value, e.g. a whole record); {@code ${name}} inside a longer string is replaced by its text.
 * {@code ${new_id:evt_}} asks the resolver for a fresh id with that prefix.
 */
public final class Template {

    private static final Pattern VAR = Pattern.compile("\\$\\{([^}]+)}");

    private Template() {
    }

    /** Renders {@code template}, resolving each variable name through {@code resolver}. */
    public static Object render(Object template, Function<String, Object> resolver) {
        if (template instanceof String text) {
            Matcher whole = VAR.matcher(text);
            if (whole.matches()) {
                return deepCopy(resolver.apply(whole.group(1)));
            }
            Matcher m = VAR.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                Object value = resolver.apply(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value.toString()));
            }
            m.appendTail(out);
            return out.toString();
        }
        if (template instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k.toString(), render(v, resolver)));
            return out;
        }
        if (template instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(render(v, resolver)));
            return out;
        }
        return template;
    }

    /** A deep copy of a JSON-like value, so stored records never share mutable parts. */
    public static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k.toString(), deepCopy(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(deepCopy(v)));
            return out;
        }
        return value;
    }
}
