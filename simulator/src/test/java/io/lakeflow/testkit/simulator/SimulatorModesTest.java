package io.lakeflow.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The same SpecSimulator records the live API in record mode and serves a cassette in replay mode. */
class SimulatorModesTest {

    @AfterEach
    void simulateAgain() {
        System.clearProperty("lakeflow.test.mode");
    }

    /** Records "live" (another simulator standing in for the real API). */
    static class RecordingItemsSimulator extends ItemsSimulator {
        static String upstream;

        @Override
        protected Map<String, String> liveOptions() {
            return Map.of("base_url", upstream, "api_key", KEY);
        }
    }

    /** Replays the hand-written cassette. */
    static class ReplayingItemsSimulator extends ItemsSimulator {
        @Override
        protected String cassetteResource() {
            return "simulator/items/cassette.json";
        }
    }

    @Test
    void recordModeProxiesTheLiveApiAndWritesAScrubbedCassette() throws Exception {
        try (ItemsSimulator live = new ItemsSimulator()) {
            RecordingItemsSimulator.upstream = live.start().get("base_url");
            System.setProperty("lakeflow.test.mode", "record");
            RecordingItemsSimulator recording = new RecordingItemsSimulator();
            Map<String, String> options = recording.start();
            assertThat(options.get("base_url")).isNotEqualTo(RecordingItemsSimulator.upstream);
            Http.Reply r = Http.get(options.get("base_url") + "/v1/account", options.get("api_key"));
            assertThat(r.body().get("email").asText()).isEqualTo("owner@example.com");
            recording.close();
        }
        String cassette = Files.readString(Path.of("target/cassettes/SimulatorModesTest$RecordingItemsSimulator.json"));
        assertThat(cassette).contains("acct_1").doesNotContain("owner@example.com").doesNotContain(ItemsSimulator.KEY);
    }

    @Test
    void replayModeServesTheCassetteInTurn() throws Exception {
        System.setProperty("lakeflow.test.mode", "replay");
        try (ReplayingItemsSimulator replay = new ReplayingItemsSimulator()) {
            String base = replay.start().get("base_url");
            assertThat(Http.get(base + "/v1/account", null).body().get("id").asText()).isEqualTo("acct_recorded");
            assertThat(Http.get(base + "/v1/items?limit=1", null).body().at("/data/0/id").asText()).isEqualTo("it_first");
            assertThat(Http.get(base + "/v1/items?limit=1", null).body().at("/data/0/id").asText()).isEqualTo("it_second");
            assertThat(Http.get(base + "/v1/items?limit=2", null).status()).isEqualTo(404);
        }
    }
}
