package io.lakeflow.pipeline;

import io.lakeflow.connect.ConnectionParameter;
import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.LakeflowConnectorProvider;
import java.util.List;
import java.util.Map;

/** Registers {@link FileLogConnector} as {@code filelog}. */
public final class FileLogProvider implements LakeflowConnectorProvider {

    @Override
    public String name() {
        return "filelog";
    }

    @Override
    public Class<? extends LakeflowConnect> connectorClass() {
        return FileLogConnector.class;
    }

    @Override
    public List<ConnectionParameter> connectionParameters() {
        return List.of(ConnectionParameter.required("dir", "the source folder"),
                ConnectionParameter.secret("api_key", "a fake secret, to check it never leaks"));
    }

    @Override
    public LakeflowConnect create(Map<String, String> options) {
        return new FileLogConnector(options);
    }
}
