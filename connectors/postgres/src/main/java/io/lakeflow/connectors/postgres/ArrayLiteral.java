package io.lakeflow.connectors.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Parses PostgreSQL's text form of an array ({@code {1,2,NULL}}, {@code {"a,b","c\"d"}},
 * {@code {{1,2},{3,4}}}, {@code [0:1]={7,8}}) into nested lists, each element converted by a
 * function of its text. Multi-dimensional arrays become lists of lists.
 */
final class ArrayLiteral {

    private final String text;
    private final Function<String, Object> element;
    private int pos;

    private ArrayLiteral(String text, Function<String, Object> element) {
        this.text = text;
        this.element = element;
    }

    /**
     * The array's elements; an unquoted {@code NULL} is {@code null}.
     *
     * @throws IllegalArgumentException when {@code text} is not an array literal
     */
    static List<Object> parse(String text, Function<String, Object> element) {
        ArrayLiteral parser = new ArrayLiteral(text, element);
        if (text.startsWith("[")) {
            int eq = text.indexOf('=');
            if (eq < 0) {
                throw parser.malformed("dimension decoration without '='");
            }
            parser.pos = eq + 1;
        }
        List<Object> out = parser.readArray();
        parser.skipSpace();
        if (parser.pos != text.length()) {
            throw parser.malformed("text after the closing brace");
        }
        return out;
    }

    private List<Object> readArray() {
        skipSpace();
        expect('{');
        List<Object> out = new ArrayList<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            return out;
        }
        while (true) {
            skipSpace();
            char c = peek();
            if (c == '{') {
                out.add(readArray());
            } else if (c == '"') {
                out.add(element.apply(readQuoted()));
            } else {
                String raw = readUnquoted();
                out.add(raw.equalsIgnoreCase("NULL") ? null : element.apply(raw));
            }
            skipSpace();
            char next = peek();
            pos++;
            if (next == '}') {
                return out;
            }
            if (next != ',') {
                throw malformed("expected ',' or '}' at position " + (pos - 1));
            }
        }
    }

    private String readQuoted() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = peek();
            pos++;
            if (c == '\\') {
                sb.append(peek());
                pos++;
            } else if (c == '"') {
                return sb.toString();
            } else {
                sb.append(c);
            }
        }
    }

    private String readUnquoted() {
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = peek();
            if (c == ',' || c == '}') {
                return sb.toString().strip();
            }
            if (c == '\\') {
                pos++;
                c = peek();
            }
            sb.append(c);
            pos++;
        }
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        if (pos >= text.length()) {
            throw malformed("unexpected end");
        }
        return text.charAt(pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw malformed("expected '" + c + "' at position " + pos);
        }
        pos++;
    }

    private IllegalArgumentException malformed(String why) {
        String shown = text.length() > 120 ? text.substring(0, 120) + "..." : text;
        return new IllegalArgumentException("Malformed PostgreSQL array literal (" + why + "): " + shown);
    }
}
