package io.lakeflow.convert;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.assertj.core.api.AbstractThrowableAssert;

/** Small builders shared by the tests. */
final class Conversions {

    static final RecordConverter ANY = RecordConverter.of(new StructType());

    private Conversions() {
    }

    static Object convert(Object value, DataType type) {
        return ANY.convertValue(value, type);
    }

    static ConversionException failure(Object value, DataType type) {
        try {
            Object result = ANY.convertValue(value, type);
            throw new AssertionError("expected a ConversionException for " + value + " as " + type.simpleString()
                    + " but got " + (result instanceof Object[] a ? Arrays.deepToString(a) : result));
        } catch (ConversionException e) {
            return e;
        }
    }

    static AbstractThrowableAssert<?, ? extends Throwable> assertRejects(Object value, DataType type) {
        return assertThatThrownBy(() -> ANY.convertValue(value, type)).isInstanceOf(ConversionException.class);
    }

    static StructType schema(StructField... fields) {
        return new StructType(fields);
    }

    static Map<String, Object> record(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
