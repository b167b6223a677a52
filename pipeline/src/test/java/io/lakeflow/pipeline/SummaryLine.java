package io.lakeflow.pipeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One table's line of the summary the command line prints at the end of a run:
 * {@code default.users   37   0   0   1   37   11.3   3   ok}.
 */
record SummaryLine(long inserted, long updated, long deleted, String status) {

    /** The line of {@code destination} in {@code output}; fails, showing the output, when there is none. */
    static SummaryLine of(String output, String destination) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(destination)
                + "\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+\\d+\\s+\\d+\\s+[\\d.]+\\s+\\d+\\s+(\\S+)").matcher(output);
        if (!m.find()) {
            throw new AssertionError("No summary line for " + destination + " in the run's output:\n" + output);
        }
        return new SummaryLine(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                m.group(4));
    }
}
