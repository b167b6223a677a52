package io.lakeflow.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records a "live" API (here: a simulator standing in for it) through the proxy, checks what the cassette
 * holds, replays it, and turns it into a corpus.
 */
class RecordReplayTest {

    static final String KEY = ItemsSimulator.KEY;

    @Test
    void recordScrubsReplayServesAndCorpusRebuilds(@TempDir Path dir) throws Exception {
        try (ItemsSimulator live = new ItemsSimulator()) {
            String upstream = live.start().get("base_url");
            RecordingProxy proxy = new RecordingProxy(upstream, "items", new Scrubber(List.of(KEY)));
            Http.Reply first;
            Http.Reply account;
            try (SimulatorServer recorder = SimulatorServer.start(proxy, FaultPlan.none(),
                    (s, m) -> SimResponse.json(s, "{}"))) {
                first = Http.get(recorder.baseUrl() + "/v1/items?limit=3&access_token=tok_123", null);
                first = Http.get(recorder.baseUrl() + "/v1/items?limit=3", KEY);
                account = Http.get(recorder.baseUrl() + "/v1/account", KEY);
                Http.post(recorder.baseUrl() + "/v1/items", KEY, Map.of("email", "jane.doe@corp.example.com",
                        "api_key", "sk_live_should_not_be_kept"), "idem-1");
            }
            Path file = dir.resolve("items.json");
            proxy.save(file);
            String text = Files.readString(file);
            assertThat(text).doesNotContain(KEY).doesNotContain("tok_123").doesNotContain("owner@example.com")
                    .doesNotContain("jane.doe").doesNotContain("sk_live_should_not_be_kept")
                    .doesNotContainIgnoringCase("authorization").contains("REDACTED").contains("@example.invalid");
            assertThat(account.body().get("email").asText()).isEqualTo("owner@example.com"); // the client saw the real data

            Cassette cassette = Cassette.read(file);
            CassetteReplayer replayer = new CassetteReplayer(cassette);
            try (SimulatorServer replay = SimulatorServer.start(replayer, FaultPlan.none(), (s, m) -> SimResponse.json(s, "{}"))) {
                Http.Reply again = Http.get(replay.baseUrl() + "/v1/items?limit=3", KEY);
                assertThat(again.status()).isEqualTo(200);
                assertThat(again.body()).isEqualTo(first.body());
                assertThat(Http.get(replay.baseUrl() + "/v1/items?limit=4", KEY).status()).isEqualTo(404);
                assertThat(replayer.misses()).containsExactly("GET /v1/items?limit=4");
            }

            Map<String, List<Map<String, Object>>> corpus = CassetteToCorpus.convert(cassette,
                    SimulatorSpec.fromResource("simulator/items/endpoints.yaml"));
            assertThat(corpus.get("items")).extracting(r -> r.get("id")).containsExactly("it_24", "it_23", "it_22");
            assertThat(corpus.get("account")).hasSize(1);
        }
    }

    @Test
    void aSecretThatSurvivesScrubbingStopsTheWrite(@TempDir Path dir) {
        Scrubber scrubber = new Scrubber(List.of(KEY));
        Cassette cassette = Cassette.empty("items");
        cassette.interactions().add(new Cassette.Interaction(
                scrubber.request("GET", "/v1/echo", Map.of(), null, null),
                scrubber.response(200, Map.of("Content-Type", "application/json"), "{\"note\":\"you sent " + KEY + "\"}")));
        assertThatThrownBy(() -> {
            scrubber.check(cassette);
            cassette.write(dir.resolve("x.json"));
        }).isInstanceOf(IllegalStateException.class).hasMessageContaining("/v1/echo").hasMessageNotContaining(KEY);
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void responseHeadersOutsideTheSafeListAreDropped() {
        Scrubber scrubber = new Scrubber(List.of());
        Cassette.Response r = scrubber.response(200, Map.of("Set-Cookie", "session=abc", "Content-Type", "application/json",
                "Link", "<https://api/x?page=2>; rel=\"next\""), "[]");
        assertThat(r.headers()).containsOnlyKeys("Content-Type", "Link");
    }
}
