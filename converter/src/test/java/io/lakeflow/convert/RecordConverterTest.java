package io.lakeflow.convert;

import static io.lakeflow.convert.Conversions.record;
import static io.lakeflow.convert.Conversions.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;

class RecordConverterTest {

    private static final StructType ADDRESS = schema(
            DataTypes.createStructField("zip", DataTypes.IntegerType, true),
            DataTypes.createStructField("lines", DataTypes.createArrayType(DataTypes.StringType, false), true));

    private static final StructType PERSON = schema(
            DataTypes.createStructField("id", DataTypes.LongType, false),
            DataTypes.createStructField("name", DataTypes.StringType, true),
            DataTypes.createStructField("address", ADDRESS, true),
            DataTypes.createStructField("attributes", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType), true),
            DataTypes.createStructField("scores", DataTypes.createMapType(DataTypes.IntegerType, DataTypes.DoubleType, false), true));

    private final RecordConverter converter = RecordConverter.of(PERSON);

    @Test
    void convertsANestedRecordInSchemaOrderIgnoringExtraKeys() {
        Map<String, Object> rec = record(
                "extra", "ignored",
                "address", record("lines", List.of("a", "b"), "zip", "12345", "country", "NL"),
                "name", "Ada",
                "id", 7,
                "scores", record("1", 2.5, "20", "3"));
        Object[] row = (Object[]) converter.convert(rec);
        assertThat(row).hasSize(5);
        assertThat(row[0]).isEqualTo(7L);
        assertThat(row[1]).isEqualTo(UTF8String.fromString("Ada"));
        Object[] address = (Object[]) row[2];
        assertThat(address[0]).isEqualTo(12345);
        assertThat((Object[]) address[1]).containsExactly(UTF8String.fromString("a"), UTF8String.fromString("b"));
        assertThat(row[3]).isNull();
        @SuppressWarnings("unchecked")
        Map<Object, Object> scores = (Map<Object, Object>) row[4];
        assertThat(scores).containsExactly(Map.entry(1, 2.5), Map.entry(20, 3.0));
    }

    @Test
    void emptyObjectIsAllNullsWhenEveryFieldIsNullable() {
        Object[] address = (Object[]) RecordConverter.of(ADDRESS).convert(Map.of());
        assertThat(address).containsExactly(null, null);
    }

    @Test
    void missingOrNullNonNullableFieldIsNamed() {
        assertThatThrownBy(() -> converter.convert(record("name", "Ada")))
                .isInstanceOf(ConversionException.class)
                .hasMessage("Field 'id' is null or missing, which does not fit bigint: the field is declared not"
                        + " nullable. Fix: send a value for 'id' in every record, or declare the field nullable.");
        ConversionException e = catchConversion(() -> converter.convert(record("id", null)));
        assertThat(e.fieldPath()).isEqualTo("id");
        assertThat(e.valueText()).isNull();
    }

    @Test
    void errorsCarryTheFullPath() {
        ConversionException e = catchConversion(() -> converter.convert(
                record("id", 1, "address", record("zip", "12.7"))));
        assertThat(e.fieldPath()).isEqualTo("address.zip");
        assertThat(e).hasMessage("Field 'address.zip' holds \"12.7\" (a String), which does not fit int: it has a"
                + " fractional part. Fix: declare the column as double or decimal, or send whole numbers.");

        e = catchConversion(() -> converter.convert(
                record("id", 1, "address", record("lines", Arrays.asList("a", "b", null)))));
        assertThat(e.fieldPath()).isEqualTo("address.lines[2]");
        assertThat(e.getMessage()).contains("containsNull=false");

        e = catchConversion(() -> converter.convert(record("id", 1, "attributes", record("color", "red"))));
        assertThat(e.fieldPath()).isEqualTo("attributes{color}");
        assertThat(e.valueText()).isEqualTo("\"red\"");
        assertThat(e.targetType()).isEqualTo(DataTypes.IntegerType);

        e = catchConversion(() -> converter.convert(record("id", 1, "scores", record("x", 1.0))));
        assertThat(e.fieldPath()).isEqualTo("scores{x}");
        assertThat(e.getMessage()).contains("the key does not fit the map's key type");

        e = catchConversion(() -> converter.convert(record("id", 1, "scores", record("1", null))));
        assertThat(e.getMessage()).contains("valueContainsNull=false");
    }

    @Test
    void shapesAreNeverChangedSilently() {
        assertThat(catchConversion(() -> converter.convert(record("id", 1, "address", record("lines", "a"))))
                .getMessage()).contains("a single value is not wrapped");
        assertThat(catchConversion(() -> converter.convert(record("id", 1, "address", "Main St 1"))).getMessage())
                .contains("a struct is built from a JSON object");
        assertThat(catchConversion(() -> converter.convert(record("id", 1, "attributes", List.of(1)))).getMessage())
                .contains("a map is built from a JSON object");
    }

    @Test
    void mapKeysThatCollideAfterConversionAreAnError() {
        assertThat(catchConversion(() -> converter.convert(record("id", 1, "scores", record("1", 1.0, "01", 2.0))))
                .getMessage()).contains("converts to the same int key");
    }

    @Test
    void valueTextIsTruncated() {
        String secretish = "x".repeat(10_000);
        ConversionException e = catchConversion(() -> converter.convert(record("id", secretish)));
        assertThat(e.valueText()).hasSizeLessThan(110).endsWith("...");
        assertThat(e.getMessage()).hasSizeLessThan(400);
        List<Object> many = new ArrayList<>(Collections.nCopies(100_000, "y"));
        e = catchConversion(() -> converter.convert(record("id", many)));
        assertThat(e.valueText()).hasSizeLessThan(110);
    }

    @Test
    void customFactoryBuildsComplexValues() {
        ValueFactory tagged = new ValueFactory() {
            @Override
            public Object struct(Object[] fieldValues) {
                return "struct" + Arrays.asList(fieldValues);
            }

            @Override
            public Object array(Object[] elements) {
                return "array" + Arrays.asList(elements);
            }

            @Override
            public Object map(Object[] keys, Object[] values) {
                return "map" + Arrays.asList(keys) + Arrays.asList(values);
            }
        };
        StructType t = schema(DataTypes.createStructField("a", new ArrayType(DataTypes.IntegerType, true), true),
                DataTypes.createStructField("m", new MapType(DataTypes.StringType, DataTypes.LongType, true), true));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k", 1);
        Object out = RecordConverter.of(t, tagged).convert(record("a", Arrays.asList(1, null), "m", m));
        assertThat(out).isEqualTo("struct[array[1, null], map[k][1]]");
    }

    @Test
    void unsupportedTypesAreRefusedWhenCompiling() {
        StructType t = schema(DataTypes.createStructField("outer",
                schema(DataTypes.createStructField("every", DataTypes.CalendarIntervalType, true)), true));
        assertThatThrownBy(() -> RecordConverter.of(t))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Field 'outer.every' has type interval")
                .hasMessageContaining("Fix: declare it as one of");
    }

    @Test
    void convertValueOfNullIsNull() {
        assertThat(converter.convertValue(null, DataTypes.IntegerType)).isNull();
    }

    @Test
    void schemaAndToStringDescribeTheConverter() {
        assertThat(converter.schema()).isSameAs(PERSON);
        assertThat(converter.toString()).startsWith("RecordConverter[struct<id:bigint");
    }

    private static ConversionException catchConversion(Runnable r) {
        try {
            r.run();
        } catch (ConversionException e) {
            return e;
        }
        throw new AssertionError("expected a ConversionException");
    }

}
