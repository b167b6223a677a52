package io.lakeflow.connectors.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakeflow.connect.Offset;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Offsets survive JSON and a fresh parse unchanged; foreign offsets are refused with a fix. */
class PositionTest {

    @Property
    void listPositionsRoundTrip(@ForAll @LongRange(min = 0, max = 4_000_000_000L) long listStart,
                                @ForAll @AlphaChars @StringLength(min = 1, max = 20) String after) {
        Position p = Position.list(listStart, "cus_" + after);
        assertThat(Position.parse(Offset.fromJson(p.toOffset().toJson()), "customers")).isEqualTo(p);
    }

    @Property
    void windowPositionsRoundTripWithSeenSorted(@ForAll @LongRange(min = 0, max = 4_000_000_000L) long since,
                                                @ForAll @Size(max = 5) List<@AlphaChars @StringLength(min = 1, max = 8) String> seen) {
        List<String> ids = seen.stream().map(s -> "evt_" + s).toList();
        Position p = Position.window(Position.Phase.EVENTS, since, ids);
        Position back = Position.parse(Offset.fromJson(p.toOffset().toJson()), "customers");
        assertThat(back).isEqualTo(p);
        assertThat(back.seen()).isSorted().doesNotHaveDuplicates();
        List<String> reversed = new java.util.ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        assertThat(Position.window(Position.Phase.EVENTS, since, reversed).toOffset()).isEqualTo(p.toOffset());
    }

    @org.junit.jupiter.api.Test
    void aForeignOffsetIsRefusedNamingTheTableAndAFix() {
        assertThatThrownBy(() -> Position.parse(Offset.of(Map.of("cursor", "2024-01-01")), "charges"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("charges").hasMessageContaining("Fix:");
        assertThat(Position.parse(Offset.empty(), "charges")).isNull();
    }

    @org.junit.jupiter.api.Test
    void writeBackRefusesALiveModeKey() {
        assertThatThrownBy(() -> new StripeWriteBack(Map.of("api_key", "sk_live_abcdefghijklmnop")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test-mode")
                .hasMessageNotContaining("sk_live_abcdefghijklmnop");
    }
}
