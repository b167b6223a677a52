/**
 * A stateful HTTP stand-in for a source API, for connector tests.
 *
 * <p>A connector's tests subclass {@link io.lakeflow.testkit.simulator.SpecSimulator}, pointing it at a
 * YAML endpoint spec and a JSON corpus in their test resources. The simulator is a real HTTP server on
 * loopback: it filters, sorts and paginates the corpus as the real API would, refuses what the real API
 * refuses (missing credentials, unknown parameters, a limit above the maximum), applies writes with
 * their side effects, injects seeded faults, and records which endpoints the run exercised.
 * {@link io.lakeflow.testkit.simulator.RecordingProxy} records a live API into a scrubbed
 * {@link io.lakeflow.testkit.simulator.Cassette}, which {@link io.lakeflow.testkit.simulator.CassetteReplayer}
 * serves back and {@link io.lakeflow.testkit.simulator.CassetteToCorpus} turns into a corpus.
 */
package io.lakeflow.testkit.simulator;
