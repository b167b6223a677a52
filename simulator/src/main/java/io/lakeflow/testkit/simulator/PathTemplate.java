package io.lakeflow.testkit.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A path with {@code {name}} placeholders, each matching one path segment. */
public final class PathTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final String template;
    private final Pattern pattern;
    private final List<String> names = new ArrayList<>();

    /** Compiles {@code /v1/customers/{id}}. */
    public PathTemplate(String template) {
        if (template == null || !template.startsWith("/")) {
            throw new IllegalArgumentException("An endpoint path must start with '/', got '" + template + "'");
        }
        this.template = template;
        StringBuilder regex = new StringBuilder("^");
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append("/?$");
        this.pattern = Pattern.compile(regex.toString());
    }

    /** The variables of a matching path, or empty when it does not match. */
    public Optional<Map<String, String>> match(String path) {
        Matcher m = pattern.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> vars = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            vars.put(names.get(i), java.net.URLDecoder.decode(m.group(i + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return Optional.of(vars);
    }

    @Override
    public String toString() {
        return template;
    }
}
