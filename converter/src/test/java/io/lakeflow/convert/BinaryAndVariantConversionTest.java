package io.lakeflow.convert;

import static io.lakeflow.convert.Conversions.assertRejects;
import static io.lakeflow.convert.Conversions.convert;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.unsafe.types.VariantVal;
import org.junit.jupiter.api.Test;

class BinaryAndVariantConversionTest {

    @Test
    void binaryDecodesStrictBase64AndByteLists() {
        assertThat((byte[]) convert("aGVsbG8=", DataTypes.BinaryType)).isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
        assertThat((byte[]) convert("aGVsbG8", DataTypes.BinaryType)).isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
        assertThat((byte[]) convert("-_8=", DataTypes.BinaryType)).isEqualTo(new byte[] {(byte) 0xfb, (byte) 0xff});
        assertThat((byte[]) convert("+/8=", DataTypes.BinaryType)).isEqualTo(new byte[] {(byte) 0xfb, (byte) 0xff});
        assertThat((byte[]) convert("", DataTypes.BinaryType)).isEmpty();
        assertThat((byte[]) convert(List.of(0, 255, 16), DataTypes.BinaryType))
                .isEqualTo(new byte[] {0, (byte) 255, 16});
    }

    @Test
    void binaryRejectsNonBase64InsteadOfGuessing() {
        assertRejects("hello world", DataTypes.BinaryType).hasMessageContaining("not base64");
        assertRejects("aGVsbG8=\n", DataTypes.BinaryType).hasMessageContaining("not base64");
        assertRejects("a", DataTypes.BinaryType).hasMessageContaining("length or padding");
        assertRejects("aGVsbG8==", DataTypes.BinaryType).hasMessageContaining("length or padding");
        assertRejects("QR==", DataTypes.BinaryType).hasMessageContaining("non-zero unused bits");
        assertRejects("-+8=", DataTypes.BinaryType).hasMessageContaining("mixes");
        assertRejects(List.of(1, 256), DataTypes.BinaryType).hasMessageContaining("element 1 is not an integer from 0 to 255");
        assertRejects(List.of(-1), DataTypes.BinaryType).hasMessageContaining("element 0");
        assertRejects(12, DataTypes.BinaryType).hasMessageContaining("base64");
    }

    @Test
    void variantParsesJsonTextAndEncodesJsonLikeValues() {
        VariantVal fromText = (VariantVal) convert("{\"b\":[1,2.5,\"x\",null,true],\"a\":{}}", DataTypes.VariantType);
        assertThat(fromText.toJson(ZoneOffset.UTC)).isEqualTo("{\"a\":{},\"b\":[1,2.5,\"x\",null,true]}");

        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", List.of(1, new BigDecimal("2.5"), "x", java.util.Collections.singletonList(null), true));
        value.put("a", Map.of());
        value.put("big", new java.math.BigInteger("123456789012345678901234567890"));
        VariantVal built = (VariantVal) convert(value, DataTypes.VariantType);
        assertThat(built.toJson(ZoneOffset.UTC))
                .isEqualTo("{\"a\":{},\"b\":[1,2.5,\"x\",[null],true],\"big\":123456789012345678901234567890}");
        // Encoding a value directly equals parsing its JSON text.
        VariantVal parsed = (VariantVal) convert("{\"b\":[1,2.5,\"x\",[null],true],\"a\":{},"
                + "\"big\":123456789012345678901234567890}", DataTypes.VariantType);
        assertThat(built).isEqualTo(parsed);
        assertThat(((VariantVal) convert(7, DataTypes.VariantType)).toJson(ZoneOffset.UTC)).isEqualTo("7");
    }

    @Test
    void variantRejectsTextThatIsNotJson() {
        assertRejects("{not json", DataTypes.VariantType).hasMessageContaining("must be JSON text");
        assertRejects("plain words", DataTypes.VariantType).hasMessageContaining("must be JSON text");
        assertRejects("{\"a\":1,\"a\":2}", DataTypes.VariantType).hasMessageContaining("variant");
        Map<Object, Object> clash = new LinkedHashMap<>();
        clash.put(1, "int key");
        clash.put("1", "string key");
        assertRejects(clash, DataTypes.VariantType).hasMessageContaining("variant");
        assertRejects(Map.of("a", new Object()), DataTypes.VariantType).hasMessageContaining("not a JSON-like value");
    }
}
