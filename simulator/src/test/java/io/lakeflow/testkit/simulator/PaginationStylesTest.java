package io.lakeflow.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each pagination style, walked to the end, returns every record exactly once, in order. */
class PaginationStylesTest {

    static ItemsSimulator sim;
    static String base;
    static final String KEY = ItemsSimulator.KEY;

    @BeforeAll
    static void start() throws Exception {
        sim = new ItemsSimulator();
        base = sim.start().get("base_url");
    }

    @AfterAll
    static void stop() throws Exception {
        sim.close();
    }

    static List<String> ascending() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(String.format("it_%02d", i));
        }
        return ids;
    }

    private static void collect(JsonNode array, List<String> into) {
        array.forEach(n -> into.add(n.get("id").asText()));
    }

    @Test
    void pageNumber() throws Exception {
        List<String> ids = new ArrayList<>();
        int pages = 0;
        for (int page = 1; ; page++) {
            Http.Reply r = Http.get(base + "/pages/items?page=" + page, KEY);
            assertThat(r.status()).isEqualTo(200);
            if (r.body().isEmpty()) {
                break;
            }
            pages++;
            collect(r.body(), ids);
        }
        assertThat(pages).isEqualTo(3);
        assertThat(ids).isEqualTo(ascending());
    }

    @Test
    void linkHeader() throws Exception {
        List<String> ids = new ArrayList<>();
        String url = base + "/link/items";
        Pattern next = Pattern.compile("<([^>]+)>; rel=\"next\"");
        int calls = 0;
        while (url != null) {
            Http.Reply r = Http.get(url, KEY);
            calls++;
            collect(r.body(), ids);
            Matcher m = next.matcher(r.headers().get("Link"));
            url = m.find() ? m.group(1) : null;
        }
        assertThat(calls).isEqualTo(4);
        assertThat(ids).isEqualTo(ascending());
    }

    @Test
    void offsetLimit() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int offset = 0; ; offset += 5) {
            JsonNode results = Http.get(base + "/offset/items?offset=" + offset, KEY).body().get("results");
            if (results.isEmpty()) {
                break;
            }
            collect(results, ids);
        }
        assertThat(ids).isEqualTo(ascending());
    }

    @Test
    void offsetLimitSortsByANestedFieldOnRequest() throws Exception {
        JsonNode results = Http.get(base + "/offset/items?limit=50&sort=nested.score&order=desc", KEY).body().get("results");
        List<Integer> scores = new ArrayList<>();
        results.forEach(n -> {
            if (!n.get("nested").isNull()) {
                scores.add(n.get("nested").get("score").asInt());
            }
        });
        assertThat(scores).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(Http.get(base + "/offset/items?sort=amount", KEY).status()).isEqualTo(400);
    }

    @Test
    void nextCursor() throws Exception {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode body = Http.get(base + "/cursor/items" + (cursor == null ? "" : "?cursor=" + cursor), KEY).body();
            collect(body.get("items"), ids);
            cursor = body.get("next_cursor").isNull() ? null : body.get("next_cursor").asText();
        } while (cursor != null);
        assertThat(ids).isEqualTo(ascending());
        assertThat(Http.get(base + "/cursor/items?cursor=garbage", KEY).status()).isEqualTo(400);
    }

    @Test
    void nextUrl() throws Exception {
        List<String> ids = new ArrayList<>();
        String url = base + "/next/items";
        while (url != null) {
            JsonNode body = Http.get(url, KEY).body();
            collect(body.get("items"), ids);
            url = body.get("next").isNull() ? null : body.get("next").asText();
        }
        assertThat(ids).isEqualTo(ascending());
    }

    @Test
    void startingAfterWalksNewestFirstWithTiesBrokenById() throws Exception {
        List<String> ids = new ArrayList<>();
        String after = null;
        int pages = 0;
        while (true) {
            JsonNode body = Http.get(base + "/v1/items?limit=7" + (after == null ? "" : "&starting_after=" + after), KEY).body();
            assertThat(body.get("object").asText()).isEqualTo("list");
            assertThat(body.get("url").asText()).isEqualTo("/v1/items");
            collect(body.get("data"), ids);
            pages++;
            if (!body.get("has_more").asBoolean()) {
                break;
            }
            after = ids.get(ids.size() - 1);
        }
        assertThat(pages).isEqualTo(4);
        List<String> expected = ascending();
        java.util.Collections.reverse(expected);
        assertThat(ids).isEqualTo(expected);
    }

    @Test
    void endingBeforeWalksBackTowardsNewer() throws Exception {
        JsonNode body = Http.get(base + "/v1/items?limit=3&ending_before=it_10", KEY).body();
        List<String> ids = new ArrayList<>();
        collect(body.get("data"), ids);
        assertThat(ids).containsExactly("it_13", "it_12", "it_11");
        assertThat(body.get("has_more").asBoolean()).isTrue();
    }

    @Test
    void singleEntityAndGetById() throws Exception {
        assertThat(Http.get(base + "/v1/account", KEY).body().get("id").asText()).isEqualTo("acct_1");
        assertThat(Http.get(base + "/v1/items/it_07", KEY).body().get("amount").asInt()).isEqualTo(700);
        Http.Reply missing = Http.get(base + "/v1/items/it_nope", KEY);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("error").get("message").asText()).contains("it_nope");
    }
}
