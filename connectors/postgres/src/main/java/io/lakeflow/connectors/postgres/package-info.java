/**
 * The PostgreSQL connector: catalog discovery (schemas as namespaces), snapshot and partitioned
 * reads, cursor-based cdc, and change capture with deletes through logical replication
 * ({@code pgoutput}). Entry points: {@link io.lakeflow.connectors.postgres.PostgresConnector} and
 * its provider, registered as {@code postgres}.
 */
package io.lakeflow.connectors.postgres;
