package io.lakeflow.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST creates and updates, DELETE deletes, each with its declared events. */
class StatefulWritesTest {

    ItemsSimulator sim;
    String base;
    static final String KEY = ItemsSimulator.KEY;

    @BeforeEach
    void start() throws Exception {
        sim = new ItemsSimulator();
        base = sim.start().get("base_url");
    }

    @AfterEach
    void stop() throws Exception {
        sim.close();
    }

    private List<JsonNode> events() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        Http.get(base + "/v1/events?limit=100", KEY).body().get("data").forEach(out::add);
        return out;
    }

    @Test
    void createTypesFormValuesLikeTheCorpusAndEmitsAnEvent() throws Exception {
        Http.Reply r = Http.post(base + "/v1/items", KEY,
                Map.of("amount", "4200", "category", "z", "active", "false", "metadata[plan]", "pro", "nested[score]", "3"), null);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        JsonNode item = r.body();
        String id = item.get("id").asText();
        assertThat(id).startsWith("it_");
        assertThat(item.get("amount").isIntegralNumber()).isTrue();
        assertThat(item.get("amount").asLong()).isEqualTo(4200);
        assertThat(item.get("active").isBoolean()).isTrue();
        assertThat(item.get("nested").get("score").isIntegralNumber()).isTrue();
        assertThat(item.at("/metadata/plan").asText()).isEqualTo("pro");
        assertThat(item.get("object").asText()).isEqualTo("item");
        assertThat(item.get("created").asLong()).isGreaterThan(1_600_000_000L);

        assertThat(Http.get(base + "/v1/items/" + id, KEY).body()).isEqualTo(item);
        JsonNode newest = events().get(0);
        assertThat(newest.get("type").asText()).isEqualTo("item.created");
        assertThat(newest.at("/data/object/id").asText()).isEqualTo(id);
        assertThat(newest.get("id").asText()).startsWith("evt_");
    }

    @Test
    void updateMergesMetadataAndClearsWithEmptyString() throws Exception {
        Http.Reply r = Http.post(base + "/v1/items/it_03", KEY, Map.of("metadata[extra]", "1", "category", ""), null);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.body().at("/metadata/k").asText()).isEqualTo("v3");
        assertThat(r.body().at("/metadata/extra").asText()).isEqualTo("1");
        assertThat(r.body().get("category").isNull()).isTrue();
        assertThat(events().get(0).get("type").asText()).isEqualTo("item.updated");
        assertThat(Http.post(base + "/v1/items/it_nope", KEY, Map.of("a", "b"), null).status()).isEqualTo(404);
    }

    @Test
    void deleteRemovesFromListsAndEmitsADeletedEvent() throws Exception {
        Http.Reply r = Http.delete(base + "/v1/items/it_05", KEY);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("deleted").asBoolean()).isTrue();
        assertThat(Http.get(base + "/v1/items/it_05", KEY).status()).isEqualTo(404);
        assertThat(Http.get(base + "/v1/items?limit=100", KEY).body().get("data")).hasSize(24);
        JsonNode event = events().get(0);
        assertThat(event.get("type").asText()).isEqualTo("item.deleted");
        assertThat(event.at("/data/object/id").asText()).isEqualTo("it_05");
        assertThat(Http.delete(base + "/v1/items/it_05", KEY).status()).isEqualTo(404);
    }

    @Test
    void idempotencyKeyReplaysTheFirstAnswer() throws Exception {
        Http.Reply first = Http.post(base + "/v1/items", KEY, Map.of("amount", "1"), "key-1");
        Http.Reply again = Http.post(base + "/v1/items", KEY, Map.of("amount", "1"), "key-1");
        assertThat(again.body().get("id")).isEqualTo(first.body().get("id"));
        assertThat(again.headers().get("Idempotent-Replayed")).isEqualTo("true");
        assertThat(Http.get(base + "/v1/items?limit=100", KEY).body().get("data")).hasSize(26);
    }

    @Test
    void eventsOfOneSecondAreListedNewestFirstByInsertionOrder() throws Exception {
        String id = Http.post(base + "/v1/items", KEY, Map.of("amount", "1"), null).body().get("id").asText();
        for (int i = 0; i < 5; i++) {
            Http.post(base + "/v1/items/" + id, KEY, Map.of("amount", String.valueOf(i + 2)), null);
        }
        List<JsonNode> events = events();
        List<Long> amounts = new ArrayList<>();
        events.forEach(e -> amounts.add(e.at("/data/object/amount").asLong()));
        assertThat(amounts).containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void eventsOlderThanTheRetentionAreHidden() throws Exception {
        assertThat(events()).noneMatch(e -> e.get("id").asText().equals("evt_old"));
    }
}
