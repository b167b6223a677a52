package io.lakeflow.connectors.example;

import io.lakeflow.connect.ConnectionParameter;
import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.LakeflowConnectorProvider;
import java.util.List;
import java.util.Map;

/** Registers the example connector under the name {@code example}. */
public final class ExampleConnectorProvider implements LakeflowConnectorProvider {

    @Override
    public String name() {
        return "example";
    }

    @Override
    public String description() {
        return "The reference connector: reads the example API (an embedded one when no base_url is given).";
    }

    @Override
    public Class<? extends LakeflowConnect> connectorClass() {
        return ExampleConnector.class;
    }

    @Override
    public List<ConnectionParameter> connectionParameters() {
        return List.of(
                ConnectionParameter.optional(ExampleConnectorOptions.BASE_URL,
                        "The API root, e.g. http://127.0.0.1:8080; absent: an embedded example source is started.", null),
                new ConnectionParameter(ExampleConnectorOptions.TOKEN,
                        "The API's bearer token; required with base_url.", false, true, null),
                ConnectionParameter.optional(ExampleConnectorOptions.PAGE_SIZE,
                        "Records per HTTP request, 1 to " + PageRequest.MAX_LIMIT + ".", "50"),
                ConnectionParameter.optional(ExampleConnectorOptions.MAX_RECORDS_PER_BATCH,
                        "Records per readTable batch.", "200"),
                ConnectionParameter.optional(ExampleConnectorOptions.MAX_RETRIES,
                        "Retries of a request answered 429 or 5xx, 0 to 20.", "5"));
    }

    @Override
    public LakeflowConnect create(Map<String, String> options) {
        return new ExampleConnector(options);
    }
}
