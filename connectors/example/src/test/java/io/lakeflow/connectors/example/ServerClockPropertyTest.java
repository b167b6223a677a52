package io.lakeflow.connectors.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The source clock's stamps strictly increase, whatever the wall clock does. */
class ServerClockPropertyTest {

    @Property(tries = 200)
    void stampsStrictlyIncreaseAndTheirTextSortsLikeThem(
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = -5_000_000, max = 5_000_000) Long> wallSteps) {
        Instant[] wall = {Instant.parse("2026-01-01T00:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return wall[0];
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        ServerClock server = new ServerClock(clock, Instant.parse("2025-12-31T23:59:59Z"));
        Instant previous = Instant.MIN;
        String previousText = "";
        for (long step : wallSteps) {
            wall[0] = wall[0].plusNanos(step);   // forwards, backwards, or standing still within a microsecond
            Instant stamp = server.next();
            String text = CursorTime.format(stamp);
            assertThat(stamp).isAfter(previous);
            assertThat(text).isGreaterThan(previousText);
            assertThat(CursorTime.parse(text)).isEqualTo(stamp);
            previous = stamp;
            previousText = text;
        }
    }
}
