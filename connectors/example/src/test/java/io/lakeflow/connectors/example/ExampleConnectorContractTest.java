package io.lakeflow.connectors.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakeflow.connect.IngestionType;
import io.lakeflow.connect.LakeflowConnectorProvider;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.TableMetadata;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The connector's contract beyond reading: options, tables, metadata, errors, registration. */
class ExampleConnectorContractTest {

    private static final String TOKEN = "contract-secret-789";
    private static ExampleSourceServer server;
    private static ExampleConnector connector;

    @BeforeAll
    static void start() {
        server = ExampleSourceServer.start(ExampleServerConfig.builder().token(TOKEN).build());
        connector = new ExampleConnector(Sources.options(server));
    }

    @AfterAll
    static void stop() {
        connector.close();
        server.close();
    }

    @Test
    void listsTheCatalogsTablesWithStableSchemasAndValidMetadata() {
        assertThat(connector.listTables()).containsExactly("products", "events", "users", "orders", "accounts", "metrics");
        for (String table : connector.listTables()) {
            StructType schema = connector.getTableSchema(table, Map.of());
            TableMetadata metadata = connector.readTableMetadata(table, Map.of());
            assertThat(connector.getTableSchema(table, Map.of())).isEqualTo(schema);
            assertThat(connector.readTableMetadata(table, Map.of())).isEqualTo(metadata);
            List<String> fields = List.of(schema.fieldNames());
            assertThat(fields).containsAll(metadata.primaryKeys());
            if (metadata.ingestionType().requiresPrimaryKeys()) {
                assertThat(metadata.primaryKeys()).as(table).isNotEmpty();
            }
            if (metadata.ingestionType().requiresCursor()) {
                assertThat(fields).as(table).contains(metadata.cursorField());
            }
        }
        assertThat(connector.readTableMetadata("orders", Map.of()))
                .isEqualTo(TableMetadata.cdcWithDeletes("updated_at", "order_id"));
        assertThat(connector.readTableMetadata("events", Map.of())).isEqualTo(TableMetadata.append("created_at"));
        assertThat(connector.readTableMetadata("products", Map.of()).ingestionType()).isEqualTo(IngestionType.SNAPSHOT);
        assertThat(connector.getTableSchema("accounts", Map.of()).simpleString())
                .contains("address:struct<street:string,city:string,zip:string,geo:struct<lat:double,lon:double>>")
                .contains("contacts:array<struct<name:string,email:string,phone:string>>")
                .contains("attributes:map<string,string>").contains("avatar:binary");
    }

    @Test
    void everyMethodRejectsAnUnknownTableEagerlyListingTheValidOnes() {
        String bad = "__nonexistent_table__";
        List<Executable> calls = List.of(
                () -> connector.getTableSchema(bad, Map.of()),
                () -> connector.readTableMetadata(bad, Map.of()),
                () -> connector.readTable(bad, Offset.empty(), Map.of()),
                () -> connector.readTableDeletes(bad, Offset.empty(), Map.of()),
                () -> connector.isPartitioned(bad),
                () -> connector.getPartitions(bad, Map.of()),
                () -> connector.latestOffset(bad, Map.of(), null),
                () -> connector.getPartitions(bad, Map.of(), null, Offset.of("cursor", "2025-01-01T00:00:00Z")),
                () -> connector.readPartition(bad, Map.of(), Map.of()));
        for (Executable call : calls) {
            assertThatThrownBy(call::execute).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(bad).hasMessageContaining("users, orders");
        }
    }

    @Test
    void readTableDeletesIsOnlyForCdcWithDeletesTables() {
        assertThatThrownBy(() -> connector.readTableDeletes("users", Offset.empty(), Map.of()))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("orders");
    }

    @Test
    void foreignOffsetsAreRejectedWithAFix() {
        assertThatThrownBy(() -> connector.readTable("users", Offset.of("page", 3), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("users").hasMessageContaining("{\"page\":3}").hasMessageContaining("Fix:");
        assertThatThrownBy(() -> connector.readTable("users", Offset.of(Map.of("cursor", "soon", "id", 1)), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void optionsAreValidatedByNameWithoutEchoingTheToken() {
        assertThatThrownBy(() -> new ExampleConnector(Map.of("base_url", "http://127.0.0.1:1")))
                .hasMessageContaining("'token'");
        assertThatThrownBy(() -> new ExampleConnector(Map.of("base_url", "ftp://x", "token", TOKEN)))
                .hasMessageContaining("'base_url'").hasMessageNotContaining(TOKEN);
        for (String value : List.of("0", "101", "ten")) {
            assertThatThrownBy(() -> new ExampleConnector(Sources.options(server, "page_size", value)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'page_size'").hasMessageContaining(value).hasMessageNotContaining(TOKEN);
        }
        assertThatThrownBy(() -> new ExampleConnector(Sources.options(server, "max_retries", "-1")))
                .hasMessageContaining("'max_retries'");
        assertThatThrownBy(() -> new ExampleConnector(Sources.options(server, "max_records_per_batch", "0")))
                .hasMessageContaining("'max_records_per_batch'");
    }

    @Test
    void toStringNeverShowsTheToken() {
        assertThat(connector.toString()).contains(server.baseUrl()).contains("***").doesNotContain(TOKEN);
        assertThat(server.config().toString()).doesNotContain(TOKEN);
    }

    @Test
    void isRegisteredAsExampleWithTheTokenSecret() {
        LakeflowConnectorProvider provider = LakeflowConnectorProvider.find("example");
        assertThat(provider.connectorClass()).isEqualTo(ExampleConnector.class);
        assertThat(provider.connectionParameters()).filteredOn(p -> p.secret()).extracting(p -> p.name())
                .containsExactly("token");
        assertThat(provider.redact(Sources.options(server))).containsEntry("token", "***")
                .containsEntry("base_url", server.baseUrl());
        try (var created = provider.create(Sources.options(server))) {
            assertThat(created.listTables()).contains("metrics");
        }
    }

    @Test
    void withoutBaseUrlItReadsTheSharedEmbeddedSource() {
        try (ExampleConnector embedded = new ExampleConnector(Map.of());
             ExampleConnector again = new ExampleConnector(Map.of())) {
            OffsetLoop.Drained products = OffsetLoop.drain(embedded, "products", Offset.empty(), false);
            assertThat(products.records()).hasSize(53);
            assertThat(embedded.toString()).isEqualTo(again.toString());
        }
    }
}
