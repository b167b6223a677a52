package io.lakeflow.pipeline.bench;

import io.lakeflow.connect.ConnectionParameter;
import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.LakeflowConnectorProvider;
import java.util.List;
import java.util.Map;

/** Registers {@link SyntheticConnector} as {@code synthetic}. */
public final class SyntheticProvider implements LakeflowConnectorProvider {

    @Override
    public String name() {
        return "synthetic";
    }

    @Override
    public String description() {
        return "Generated example-like records, in memory, for benchmarks.";
    }

    @Override
    public Class<? extends LakeflowConnect> connectorClass() {
        return SyntheticConnector.class;
    }

    @Override
    public List<ConnectionParameter> connectionParameters() {
        return List.of();
    }

    @Override
    public LakeflowConnect create(Map<String, String> options) {
        return new SyntheticConnector(options);
    }
}
