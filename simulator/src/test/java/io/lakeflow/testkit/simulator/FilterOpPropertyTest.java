package io.lakeflow.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The comparison filters split every value set consistently. */
class FilterOpPropertyTest {

    @Property
    void gteAndLtPartitionNumbers(@ForAll long value, @ForAll long threshold) {
        List<String> t = List.of(Long.toString(threshold));
        assertThat(FilterOp.GTE.test(value, t)).isNotEqualTo(FilterOp.LT.test(value, t));
        assertThat(FilterOp.GT.test(value, t)).isNotEqualTo(FilterOp.LTE.test(value, t));
        assertThat(FilterOp.EQ.test(value, t)).isNotEqualTo(FilterOp.NE.test(value, t));
        assertThat(FilterOp.EQ.test(value, t)).isEqualTo(value == threshold);
    }

    @Property
    void stringsCompareLexicographically(@ForAll String value, @ForAll String threshold) {
        List<String> t = List.of(threshold);
        assertThat(FilterOp.GT.test(value, t)).isEqualTo(value.compareTo(threshold) > 0);
        assertThat(FilterOp.IN.test(value, List.of(threshold))).isEqualTo(
                List.of(threshold.split(",")).stream().map(String::trim).anyMatch(value::equals));
    }

    @Property
    void aMissingFieldMatchesOnlyNotEqual(@ForAll String threshold) {
        List<String> t = List.of(threshold);
        for (FilterOp op : FilterOp.values()) {
            assertThat(op.test(null, t)).isEqualTo(op == FilterOp.NE);
        }
    }
}
