package io.lakeflow.testkit.simulator;

import java.util.Map;

/** The simulator of the test-only "items" API (src/test/resources/simulator/items). */
public class ItemsSimulator extends SpecSimulator {

    static final String KEY = "sk_test_items_standin_0123456789";

    @Override
    protected String specResource() {
        return "simulator/items/endpoints.yaml";
    }

    @Override
    protected String corpusResource() {
        return "simulator/items/corpus.json";
    }

    @Override
    protected String standInSecret() {
        return KEY;
    }

    @Override
    protected Map<String, String> options(String baseUrl, String secret) {
        return Map.of("base_url", baseUrl, "api_key", secret);
    }
}
