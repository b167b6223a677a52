package io.lakeflow.pipeline.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class SchemaWideningTest {

    private static final StructType TABLE = new StructType()
            .add("id", DataTypes.LongType, false)
            .add("tags", DataTypes.createArrayType(DataTypes.StringType, false))
            .add("attributes", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType, false))
            .add("address", new StructType().add("city", DataTypes.StringType, false));

    @Property
    void aSchemaWidensItselfAndItsNullableCopyButNotTheReverse(@ForAll("schemas") StructType schema) {
        assertThat(SchemaWidening.difference(schema, schema)).isNull();
        assertThat(SchemaWidening.difference(schema.asNullable(), schema)).isNull();
        if (!schema.asNullable().equals(schema)) {
            assertThat(SchemaWidening.difference(schema, schema.asNullable())).contains("not nullable");
        }
    }

    @Test
    void saysWhereANarrowerSchemaDiffers() {
        StructType wider = TABLE.asNullable();
        assertThat(SchemaWidening.difference(TABLE, wider)).isEqualTo("'id' is not nullable, but the table's is");
        StructType elements = wider.add("x", DataTypes.StringType);
        assertThat(SchemaWidening.difference(elements, TABLE)).isEqualTo("the top level has 5 fields, the table 4");
        StructType nested = new StructType().add("id", DataTypes.LongType).add("tags",
                DataTypes.createArrayType(DataTypes.StringType)).add("attributes", DataTypes.createMapType(
                DataTypes.StringType, DataTypes.IntegerType)).add("address", new StructType().add("town",
                DataTypes.StringType));
        assertThat(SchemaWidening.difference(nested, TABLE))
                .isEqualTo("field #1 of 'address' is 'town', the table's is 'city'");
        StructType typed = new StructType().add("id", DataTypes.IntegerType).add("tags", DataTypes.createArrayType(
                DataTypes.StringType)).add("attributes", DataTypes.createMapType(DataTypes.StringType,
                DataTypes.IntegerType)).add("address", new StructType().add("city", DataTypes.StringType));
        assertThat(SchemaWidening.difference(typed, TABLE)).isEqualTo("'id' is int, the table's is bigint");
        assertThat(SchemaWidening.difference(TABLE.asNullable(), new StructType().add("id", DataTypes.LongType)
                .add("tags", DataTypes.createArrayType(DataTypes.StringType)).add("attributes",
                DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType)).add("address",
                new StructType().add("city", DataTypes.StringType)))).isNull();
    }

    @Provide
    Arbitrary<StructType> schemas() {
        return structs(2);
    }

    private static Arbitrary<StructType> structs(int depth) {
        Arbitrary<DataType> type = types(depth);
        return Arbitraries.integers().between(1, 4).flatMap(n -> type.list().ofSize(n).flatMap(types ->
                Arbitraries.of(true, false).list().ofSize(n).map(nulls -> struct(types, nulls))));
    }

    private static StructType struct(List<DataType> types, List<Boolean> nullable) {
        StructType s = new StructType();
        for (int i = 0; i < types.size(); i++) {
            s = s.add("f" + i, types.get(i), nullable.get(i));
        }
        return s;
    }

    private static Arbitrary<DataType> types(int depth) {
        Arbitrary<DataType> atoms = Arbitraries.of(DataTypes.LongType, DataTypes.StringType, DataTypes.BooleanType,
                DataTypes.TimestampType, DataTypes.createDecimalType(12, 2));
        if (depth == 0) {
            return atoms;
        }
        Arbitrary<DataType> inner = types(depth - 1);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Arbitraries.oneOf(atoms,
                inner.flatMap(e -> flag.map(n -> DataTypes.createArrayType(e, n))),
                inner.flatMap(v -> flag.map(n -> DataTypes.createMapType(DataTypes.StringType, v, n))),
                structs(depth - 1).map(s -> (DataType) s));
    }
}
