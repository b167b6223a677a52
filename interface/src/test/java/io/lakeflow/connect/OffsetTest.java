package io.lakeflow.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OffsetTest {

    @Property(tries = 500)
    void jsonRoundTripIsIdentity(@ForAll("offsets") Map<String, Object> values) {
        Offset offset = Offset.of(values);
        Offset back = Offset.fromJson(offset.toJson());
        assertThat(back).isEqualTo(offset);
        assertThat(back.toJson()).isEqualTo(offset.toJson());
        assertThat(back.hashCode()).isEqualTo(offset.hashCode());
    }

    @Property(tries = 200)
    void keyOrderDoesNotMatter(@ForAll("offsets") Map<String, Object> values) {
        List<String> keys = new ArrayList<>(values.keySet());
        java.util.Collections.reverse(keys);
        Map<String, Object> reversed = new LinkedHashMap<>();
        keys.forEach(k -> reversed.put(k, values.get(k)));
        assertThat(Offset.of(reversed)).isEqualTo(Offset.of(values));
    }

    @Provide
    Arbitrary<Map<String, Object>> offsets() {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.doubles().filter(Double::isFinite).map(d -> (Object) d),
                Arbitraries.bigDecimals().map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        Arbitrary<Object> nested = Arbitraries.oneOf(scalar,
                scalar.list().ofMaxSize(3).map(l -> (Object) l),
                Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(5), scalar).ofMaxSize(3).map(m -> (Object) m));
        return Arbitraries.maps(Arbitraries.strings().ofMaxLength(8), nested).ofMaxSize(5);
    }

    @Test
    void integersOfDifferentTypesAreTheSamePosition() {
        assertThat(Offset.of("page", 3)).isEqualTo(Offset.of("page", 3L));
    }

    @Test
    void canonicalJsonSortsKeysAtEveryLevel() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1);
        inner.put("a", List.of("x"));
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("b", inner);
        outer.put("a", null);
        assertThat(Offset.of(outer).toJson()).isEqualTo("{\"a\":null,\"b\":{\"a\":[\"x\"],\"z\":1}}");
    }

    @Test
    void decimalsReadBackAsBigDecimal() {
        Offset offset = Offset.fromJson(Offset.of("x", 1.5).toJson());
        assertThat(offset.get("x")).isEqualTo(new BigDecimal("1.5"));
    }

    @Test
    void emptyIsEmpty() {
        assertThat(Offset.empty().toJson()).isEqualTo("{}");
        assertThat(Offset.of(Map.of())).isEqualTo(Offset.empty());
        assertThat(Offset.fromJson("{}").isEmpty()).isTrue();
    }

    @Test
    void refusesValuesThatAreNotJson() {
        assertThatThrownBy(() -> Offset.of("cursor", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'cursor'").hasMessageContaining("java.time.Instant").hasMessageContaining("Fix:");
        assertThatThrownBy(() -> Offset.of("nested", Map.of("deep", List.of(new Object()))))
                .hasMessageContaining("'nested.deep[0]'");
        assertThatThrownBy(() -> Offset.of("x", Double.NaN)).hasMessageContaining("NaN");
        Map<Object, Object> badKey = new HashMap<>();
        badKey.put(1, "x");
        assertThatThrownBy(() -> Offset.of("m", badKey)).hasMessageContaining("must be a String");
    }

    @Test
    void refusesJsonThatIsNotAnObject() {
        assertThatThrownBy(() -> Offset.fromJson("[1,2]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Offset.fromJson("{\"a\":")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Offset.fromJson("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isImmutable() {
        Map<String, Object> source = new HashMap<>();
        source.put("list", new ArrayList<>(Arrays.asList(1, 2)));
        Offset offset = Offset.of(source);
        ((List<Object>) source.get("list")).add(3);
        assertThat(offset.toJson()).isEqualTo("{\"list\":[1,2]}");
        assertThatThrownBy(() -> offset.asMap().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }
}
