package io.lakeflow.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class IngestionTypeTest {

    @Test
    void parsesAndPrintsConfigNames() {
        for (IngestionType type : IngestionType.values()) {
            assertThat(IngestionType.fromConfigName(type.configName())).isEqualTo(type);
            assertThat(IngestionType.fromConfigName(type.name())).isEqualTo(type);
        }
        assertThat(IngestionType.CDC_WITH_DELETES.toString()).isEqualTo("cdc_with_deletes");
        assertThatThrownBy(() -> IngestionType.fromConfigName("scd2"))
                .hasMessageContaining("snapshot, cdc, cdc_with_deletes, append");
    }

    @Test
    void secretLookingNames() {
        assertThat(ConnectionParameter.looksSecret("api_key")).isTrue();
        assertThat(ConnectionParameter.looksSecret("accessToken")).isTrue();
        assertThat(ConnectionParameter.looksSecret("client-secret")).isTrue();
        assertThat(ConnectionParameter.looksSecret("PASSWORD")).isTrue();
        assertThat(ConnectionParameter.looksSecret("base_url")).isFalse();
        assertThat(ConnectionParameter.looksSecret("keyspace")).isFalse();
    }

    @Test
    void sparkTypesWorkWithoutSparkCore() {
        StructType schema = new StructType().add("id", DataTypes.LongType, false).add("name", DataTypes.StringType);
        assertThat(DataType.fromJson(schema.json())).isEqualTo(schema);
        assertThat(schema.simpleString()).isEqualTo("struct<id:bigint,name:string>");
    }
}
