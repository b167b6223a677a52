package io.lakeflow.testkit.engine;

import io.lakeflow.connect.ConnectionParameter;
import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.LakeflowConnectorProvider;
import io.lakeflow.testkit.LakeflowConformance;
import io.lakeflow.testkit.Simulator;
import io.lakeflow.testkit.TestMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The environment of one {@link LakeflowConformance} class: the mode, the started simulator (if
 * any) and the connection options, or the reason the suite cannot run. Shared by the engine and
 * {@link io.lakeflow.testkit.LakeflowConformanceExtension}. Internal API.
 */
public final class SuiteSetup implements AutoCloseable {

    private final TestMode mode;
    private final Map<String, String> options;
    private final String skipReason;
    private final Simulator simulator;
    private final Optional<LakeflowConnectorProvider> provider;
    private final boolean liveWriteBackEnabled;

    private SuiteSetup(TestMode mode, Map<String, String> options, String skipReason, Simulator simulator,
                       Optional<LakeflowConnectorProvider> provider, boolean liveWriteBackEnabled) {
        this.mode = mode;
        this.options = Map.copyOf(options);
        this.skipReason = skipReason;
        this.simulator = simulator;
        this.provider = provider;
        this.liveWriteBackEnabled = liveWriteBackEnabled;
    }

    /**
     * Resolves the mode and options for {@code testClass}, starting its simulator in simulate and replay
     * modes (and in record mode, where it proxies the real source).
     *
     * @param testClass a class annotated {@link LakeflowConformance}
     * @param parameters configuration parameters by key (JUnit's, which include system properties)
     * @throws Exception when the simulator cannot be created or started
     */
    public static SuiteSetup open(Class<?> testClass, Function<String, Optional<String>> parameters) throws Exception {
        return open(testClass, new RunConfiguration(parameters));
    }

    static SuiteSetup open(Class<?> testClass, RunConfiguration configuration) throws Exception {
        LakeflowConformance annotation = testClass.getAnnotation(LakeflowConformance.class);
        if (annotation == null) {
            throw new IllegalArgumentException("expected @LakeflowConformance on " + testClass.getName()
                    + "; seen none. Fix: annotate the class with @LakeflowConformance(connector = ...)");
        }
        Class<? extends LakeflowConnect> connectorClass = annotation.connector();
        Optional<LakeflowConnectorProvider> provider = ConnectorVersions.provider(connectorClass);
        TestMode mode = configuration.mode(annotation);
        Map<String, String> given = RunConfiguration.pairs(annotation.options(), "options");
        Map<String, String> options = new LinkedHashMap<>();
        String skipReason = null;
        Simulator simulator = null;
        switch (mode) {
            case SIMULATE, REPLAY -> {
                if (annotation.simulator() == Simulator.class) {
                    skipReason = "mode " + mode.configName() + ", but " + testClass.getSimpleName() + " declares no simulator "
                            + "(set @LakeflowConformance(simulator = ...), or run with -D" + RunConfiguration.MODE_PROPERTY + "=live)";
                } else {
                    // In replay mode the simulator serves its recorded cassette instead of its spec.
                    simulator = startSimulator(annotation, options);
                    options.putAll(given);
                }
            }
            case LIVE, RECORD -> {
                Optional<Map<String, String>> credentials = configuration.liveCredentials();
                // The annotation's options are defaults; real credentials win over stand-ins.
                options.putAll(given);
                if (credentials.isPresent()) {
                    options.putAll(credentials.get());
                } else if (needsCredentials(provider, given)) {
                    skipReason = "mode " + mode.configName() + " without credentials: set " + RunConfiguration.CONFIG_JSON_ENV
                            + " (a JSON object of connection options) or " + RunConfiguration.CONFIG_PATH_ENV
                            + " (a file holding one)";
                }
                if (mode == TestMode.RECORD && skipReason == null && annotation.simulator() != Simulator.class) {
                    // In record mode the simulator proxies the real source and writes a scrubbed cassette;
                    // the connector talks to the proxy.
                    simulator = startSimulator(annotation, options);
                }
            }
            default -> throw new IllegalStateException("unhandled mode " + mode);
        }
        return new SuiteSetup(mode, options, skipReason, simulator, provider, configuration.liveWriteBackEnabled());
    }

    /** The mode the suite runs in. */
    public TestMode mode() {
        return mode;
    }

    /** The connection options every connector instance gets (may hold secrets: never print them). */
    public Map<String, String> options() {
        return options;
    }

    /** Why the suite cannot run in this environment, or {@code null} when it can. */
    public String skipReason() {
        return skipReason;
    }

    /** The running simulator, or {@code null}. */
    public Simulator simulator() {
        return simulator;
    }

    /** The provider registered for the connector class, if any. */
    public Optional<LakeflowConnectorProvider> provider() {
        return provider;
    }

    /**
     * Why write-back must not run for {@code annotation} here (none declared, or a real source
     * without explicit permission), or {@code null} when it may.
     */
    public String writeBackSkipReason(LakeflowConformance annotation) {
        if (annotation.writeBack() == io.lakeflow.testkit.WriteBack.class) {
            return "no WriteBack declared";
        }
        if (mode.isLive() && !liveWriteBackEnabled) {
            return "mode " + mode.configName() + ": write-back writes to the real source; enable it with -D"
                    + RunConfiguration.WRITE_BACK_PROPERTY + "=true";
        }
        return null;
    }

    /**
     * Stops the simulator.
     *
     * @throws Exception what the simulator's {@code close()} threw, e.g. a request it could not
     *                   match: a problem of the run, reported by the engine
     */
    @Override
    public void close() throws Exception {
        if (simulator != null) {
            simulator.close();
        }
    }

    private static Simulator startSimulator(LakeflowConformance annotation, Map<String, String> options) throws Exception {
        Simulator simulator = annotation.simulator().getConstructor().newInstance();
        try {
            Map<String, String> simulated = simulator.start();
            if (simulated != null) {
                options.putAll(simulated);
            }
            return simulator;
        } catch (Exception e) {
            closeQuietly(simulator);
            throw e;
        }
    }

    /** Whether a live run without credentials would miss required options. */
    private static boolean needsCredentials(Optional<LakeflowConnectorProvider> provider, Map<String, String> given) {
        if (provider.isEmpty()) {
            return given.isEmpty();
        }
        for (ConnectionParameter p : provider.get().connectionParameters()) {
            if (p.required() && p.defaultValue() == null && !given.containsKey(p.name())) {
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Stopping the stand-in is best effort; the results are what matters.
        }
    }
}
