package io.lakeflow.convert;

import static io.lakeflow.convert.Conversions.convert;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

class StructurePropertiesTest {

    private static final ObjectMapper JACKSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    // ---- any JSON-like value as a string column

    @Provide
    Arbitrary<Object> jsonLike() {
        return jsonLike(3);
    }

    private static Arbitrary<Object> scalar() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.bigDecimals().ofScale(4).map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
    }

    private static Arbitrary<Object> jsonLike(int depth) {
        if (depth == 0) {
            return scalar();
        }
        Arbitrary<Object> inner = Arbitraries.lazy(() -> jsonLike(depth - 1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, scalar()),
                net.jqwik.api.Tuple.of(1, inner.list().ofMaxSize(4).map(l -> (Object) l)),
                net.jqwik.api.Tuple.of(1, Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(5), inner)
                        .ofMaxSize(4).map(m -> (Object) new LinkedHashMap<>(m))));
    }

    @Property(tries = 1000)
    void anyJsonLikeValueBecomesItsCompactJsonText(@ForAll("jsonLike") Object value) throws Exception {
        if (value == null) {
            return;
        }
        String expected = value instanceof String s ? s : JACKSON.writeValueAsString(value);
        assertThat(convert(value, DataTypes.StringType)).isEqualTo(UTF8String.fromString(expected));
        // A scalar reads the same alone and inside a list.
        assertThat(convert(Arrays.asList(value), DataTypes.StringType).toString())
                .isEqualTo(JACKSON.writeValueAsString(Arrays.asList(value)));
    }

    // ---- random shapes: schema and a value of that schema, converted and compared back

    record Typed(DataType type, Object value) {
    }

    private static Arbitrary<DataType> types(int depth) {
        Arbitrary<DataType> leaf = Arbitraries.of(DataTypes.StringType, DataTypes.LongType, DataTypes.IntegerType,
                DataTypes.DoubleType, DataTypes.BooleanType, DataTypes.createDecimalType(20, 4));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<DataType> inner = Arbitraries.lazy(() -> types(depth - 1));
        Arbitrary<DataType> array = Combinators.combine(inner, Arbitraries.of(true, false))
                .as((t, n) -> (DataType) new ArrayType(t, n));
        Arbitrary<DataType> map = Combinators.combine(Arbitraries.of(DataTypes.StringType, DataTypes.IntegerType), inner,
                        Arbitraries.of(true, false))
                .as((k, v, n) -> (DataType) new MapType(k, v, n));
        Arbitrary<DataType> struct = Combinators.combine(inner, Arbitraries.of(true, false)).as((t, n) -> new Object[] {t, n})
                .list().ofMinSize(0).ofMaxSize(4)
                .map(fields -> {
                    StructField[] out = new StructField[fields.size()];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = new StructField("f" + i, (DataType) fields.get(i)[0], (Boolean) fields.get(i)[1],
                                org.apache.spark.sql.types.Metadata.empty());
                    }
                    return (DataType) new StructType(out);
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, leaf), net.jqwik.api.Tuple.of(1, array),
                net.jqwik.api.Tuple.of(1, map), net.jqwik.api.Tuple.of(1, struct));
    }

    private static Arbitrary<Object> values(DataType type, boolean nullable) {
        Arbitrary<Object> nonNull = nonNullValues(type);
        return nullable ? Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(null)),
                net.jqwik.api.Tuple.of(5, nonNull)) : nonNull;
    }

    private static Arbitrary<Object> nonNullValues(DataType type) {
        if (type == DataTypes.StringType) {
            return Arbitraries.strings().ofMaxLength(8).map(s -> s);
        }
        if (type == DataTypes.LongType) {
            return Arbitraries.longs().map(l -> l);
        }
        if (type == DataTypes.IntegerType) {
            return Arbitraries.integers().map(i -> i);
        }
        if (type == DataTypes.DoubleType) {
            return Arbitraries.doubles().map(d -> d);
        }
        if (type == DataTypes.BooleanType) {
            return Arbitraries.of(true, false).map(b -> b);
        }
        if (type instanceof org.apache.spark.sql.types.DecimalType) {
            return Arbitraries.bigDecimals().between(new BigDecimal("-9999999999999999.9999"),
                    new BigDecimal("9999999999999999.9999")).ofScale(4).map(d -> d);
        }
        if (type instanceof ArrayType a) {
            return values(a.elementType(), a.containsNull()).list().ofMaxSize(3).map(l -> l);
        }
        if (type instanceof MapType m) {
            Arbitrary<Object> keys = m.keyType() == DataTypes.StringType
                    ? Arbitraries.strings().alpha().ofMaxLength(4).map(s -> s)
                    : Arbitraries.integers().between(-1000, 1000).map(i -> Integer.toString(i)); // JSON keys are text
            return Arbitraries.maps(keys, values(m.valueType(), m.valueContainsNull())).ofMaxSize(3)
                    .map(x -> new LinkedHashMap<>(x));
        }
        StructType s = (StructType) type;
        List<Arbitrary<Object>> fields = new ArrayList<>();
        for (StructField f : s.fields()) {
            fields.add(values(f.dataType(), f.nullable()));
        }
        return Combinators.combine(fields).as(vs -> {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < vs.size(); i++) {
                if (vs.get(i) != null || i % 2 == 0) { // odd fields: null means a missing key
                    m.put(s.fields()[i].name(), vs.get(i));
                }
            }
            return m;
        });
    }

    @Provide
    Arbitrary<Typed> typedValues() {
        return types(3).flatMap(t -> nonNullValues(t).map(v -> new Typed(t, v)));
    }

    @Property(tries = 500)
    void nestedValuesOfRandomShapesConvertWithoutLoss(@ForAll("typedValues") Typed typed) {
        Object out = convert(typed.value(), typed.type());
        assertThat(back(out, typed.type())).isEqualTo(expected(typed.value(), typed.type()));
    }

    /** The JAVA factory's output in plain Java terms. */
    private static Object back(Object v, DataType type) {
        if (v == null) {
            return null;
        }
        if (type instanceof ArrayType a) {
            List<Object> out = new ArrayList<>();
            for (Object e : (Object[]) v) {
                out.add(back(e, a.elementType()));
            }
            return out;
        }
        if (type instanceof MapType m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            ((Map<?, ?>) v).forEach((k, x) -> out.put(back(k, m.keyType()), back(x, m.valueType())));
            return out;
        }
        if (type instanceof StructType s) {
            List<Object> out = new ArrayList<>();
            Object[] fields = (Object[]) v;
            for (int i = 0; i < fields.length; i++) {
                out.add(back(fields[i], s.fields()[i].dataType()));
            }
            return out;
        }
        if (v instanceof UTF8String u) {
            return u.toString();
        }
        if (v instanceof Decimal d) {
            return d.toJavaBigDecimal();
        }
        return v;
    }

    /** The input in the same terms: structs as field lists in schema order, int map keys parsed. */
    private static Object expected(Object v, DataType type) {
        if (v == null) {
            return null;
        }
        if (type instanceof ArrayType a) {
            List<Object> out = new ArrayList<>();
            for (Object e : (List<?>) v) {
                out.add(expected(e, a.elementType()));
            }
            return out;
        }
        if (type instanceof MapType m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            ((Map<?, ?>) v).forEach((k, x) -> out.put(m.keyType() == DataTypes.IntegerType
                    ? Integer.valueOf((String) k) : k, expected(x, m.valueType())));
            return out;
        }
        if (type instanceof StructType s) {
            List<Object> out = new ArrayList<>();
            for (StructField f : s.fields()) {
                out.add(expected(((Map<?, ?>) v).get(f.name()), f.dataType()));
            }
            return out;
        }
        return v;
    }
}
