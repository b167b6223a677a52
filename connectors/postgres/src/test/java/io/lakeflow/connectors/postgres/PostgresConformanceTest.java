package io.lakeflow.connectors.postgres;

import io.lakeflow.testkit.LakeflowConformance;

/** The whole conformance suite, write-back included, against an embedded PostgreSQL. */
@LakeflowConformance(connector = PostgresConnector.class, simulator = EmbeddedPostgresSimulator.class,
        writeBack = PostgresWriteBack.class,
        tableOptions = {"public.products:ingestion_type=cdc", "public.products:cursor_field=updated_at",
                "public.products:batch_size=15", "shop.orders:partitions=3"})
class PostgresConformanceTest {
}
