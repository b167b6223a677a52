package io.lakeflow.connectors.postgres;

import io.lakeflow.connect.ConnectionParameter;
import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.LakeflowConnectorProvider;
import java.util.List;
import java.util.Map;

/** Registers the PostgreSQL connector under the name {@code postgres}. */
public final class PostgresConnectorProvider implements LakeflowConnectorProvider {

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public String description() {
        return "Reads PostgreSQL tables: snapshots, cursor-based cdc, and logical-replication cdc with deletes.";
    }

    @Override
    public Class<? extends LakeflowConnect> connectorClass() {
        return PostgresConnector.class;
    }

    @Override
    public List<ConnectionParameter> connectionParameters() {
        return PostgresOptions.PARAMETERS;
    }

    @Override
    public LakeflowConnect create(Map<String, String> options) {
        return new PostgresConnector(options);
    }
}
