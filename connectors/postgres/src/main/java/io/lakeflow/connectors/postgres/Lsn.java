package io.lakeflow.connectors.postgres;

/**
 * A PostgreSQL WAL position (log sequence number), printed as PostgreSQL prints it
 * ({@code 16/B374D848}) and held as an unsigned 64-bit value. Offsets store LSNs as their text.
 */
record Lsn(long value) implements Comparable<Lsn> {

    static final Lsn ZERO = new Lsn(0);

    /**
     * Parses {@code X/Y} (two hexadecimal halves).
     *
     * @throws IllegalArgumentException for anything else
     */
    static Lsn parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw new IllegalArgumentException("Expected a PostgreSQL LSN such as 16/B374D848, got '" + text + "'");
        }
        try {
            long high = Long.parseLong(text.substring(0, slash), 16);
            long low = Long.parseLong(text.substring(slash + 1), 16);
            if (high > 0xFFFFFFFFL || low > 0xFFFFFFFFL || high < 0 || low < 0) {
                throw new NumberFormatException("half out of range");
            }
            return new Lsn((high << 32) | low);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Expected a PostgreSQL LSN such as 16/B374D848, got '" + text + "'", e);
        }
    }

    /** The position {@code bytes} further on. */
    Lsn plus(long bytes) {
        return new Lsn(value + bytes);
    }

    @Override
    public int compareTo(Lsn other) {
        return Long.compareUnsigned(value, other.value);
    }

    boolean isBefore(Lsn other) {
        return compareTo(other) < 0;
    }

    @Override
    public String toString() {
        return Long.toHexString(value >>> 32).toUpperCase() + "/" + Long.toHexString(value & 0xFFFFFFFFL).toUpperCase();
    }
}
