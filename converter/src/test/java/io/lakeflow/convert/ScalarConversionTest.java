package io.lakeflow.convert;

import static io.lakeflow.convert.Conversions.assertRejects;
import static io.lakeflow.convert.Conversions.convert;
import static io.lakeflow.convert.Conversions.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.VarcharType;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;

class ScalarConversionTest {

    // ---- integers

    @Test
    void integersAcceptIntegralNumbersAndStrings() {
        assertThat(convert(12, DataTypes.IntegerType)).isEqualTo(12);
        assertThat(convert(12L, DataTypes.IntegerType)).isEqualTo(12);
        assertThat(convert(12.0, DataTypes.IntegerType)).isEqualTo(12);
        assertThat(convert(new BigDecimal("12.000"), DataTypes.IntegerType)).isEqualTo(12);
        assertThat(convert(BigInteger.valueOf(-7), DataTypes.LongType)).isEqualTo(-7L);
        assertThat(convert("12", DataTypes.LongType)).isEqualTo(12L);
        assertThat(convert("-3", DataTypes.ShortType)).isEqualTo((short) -3);
        assertThat(convert("+4", DataTypes.ByteType)).isEqualTo((byte) 4);
        assertThat(convert(" 42 ", DataTypes.IntegerType)).isEqualTo(42);
        assertThat(convert("1e3", DataTypes.IntegerType)).isEqualTo(1000);
        assertThat(convert("9223372036854775807", DataTypes.LongType)).isEqualTo(Long.MAX_VALUE);
        assertThat(convert("-9223372036854775808", DataTypes.LongType)).isEqualTo(Long.MIN_VALUE);
        assertThat(convert(-9.223372036854775808E18, DataTypes.LongType)).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void integersRejectFractionsInsteadOfTruncating() {
        ConversionException e = failure("12.7", DataTypes.IntegerType);
        assertThat(e.getMessage()).isEqualTo("The value \"12.7\" (a String) does not fit int: it has a"
                + " fractional part. Fix: declare the column as double or decimal, or send whole numbers.");
        assertThat(e.valueText()).isEqualTo("\"12.7\"");
        assertThat(e.targetType()).isEqualTo(DataTypes.IntegerType);
        assertRejects(12.7, DataTypes.LongType).hasMessageContaining("fractional part");
        assertRejects(new BigDecimal("0.5"), DataTypes.LongType).hasMessageContaining("fractional part");
    }

    @Test
    void integersRejectOutOfRangeBooleansAndBlanks() {
        assertRejects(128, DataTypes.ByteType).hasMessageContaining("outside the range of tinyint (-128 to 127)");
        assertRejects("2147483648", DataTypes.IntegerType).hasMessageContaining("outside the range of int");
        assertRejects("9223372036854775808", DataTypes.LongType).hasMessageContaining("outside the range of bigint");
        assertRejects(BigInteger.TWO.pow(64), DataTypes.LongType).hasMessageContaining("outside the range");
        assertRejects(9.223372036854775807E18, DataTypes.LongType).hasMessageContaining("outside the range");
        assertRejects("1e999999999", DataTypes.LongType).hasMessageContaining("outside the range");
        assertRejects(true, DataTypes.IntegerType).hasMessageContaining("(a Boolean)")
                .hasMessageContaining("declare the column as boolean");
        assertRejects("", DataTypes.IntegerType).hasMessageContaining("it is blank");
        assertRejects("   ", DataTypes.IntegerType).hasMessageContaining("it is blank");
        assertRejects("12abc", DataTypes.IntegerType).hasMessageContaining("it is not a number");
        assertRejects("0x10", DataTypes.IntegerType).hasMessageContaining("it is not a number");
        assertRejects(Double.NaN, DataTypes.IntegerType).hasMessageContaining("not a finite number");
        assertRejects(List.of(1), DataTypes.IntegerType).hasMessageContaining("(a List)");
    }

    // ---- floating point

    @Test
    void floatingPointAcceptsNumbersNumericStringsAndSpecialWords() {
        assertThat(convert(1.5, DataTypes.DoubleType)).isEqualTo(1.5);
        assertThat(convert(3, DataTypes.DoubleType)).isEqualTo(3.0);
        assertThat(convert("1e-3", DataTypes.DoubleType)).isEqualTo(0.001);
        assertThat(convert(new BigDecimal("2.25"), DataTypes.FloatType)).isEqualTo(2.25f);
        assertThat(convert("NaN", DataTypes.DoubleType)).isEqualTo(Double.NaN);
        assertThat(convert("-Infinity", DataTypes.DoubleType)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(convert("inf", DataTypes.FloatType)).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(convert(Double.NaN, DataTypes.FloatType)).isEqualTo(Float.NaN);
    }

    @Test
    void floatingPointRejectsOverflowJavaSyntaxAndBooleans() {
        assertRejects(1e300, DataTypes.FloatType).hasMessageContaining("outside the range of float")
                .hasMessageContaining("Fix: declare the column as double");
        assertRejects("1e400", DataTypes.DoubleType).hasMessageContaining("outside the range of double");
        assertRejects(new BigDecimal("1e400"), DataTypes.DoubleType).hasMessageContaining("outside the range");
        assertRejects("1d", DataTypes.DoubleType).hasMessageContaining("not a number");
        assertRejects("0x1p3", DataTypes.DoubleType).hasMessageContaining("not a number");
        assertRejects(false, DataTypes.DoubleType).hasMessageContaining("not a number");
        assertRejects("", DataTypes.FloatType).hasMessageContaining("blank");
    }

    // ---- decimal

    @Test
    void decimalsKeepExactValues() {
        DecimalType t = DataTypes.createDecimalType(10, 2);
        assertThat(convert("12.34", t)).isEqualTo(Decimal.apply(new BigDecimal("12.34"), 10, 2));
        Decimal d = (Decimal) convert(0.1, t);
        assertThat(d.toJavaBigDecimal()).isEqualByComparingTo("0.10");
        assertThat(d.precision()).isEqualTo(10);
        assertThat(d.scale()).isEqualTo(2);
        assertThat(((Decimal) convert(7, t)).toJavaBigDecimal()).isEqualTo(new BigDecimal("7.00"));
        assertThat(((Decimal) convert("1.50", DataTypes.createDecimalType(2, 1))).toJavaBigDecimal())
                .isEqualTo(new BigDecimal("1.5"));
        assertThat(((Decimal) convert("1e2", DataTypes.createDecimalType(3, 0))).toJavaBigDecimal())
                .isEqualTo(new BigDecimal("100"));
        DecimalType wide = DataTypes.createDecimalType(38, 10);
        String big = "1234567890123456789012345678.0123456789";
        assertThat(((Decimal) convert(big, wide)).toJavaBigDecimal()).isEqualTo(new BigDecimal(big));
        assertThat(((Decimal) convert(new BigInteger("12345678901234567890"), wide)).toJavaBigDecimal())
                .isEqualByComparingTo("12345678901234567890");
    }

    @Test
    void decimalsNeverRoundSilently() {
        DecimalType t = DataTypes.createDecimalType(5, 2);
        assertRejects("1.234", t).hasMessageContaining("it has 3 fractional digits and the column keeps 2")
                .hasMessageContaining("decimal(5,2)");
        assertRejects(1000, t).hasMessageContaining("more than 3 integer digits");
        assertRejects("1000.0", t).hasMessageContaining("more than 3 integer digits");
        assertRejects("1e999999999", t).hasMessageContaining("integer digits");
        assertRejects("1e-999999999", t).hasMessageContaining("fractional digits");
        assertRejects(Double.NaN, t).hasMessageContaining("not a finite number");
        assertRejects(true, t).hasMessageContaining("not a number");
        assertRejects("12,5", t).hasMessageContaining("not a decimal number");
    }

    // ---- boolean

    @Test
    void booleansAcceptOnlyTrueAndFalse() {
        assertThat(convert(true, DataTypes.BooleanType)).isEqualTo(true);
        assertThat(convert("TRUE", DataTypes.BooleanType)).isEqualTo(true);
        assertThat(convert("False", DataTypes.BooleanType)).isEqualTo(false);
        for (Object bad : List.of("yes", "1", 1, 0, "", "t")) {
            assertRejects(bad, DataTypes.BooleanType).hasMessageContaining("only true and false");
        }
    }

    // ---- string

    @Test
    void stringsRenderNumbersAndStructuresAsJson() {
        assertThat(convert("héllo", DataTypes.StringType)).isEqualTo(UTF8String.fromString("héllo"));
        assertThat(convert(5, DataTypes.StringType)).hasToString("5");
        assertThat(convert(new BigDecimal("1E+10"), DataTypes.StringType)).hasToString("10000000000");
        assertThat(convert(1.5, DataTypes.StringType)).hasToString("1.5");
        assertThat(convert(true, DataTypes.StringType)).hasToString("true");
        assertThat(convert(Map.of("a", List.of(1, "x", Map.of())), DataTypes.StringType))
                .hasToString("{\"a\":[1,\"x\",{}]}");
        assertThat(convert(List.of(), DataTypes.StringType)).hasToString("[]");
    }

    @Test
    void varcharChecksLength() {
        assertThat(convert("abc", VarcharType.apply(3))).hasToString("abc");
        assertRejects("abcd", VarcharType.apply(3)).hasMessageContaining("longer than 3 characters");
    }

    @Test
    void nonJsonObjectsAreRejectedNotToStringed() {
        assertRejects(new Object(), DataTypes.StringType).hasMessageContaining("not a JSON-like value")
                .hasMessageContaining("(an Object)");
    }
}
