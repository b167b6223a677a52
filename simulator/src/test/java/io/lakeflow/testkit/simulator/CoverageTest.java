package io.lakeflow.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An unmatched request fails the run; unexercised endpoints are listed. */
class CoverageTest {

    @Test
    void unmatchedRequestFailsTheRunNamingTheRequest() throws Exception {
        ItemsSimulator sim = new ItemsSimulator();
        String base = sim.start().get("base_url");
        Http.Reply r = Http.get(base + "/v1/widgets?limit=3", ItemsSimulator.KEY);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body().at("/error/message").asText()).contains("GET /v1/widgets").contains("Fix:");
        assertThatThrownBy(sim::close).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GET /v1/widgets?limit=3").hasMessageContaining("Fix:");
    }

    @Test
    void coverageFileCountsRequestsAndListsEndpointsNeverExercised() throws Exception {
        ItemsSimulator sim = new ItemsSimulator();
        String base = sim.start().get("base_url");
        Http.get(base + "/v1/items", ItemsSimulator.KEY);
        Http.get(base + "/v1/items", ItemsSimulator.KEY);
        assertThat(sim.dispatcher().coverage().neverExercised()).contains("GET /v1/events", "DELETE /v1/items/{id}")
                .doesNotContain("GET /v1/items");
        sim.close();
        JsonNode doc = Http.JSON.readTree(Files.readString(Path.of("target/simulator-coverage/ItemsSimulator.json")));
        assertThat(doc.at("/endpoints/GET ~1v1~1items").asInt()).isEqualTo(2);
        assertThat(doc.get("never_exercised").toString()).contains("GET /v1/events");
        assertThat(doc.get("unmatched_requests")).isEmpty();
    }

    @Test
    void aBadSpecFailsAtLoadNamingTheEndpoint() {
        assertThatThrownBy(() -> SimulatorSpec.fromYaml("""
                endpoints:
                  - path: /x
                    corpus: x
                    params: {limit: {role: limitt}}
                """)).hasMessageContaining("/x").hasMessageContaining("limitt").hasMessageContaining("Fix:");
        assertThatThrownBy(() -> SimulatorSpec.fromYaml("""
                endpoints:
                  - path: /x
                    corpus: x
                    paginaton: {}
                """)).hasMessageContaining("paginaton");
    }
}
