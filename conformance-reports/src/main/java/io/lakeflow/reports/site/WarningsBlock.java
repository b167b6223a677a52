package io.lakeflow.reports.site;

import io.lakeflow.reports.results.ReportWarning;
import java.util.List;

/** The box listing what was wrong with the inputs (missing, partial or malformed result files). */
final class WarningsBlock {

    private WarningsBlock() {
    }

    /**
     * The box, or the empty string when there is no warning.
     *
     * @param heading extra words after "Warnings", e.g. " about this connector's file"
     */
    static String render(List<ReportWarning> warnings, String heading) {
        if (warnings.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section class=\"warnings\" role=\"status\" aria-labelledby=\"warnings-h\">"
                + "<h2 id=\"warnings-h\">⚠ Warnings" + Html.escape(heading) + " (" + warnings.size() + ")</h2><ul>");
        for (ReportWarning w : warnings) {
            html.append("<li>");
            if (w.file() != null) {
                html.append("<code>").append(Html.escape(shown(w.file()))).append("</code>: ");
            }
            html.append(Html.escape(w.message())).append("</li>");
        }
        return html.append("</ul></section>\n").toString();
    }

    /** The file relative to the working folder when it is below it (shorter to read), else as given. */
    private static String shown(java.nio.file.Path file) {
        java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
        java.nio.file.Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) && !absolute.equals(cwd) ? cwd.relativize(absolute).toString() : file.toString();
    }
}
