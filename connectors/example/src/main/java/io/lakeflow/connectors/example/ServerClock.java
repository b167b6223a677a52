package io.lakeflow.connectors.example;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The source's clock for cursor stamps: every stamp is strictly later than the one before
 * ({@code max(now, last + 1µs)}), even when two writes land in the same microsecond or the
 * wall clock steps back. That is what makes a high-water mark sound: a row written after the
 * mark was read always has a later cursor than the mark.
 */
final class ServerClock {

    private final Clock wall;
    private Instant last;

    /** A clock whose stamps are all after {@code floor} (the latest seeded cursor). */
    ServerClock(Clock wall, Instant floor) {
        this.wall = wall;
        this.last = floor.truncatedTo(ChronoUnit.MICROS);
    }

    /** The next stamp: strictly after every stamp returned before. */
    synchronized Instant next() {
        Instant now = wall.instant().truncatedTo(ChronoUnit.MICROS);
        last = now.isAfter(last) ? now : last.plus(1, ChronoUnit.MICROS);
        return last;
    }
}
