package io.lakeflow.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** For any corpus (ties included) and any page size, walking the pages returns every record once, in order. */
class PaginationPropertyTest {

    private static final SimulatorSpec SPEC = SimulatorSpec.fromYaml("""
            endpoints:
              - path: /v1/things
                corpus: things
                strict_params: true
                response: {pagination_style: starting_after, default_sort: "created desc, @insertion desc", records_key: data}
                params:
                  limit: {role: limit, default: 10, max: 100}
                  starting_after: {role: starting_after}
              - path: /offset/things
                corpus: things
                response: {pagination_style: offset_limit, default_sort: "created asc"}
                params:
                  offset: {role: offset}
                  limit: {role: limit, default: 10, max: 100}
              - path: /cursor/things
                corpus: things
                response: {pagination_style: next_cursor, default_sort: "created asc", records_key: items}
                params:
                  cursor: {role: cursor}
                  limit: {role: limit, default: 10, max: 100}
            """);

    private static Dispatcher dispatcher(List<Integer> createdTimes) {
        List<Map<String, Object>> things = new ArrayList<>();
        for (int i = 0; i < createdTimes.size(); i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", "t_" + i);
            r.put("created", createdTimes.get(i));
            things.add(r);
        }
        return new Dispatcher(SPEC, Corpus.fromMap(Map.of("things", things)), null, () -> 0L, 1);
    }

    private static JsonNode get(Dispatcher d, String path, String query) throws Exception {
        SimResponse r = d.handle(new SimRequest("GET", path, QueryString.parse(query), Map.of(), new byte[0], "http://sim"));
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        return Http.JSON.readTree(r.body());
    }

    /** Ids newest first, ties: later insertion first (what the API promises). */
    private static List<String> newestFirst(List<Integer> created) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> created.get(b).equals(created.get(a)) ? Integer.compare(b, a) : Integer.compare(created.get(b), created.get(a)));
        return order.stream().map(i -> "t_" + i).toList();
    }

    @Property(tries = 200)
    void startingAfterVisitsEveryRecordOnce(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 6) Integer> created,
                                            @ForAll @IntRange(min = 1, max = 12) int limit) throws Exception {
        Dispatcher d = dispatcher(created);
        List<String> seen = new ArrayList<>();
        String after = null;
        for (int call = 0; call <= created.size() + 1; call++) {
            JsonNode body = get(d, "/v1/things", "limit=" + limit + (after == null ? "" : "&starting_after=" + after));
            body.get("data").forEach(n -> seen.add(n.get("id").asText()));
            if (!body.get("has_more").asBoolean()) {
                break;
            }
            after = seen.get(seen.size() - 1);
        }
        assertThat(seen).isEqualTo(newestFirst(created));
    }

    @Property(tries = 200)
    void offsetAndCursorStylesVisitEveryRecordOnce(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 6) Integer> created,
                                                   @ForAll @IntRange(min = 1, max = 12) int limit) throws Exception {
        Dispatcher d = dispatcher(created);
        List<String> byOffset = new ArrayList<>();
        for (int offset = 0; ; offset += limit) {
            JsonNode page = get(d, "/offset/things", "offset=" + offset + "&limit=" + limit);
            if (page.isEmpty()) {
                break;
            }
            page.forEach(n -> byOffset.add(n.get("id").asText()));
        }
        List<String> byCursor = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode body = get(d, "/cursor/things", "limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor));
            body.get("items").forEach(n -> byCursor.add(n.get("id").asText()));
            cursor = body.get("next_cursor").isNull() ? null : body.get("next_cursor").asText();
        } while (cursor != null);
        assertThat(byOffset).hasSize(created.size()).doesNotHaveDuplicates();
        assertThat(byCursor).isEqualTo(byOffset);
    }
}
