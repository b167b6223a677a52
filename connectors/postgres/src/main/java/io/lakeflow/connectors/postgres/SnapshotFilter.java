package io.lakeflow.connectors.postgres;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Which transactions a PostgreSQL snapshot sees, from {@code pg_current_snapshot()}'s text
 * ({@code xmin:xmax:xip,...}). When a table's first read takes a snapshot of a slot that already
 * exists, the slot's changes from its confirmed position overlap the snapshot; the stream skips
 * the transactions this filter says the snapshot already saw, so that snapshot and stream join
 * without gap or overlap.
 *
 * @param text the snapshot as {@code pg_current_snapshot()::text} prints it
 */
record SnapshotFilter(String text) {

    /** Checks the format. */
    SnapshotFilter {
        parts(text);
    }

    /** Whether the top-level transaction {@code xid} (32 bits, as pgoutput sends it) was committed in the snapshot. */
    boolean sees(int xid) {
        long[] p = parts(text);
        int xmin = (int) p[0];
        int xmax = (int) p[1];
        if (precedes(xid, xmin)) {
            return true;
        }
        if (!precedes(xid, xmax)) {
            return false;
        }
        Set<Integer> inProgress = new HashSet<>();
        for (int i = 2; i < p.length; i++) {
            inProgress.add((int) p[i]);
        }
        return !inProgress.contains(xid);
    }

    /** Transaction ids wrap around: compare as PostgreSQL's TransactionIdPrecedes does. */
    private static boolean precedes(int a, int b) {
        return a - b < 0;
    }

    private static long[] parts(String text) {
        String[] fields = text == null ? new String[0] : text.split(":", -1);
        if (fields.length != 3) {
            throw new IllegalArgumentException("Expected a snapshot xmin:xmax:xip,..., got '" + text + "'");
        }
        try {
            long[] xip = fields[2].isEmpty() ? new long[0]
                    : Arrays.stream(fields[2].split(",")).mapToLong(Long::parseLong).toArray();
            long[] out = new long[2 + xip.length];
            out[0] = Long.parseLong(fields[0]);
            out[1] = Long.parseLong(fields[1]);
            System.arraycopy(xip, 0, out, 2, xip.length);
            return out;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Expected a snapshot xmin:xmax:xip,..., got '" + text + "'", e);
        }
    }
}
