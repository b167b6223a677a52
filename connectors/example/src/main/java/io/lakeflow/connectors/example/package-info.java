/**
 * The reference connector: a small, complete connector that every author can copy.
 *
 * <p>Three parts, each usable alone:
 * <ul>
 *   <li>the <b>table catalog</b> ({@link io.lakeflow.connectors.example.ExampleCatalog}): every
 *       table's schema, key, cursor and ingestion type, as data, in one place;</li>
 *   <li>the <b>source</b> ({@link io.lakeflow.connectors.example.ExampleSourceServer}): a real HTTP
 *       API on loopback with seeded data, bearer-token auth, cursor pagination with ties, writes,
 *       deletes and injected faults; the connector starts one when it is given no {@code base_url};</li>
 *   <li>the <b>connector</b> ({@link io.lakeflow.connectors.example.ExampleConnector}): reads that
 *       API with composite {@code (cursor, id)} offsets capped by a high-water mark, retries through
 *       the shared OkHttp interceptors of {@code io.lakeflow.http}, and reads {@code metrics} through partitions.</li>
 * </ul>
 */
package io.lakeflow.connectors.example;
