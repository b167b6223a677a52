package io.lakeflow.reports.site;

/**
 * Escaping for HTML and SVG text and attribute values: result files are untrusted input (a
 * failure message may quote a record), so every value goes through {@link #escape} before it is
 * written.
 */
public final class Html {

    private Html() {
    }

    /** {@code text} with {@code & < > " '} replaced by entities; {@code null} becomes the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // control characters other than tab and newlines are not allowed in HTML/XML text
                    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** {@code text} cut to {@code max} characters (with an ellipsis), then escaped. */
    public static String escapeShort(String text, int max) {
        if (text == null) {
            return "";
        }
        return escape(text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)) + "\u2026");
    }

    /** An id fragment safe in a URL and an HTML id: letters, digits, {@code -} and {@code _}. */
    public static String anchor(String text) {
        String s = text == null ? "" : text.replaceAll("[^A-Za-z0-9_-]", "-");
        return s.isEmpty() ? "x" : s;
    }
}
