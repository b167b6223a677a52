package io.lakeflow.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Filters, credentials and parameter checks behave like the real API. */
class RequestRulesTest {

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

    private static List<String> ids(String query) throws Exception {
        Http.Reply r = Http.get(base + "/v1/items?limit=100&" + query, KEY);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.body().get("data").forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    @Test
    void comparisonFiltersOnCreated() throws Exception {
        assertThat(ids("created[gte]=1010")).hasSize(5).contains("it_20", "it_24");
        assertThat(ids("created[gt]=1010")).hasSize(3);
        assertThat(ids("created[lt]=1001")).containsExactlyInAnyOrder("it_00", "it_01");
        assertThat(ids("created[lte]=1001")).hasSize(4);
        assertThat(ids("created=1003")).containsExactlyInAnyOrder("it_06", "it_07");
        assertThat(ids("created[gte]=1002&created[lt]=1004")).hasSize(4);
    }

    @Test
    void equalityInAndNotEqualOnStringsAndNestedFields() throws Exception {
        assertThat(ids("category=a")).hasSize(9);
        assertThat(ids("category_in[]=a&category_in[]=b")).hasSize(17);
        assertThat(ids("category_in[]=a,c")).hasSize(17);
        assertThat(ids("not_category=a")).hasSize(16);
        // nested.score > 10; records whose nested object is null never match
        for (String id : ids("min_score=10")) {
            int i = Integer.parseInt(id.substring(3));
            assertThat(i % 5).isNotZero();
            assertThat(i * 3 % 17).isGreaterThan(10);
        }
    }

    @Test
    void missingCredentialIsRefusedWithTheApiErrorShape() throws Exception {
        Http.Reply r = Http.get(base + "/v1/items", null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.body().at("/error/type").asText()).isEqualTo("invalid_request_error");
        assertThat(r.body().at("/error/message").asText()).isEqualTo("You did not provide an API key.");
    }

    @Test
    void wrongCredentialIsRefusedWithoutEchoingIt() throws Exception {
        String wrong = "sk_test_wrong_key_abcdefghij_9876";
        Http.Reply r = Http.get(base + "/v1/items", wrong);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.text()).doesNotContain(wrong).contains("9876");
    }

    @Test
    void basicAuthWithTheKeyAsUserIsAccepted() throws Exception {
        String basic = Base64.getEncoder().encodeToString((KEY + ":").getBytes());
        Http.Reply r = Http.call(new Request.Builder().url(base + "/v1/items").header("Authorization", "Basic " + basic).build());
        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void unknownParameterIsRefused() throws Exception {
        Http.Reply r = Http.get(base + "/v1/items?created[since]=5", KEY);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().at("/error/param").asText()).isEqualTo("created[since]");
        assertThat(r.body().at("/error/message").asText()).contains("unknown parameter");
    }

    @Test
    void limitAboveTheMaximumIsRefused() throws Exception {
        assertThat(Http.get(base + "/v1/items?limit=101", KEY).status()).isEqualTo(400);
        assertThat(Http.get(base + "/v1/items?limit=0", KEY).status()).isEqualTo(400);
        assertThat(Http.get(base + "/v1/items?limit=ten", KEY).status()).isEqualTo(400);
        assertThat(Http.get(base + "/v1/items?limit=100", KEY).status()).isEqualTo(200);
    }

    @Test
    void startingAfterAnUnknownIdIsRefused() throws Exception {
        Http.Reply r = Http.get(base + "/v1/items?starting_after=it_nope", KEY);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().at("/error/message").asText()).contains("it_nope");
    }

    @Test
    void ignoredParametersAreAccepted() throws Exception {
        JsonNode body = Http.get(base + "/v1/items?expand[]=data.customer&limit=2", KEY).body();
        assertThat(body.get("data")).hasSize(2);
    }
}
