package io.lakeflow.convert;

import static io.lakeflow.convert.Conversions.convert;
import static io.lakeflow.convert.Conversions.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.DecimalType;

class NumberPropertiesTest {

    @Property(tries = 1000)
    void anyLongRoundTripsFromEveryIntegralSpelling(@ForAll long v) {
        for (Object input : new Object[] {v, Long.toString(v), BigInteger.valueOf(v), new BigDecimal(v),
                (v >= 0 ? "+" : "") + v, " " + v + " ", BigDecimal.valueOf(v).setScale(2).toPlainString()}) {
            assertThat(convert(input, DataTypes.LongType)).as("%s", input).isEqualTo(v);
        }
    }

    @Property(tries = 500)
    void anyIntRoundTripsIntoEveryWideEnoughType(@ForAll int v) {
        assertThat(convert(v, DataTypes.IntegerType)).isEqualTo(v);
        assertThat(convert(Integer.toString(v), DataTypes.IntegerType)).isEqualTo(v);
        assertThat(convert((double) v, DataTypes.IntegerType)).isEqualTo(v);
        if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            assertThat(convert(v, DataTypes.ShortType)).isEqualTo((short) v);
        }
    }

    @Property(tries = 500)
    void outOfRangeAlwaysErrors(@ForAll("integralTypes") DataType type, @ForAll long v) {
        long min = type == DataTypes.ByteType ? Byte.MIN_VALUE : type == DataTypes.ShortType ? Short.MIN_VALUE : Integer.MIN_VALUE;
        long max = type == DataTypes.ByteType ? Byte.MAX_VALUE : type == DataTypes.ShortType ? Short.MAX_VALUE : Integer.MAX_VALUE;
        if (v >= min && v <= max) {
            assertThat(((Number) convert(v, type)).longValue()).isEqualTo(v);
        } else {
            assertThat(failure(v, type).reason()).startsWith("it is outside the range");
            assertThat(failure(Long.toString(v), type).reason()).startsWith("it is outside the range");
        }
    }

    @Property(tries = 300)
    void beyondLongAlwaysErrors(@ForAll @IntRange(min = 63, max = 200) int bits, @ForAll boolean negative) {
        BigInteger big = BigInteger.TWO.pow(bits).add(BigInteger.valueOf(bits));
        if (negative) {
            big = big.negate().subtract(BigInteger.ONE);
        }
        assertThat(failure(big, DataTypes.LongType).reason()).startsWith("it is outside the range");
        assertThat(failure(big.toString(), DataTypes.LongType).reason()).startsWith("it is outside the range");
    }

    @Property(tries = 300)
    void fractionalValuesNeverBecomeIntegers(@ForAll long whole, @ForAll @IntRange(min = 1, max = 9) int digit) {
        String text = whole + "." + digit;
        assertThat(failure(text, DataTypes.LongType).reason()).isEqualTo("it has a fractional part");
        assertThat(failure(new BigDecimal(text), DataTypes.LongType).reason()).isEqualTo("it has a fractional part");
    }

    @Provide
    Arbitrary<DataType> integralTypes() {
        return Arbitraries.of(DataTypes.ByteType, DataTypes.ShortType, DataTypes.IntegerType);
    }

    // ---- decimal

    record Fitting(DecimalType type, BigDecimal value) {
    }

    @Provide
    Arbitrary<Fitting> fittingDecimals() {
        return Arbitraries.integers().between(1, 38).flatMap(p -> Arbitraries.integers().between(0, p).flatMap(s ->
                Combinators.combine(
                        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(p).negate().add(BigInteger.ONE),
                                BigInteger.TEN.pow(p).subtract(BigInteger.ONE)),
                        Arbitraries.integers().between(0, s))
                        .as((unscaled, usedScale) -> {
                            // unscaled has at most p digits; shrinking its scale keeps at most p-s integer digits
                            BigDecimal v = new BigDecimal(unscaled, s);
                            BigDecimal shorter = v.setScale(usedScale, java.math.RoundingMode.DOWN);
                            return new Fitting(DataTypes.createDecimalType(p, s), shorter);
                        })));
    }

    @Property(tries = 1000)
    void everyFittingDecimalConvertsExactly(@ForAll("fittingDecimals") Fitting f) {
        int p = f.type().precision();
        int s = f.type().scale();
        for (Object input : new Object[] {f.value(), f.value().toPlainString(), f.value().toString()}) {
            Decimal d = (Decimal) convert(input, f.type());
            assertThat(d.toJavaBigDecimal()).as("%s into %s", input, f.type()).isEqualByComparingTo(f.value());
            assertThat(d.precision()).isEqualTo(p);
            assertThat(d.scale()).isEqualTo(s);
        }
    }

    @Property(tries = 1000)
    void everyDecimalWithTooManyFractionalDigitsErrors(@ForAll("fittingDecimals") Fitting f,
                                                       @ForAll @IntRange(min = 1, max = 9) int lastDigit) {
        int s = f.type().scale();
        if (s == 38) {
            return; // no room for one more digit in a BigDecimal test of decimal(38,38)
        }
        BigDecimal tooFine = f.value().setScale(s).add(BigDecimal.valueOf(lastDigit, s + 1));
        assertThat(failure(tooFine, f.type()).reason()).contains("fractional digits and the column keeps " + s);
        assertThat(failure(tooFine.toPlainString(), f.type()).reason()).contains("fractional digits");
    }

    @Property(tries = 500)
    void everyDecimalWithTooManyIntegerDigitsErrors(@ForAll("fittingDecimals") Fitting f) {
        int p = f.type().precision();
        int s = f.type().scale();
        BigDecimal tooBig = f.value().abs().add(BigDecimal.TEN.pow(p - s));
        assertThat(failure(tooBig, f.type()).reason()).contains("integer digits");
    }
}
