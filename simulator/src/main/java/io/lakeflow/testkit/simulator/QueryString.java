package io.lakeflow.testkit.simulator;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses and writes {@code application/x-www-form-urlencoded} text (query strings and form bodies). */
public final class QueryString {

    private QueryString() {
    }

    /** Parses {@code a=1&b=2&b=3} into names with all their values, in order. */
    public static Map<String, List<String>> parse(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return out;
    }

    /** Writes names and values back as text. */
    public static String encode(Map<String, List<String>> params) {
        StringBuilder s = new StringBuilder();
        params.forEach((name, values) -> {
            for (String v : values) {
                if (s.length() > 0) {
                    s.append('&');
                }
                s.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return s.toString();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
