package io.lakeflow.connectors.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakeflow.connect.Offset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Faults of the source are absorbed by the connector's retries, and reported clearly when they are not. */
class RetryTest {

    @Test
    void thirtyPercentFaultsStillYieldExactlyTheRows() {
        try (ExampleSourceServer faulty = ExampleSourceServer.start(ExampleServerConfig.builder()
                .faultProbability(0.3).maxRetryAfter(0).build());
             ExampleConnector connector = new ExampleConnector(Sources.options(faulty, "max_retries", "12",
                     "page_size", "20"))) {
            for (ExampleTable table : ExampleCatalog.tables()) {
                OffsetLoop.Drained drained = OffsetLoop.drain(connector, table.name(), Offset.empty(), false);
                assertThat(Sources.ids(drained.records(), table.keyField())).as(table.name())
                        .containsExactlyInAnyOrderElementsOf(Sources.ids(faulty.rows(table.name()), table.keyField()));
            }
            assertThat(faulty.faultsInjected()).as("faults were injected (so retries happened)").isGreaterThan(10);
        }
    }

    @Test
    void exhaustedRetriesNameTheRequestAndStatusButNotTheToken() {
        String token = "secret-token-123";
        try (ExampleSourceServer down = ExampleSourceServer.start(ExampleServerConfig.builder().token(token)
                .faultProbability(1).maxRetryAfter(0).build());
             ExampleConnector connector = new ExampleConnector(Sources.options(down, "max_retries", "2"))) {
            assertThatThrownBy(() -> connector.readTable("users", Offset.empty(), Map.of()))
                    .isInstanceOf(ExampleApiException.class)
                    .hasMessageContaining("GET /tables/users/watermark")
                    .hasMessageContaining("after 2 retries")
                    .hasMessageContaining("Fix:")
                    .hasMessageNotContaining(token)
                    .satisfies(e -> assertThat(((ExampleApiException) e).status()).isIn(429, 503));
            assertThat(down.faultsInjected()).isEqualTo(3);
        }
    }

    @Test
    void aWrongTokenIsAClearErrorWithoutRetries() {
        try (ExampleSourceServer server = ExampleSourceServer.start(ExampleServerConfig.defaults());
             ExampleConnector connector = new ExampleConnector(Map.of("base_url", server.baseUrl(),
                     "token", "wrong-token-456"))) {
            assertThatThrownBy(() -> connector.readTable("users", Offset.empty(), Map.of()))
                    .isInstanceOf(ExampleApiException.class)
                    .hasMessageContaining("401")
                    .hasMessageContaining("'token'")
                    .hasMessageNotContaining("wrong-token-456");
        }
    }
}
