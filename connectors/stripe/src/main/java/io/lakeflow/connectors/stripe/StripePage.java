package io.lakeflow.connectors.stripe;

import java.util.List;
import java.util.Map;

/**
 * One page of a Stripe list: {@code {object: "list", data: [...], has_more}}.
 *
 * @param data    the objects, newest first
 * @param hasMore whether older objects follow ({@code starting_after} the last one)
 */
public record StripePage(List<Map<String, Object>> data, boolean hasMore) {
}
