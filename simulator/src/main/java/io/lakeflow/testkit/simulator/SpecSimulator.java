package io.lakeflow.testkit.simulator;

import io.lakeflow.testkit.Simulator;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The base of a connector's simulator: a {@link SimulatorServer} on loopback serving a YAML
 * {@link SimulatorSpec} and a JSON {@link Corpus} from the test class path. A subclass names its
 * resources and the options a connector needs:
 *
 * <pre>{@code
 * public class StripeSimulator extends SpecSimulator {
 *     protected String specResource()   { return "simulator/stripe/endpoints.yaml"; }
 *     protected String corpusResource() { return "simulator/stripe/corpus.json"; }
 *     protected Map<String, String> options(String baseUrl, String secret) {
 *         return Map.of("base_url", baseUrl, "api_key", secret);
 *     }
 *     protected FaultPlan faults() { return FaultPlan.seeded(7).withRateLimited(0.03).withUnavailable(0.02); }
 * }
 * }</pre>
 *
 * <p>The mode comes from the system property {@code lakeflow.test.mode} or the environment variable
 * {@code CONNECTOR_TEST_MODE}. In {@code replay} mode it serves {@link #cassetteResource()} instead of the
 * spec. In {@code record} mode it proxies the live API (connection options from
 * {@code CONNECTOR_TEST_CONFIG_JSON}, or the file named by {@code CONNECTOR_TEST_CONFIG_PATH}; the live
 * root from the {@link #baseUrlOption()} there or {@link #liveBaseUrl()}), hands the connector the live
 * options with the proxy as base URL, and on close writes {@code target/cassettes/<name>.json} scrubbed of
 * secrets and e-mail addresses, refusing to write if a secret option's value would remain.
 * {@link #close()} writes {@code target/simulator-coverage/<name>.json}, logs the endpoints never
 * exercised, and fails when a request matched no endpoint.
 */
public abstract class SpecSimulator implements Simulator {

    private static final System.Logger LOG = System.getLogger(SpecSimulator.class.getName());

    private SimulatorServer server;
    private Dispatcher dispatcher;
    private String secret;
    private RecordingProxy recorder;

    /** Class-path resource of the endpoint spec (YAML). */
    protected abstract String specResource();

    /** Class-path resource of the corpus (JSON). */
    protected abstract String corpusResource();

    /** The connection options a connector needs to reach the simulator. */
    protected abstract Map<String, String> options(String baseUrl, String secret);

    /** The faults to inject; none by default. */
    protected FaultPlan faults() {
        return FaultPlan.none();
    }

    /** Seed of generated ids. */
    protected long seed() {
        return 42L;
    }

    /** The stand-in credential the simulator accepts (not a real one). */
    protected String standInSecret() {
        return "sk_test_simulator_standin_key";
    }

    /** Class-path resource of the cassette served in replay mode; none by default. */
    protected String cassetteResource() {
        return null;
    }

    /** The option that holds the API root; {@code base_url} by default. */
    protected String baseUrlOption() {
        return "base_url";
    }

    /** The live API root used in record mode when the live options name none; none by default. */
    protected String liveBaseUrl() {
        return null;
    }

    /**
     * The live connection options for record mode: by default the JSON object in {@code CONNECTOR_TEST_CONFIG_JSON}
     * or in the file named by {@code CONNECTOR_TEST_CONFIG_PATH}.
     */
    protected Map<String, String> liveOptions() throws Exception {
        return LiveOptions.load();
    }

    /** Current epoch seconds; a subclass may pin it. */
    protected long now() {
        return System.currentTimeMillis() / 1000L;
    }

    @Override
    public Map<String, String> start() throws Exception {
        SimulatorSpec spec = SimulatorSpec.fromResource(specResource());
        secret = standInSecret();
        dispatcher = new Dispatcher(spec, Corpus.fromResource(corpusResource()), secret, this::now, seed());
        RequestHandler handler = dispatcher::handle;
        if (mode().equals("record")) {
            return startRecording(spec);
        }
        if (mode().equals("replay")) {
            if (cassetteResource() == null) {
                throw new IllegalStateException(getClass().getSimpleName() + " runs in replay mode but names no cassette. "
                        + "Fix: override cassetteResource(), or run in simulate mode.");
            }
            handler = CassetteReplayer.fromResource(cassetteResource());
        }
        server = SimulatorServer.start(handler, faults(),
                (status, message) -> dispatcher.error(status, status == 429 ? "rate_limit_error" : "api_error", message, null));
        return options(server.baseUrl(), secret);
    }

    private Map<String, String> startRecording(SimulatorSpec spec) throws Exception {
        Map<String, String> live = liveOptions();
        String upstream = live.getOrDefault(baseUrlOption(), liveBaseUrl());
        if (upstream == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " runs in record mode but knows no live API root. "
                    + "Fix: put '" + baseUrlOption() + "' in the live options, or override liveBaseUrl().");
        }
        java.util.List<String> secrets = live.entrySet().stream().filter(e -> Scrubber.looksSecret(e.getKey()))
                .map(Map.Entry::getValue).toList();
        recorder = new RecordingProxy(upstream, spec.name(), new Scrubber(secrets));
        server = SimulatorServer.start(recorder, FaultPlan.none(), (status, message) -> dispatcher.error(status, "api_error", message, null));
        Map<String, String> options = new java.util.LinkedHashMap<>(live);
        options.put(baseUrlOption(), server.baseUrl());
        return options;
    }

    /**
     * The corpus collection a connector table is served from, for {@link #expectedRecords}: by
     * default the collection named like the table, or {@code null} when there is none.
     */
    protected String collectionFor(String table) {
        return dispatcher.corpus().names().contains(table) ? table : null;
    }

    /**
     * The records of {@link #collectionFor the table's collection} as the simulator holds them
     * now, in simulate mode; empty in replay and record modes (a cassette is not the whole source).
     */
    @Override
    public java.util.Optional<java.util.List<Map<String, Object>>> expectedRecords(String table) {
        if (dispatcher == null || recorder != null || !mode().equals("simulate")) {
            return java.util.Optional.empty();
        }
        String collection = collectionFor(table);
        if (collection == null) {
            return java.util.Optional.empty();
        }
        // The suite calls this while no request is in flight.
        java.util.List<Map<String, Object>> copy = new java.util.ArrayList<>();
        dispatcher.corpus().collection(collection).forEach(r -> copy.add(new java.util.LinkedHashMap<>(r)));
        return java.util.Optional.of(copy);
    }

    /** The running server (after {@link #start()}). */
    public SimulatorServer server() {
        return server;
    }

    /** The dispatcher holding the corpus and the coverage (after {@link #start()}). */
    public Dispatcher dispatcher() {
        return dispatcher;
    }

    @Override
    public void close() throws java.io.IOException {
        if (server == null) {
            return;
        }
        server.close();
        if (recorder != null) {
            Path cassette = Path.of("target", "cassettes", coverageName() + ".json");
            recorder.save(cassette);
            LOG.log(System.Logger.Level.INFO, "Recorded " + recorder.cassette().interactions().size()
                    + " exchange(s) to " + cassette + " (secrets and e-mail addresses scrubbed)");
            server = null;
            recorder = null;
            return;
        }
        Coverage coverage = dispatcher.coverage();
        Path file = Path.of("target", "simulator-coverage", coverageName() + ".json");
        coverage.writeTo(file);
        LOG.log(System.Logger.Level.INFO, "Simulator coverage written to " + file + "; faults injected: "
                + server.faults().counts() + "; endpoints never exercised: " + coverage.neverExercised());
        server = null;
        if (!coverage.unmatchedRequests().isEmpty()) {
            throw new IllegalStateException(coverage.unmatchedRequests().size() + " request(s) matched no endpoint of "
                    + specResource() + ":\n  " + coverage.unmatchedRequests().stream().limit(20)
                    .collect(Collectors.joining("\n  ")) + "\nFix: declare these endpoints in the spec, or fix the "
                    + "connector's request paths. Coverage: " + file);
        }
    }

    /** The class name without package ({@code StripeSimulator$Steady}, {@code FaultTest$1}): one file per simulator class. */
    private String coverageName() {
        String name = getClass().getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    static String mode() {
        String mode = System.getProperty("lakeflow.test.mode", System.getenv("CONNECTOR_TEST_MODE"));
        return mode == null ? "simulate" : mode.trim().toLowerCase(Locale.ROOT);
    }
}
