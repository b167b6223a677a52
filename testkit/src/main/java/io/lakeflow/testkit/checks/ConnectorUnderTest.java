package io.lakeflow.testkit.checks;

import io.lakeflow.connect.ConnectionParameter;
import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.LakeflowConnectorProvider;
import io.lakeflow.connect.TableMetadata;
import io.lakeflow.testkit.Simulator;
import io.lakeflow.testkit.WriteBack;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.spark.sql.types.StructType;

/**
 * The connector being certified in one run, shared by all checks of a test class: creates
 * fresh instances, and caches {@code listTables}, schemas and metadata read from one shared
 * instance (so a broken table is reported by its own check, and other checks still run).
 *
 * <p>Thread-safe: checks run one after another, but a check that timed out may still be running.
 */
public final class ConnectorUnderTest implements AutoCloseable {

    private final SuiteSettings settings;
    private final Optional<LakeflowConnectorProvider> provider;
    private final WriteBack writeBack;
    private final String writeBackSkipReason;
    private final String writeBackFailure;
    private final Constructor<? extends LakeflowConnect> constructor;
    private LakeflowConnect shared;
    private Outcome<List<String>> tables;
    private final Map<String, Outcome<StructType>> schemas = new HashMap<>();
    private final Map<String, Outcome<TableMetadata>> metadata = new HashMap<>();
    private volatile Supplier<String> reportSnapshot = () -> "";
    private final Simulator simulator;

    /**
     * @param settings            the run's configuration
     * @param writeBack           the write-back helper, or {@code null}
     * @param writeBackSkipReason why write-back checks are skipped, or {@code null} when they run
     * @param writeBackFailure    why the write-back helper could not be created (write-back checks then fail), or {@code null}
     * @throws IllegalArgumentException when the connector class has no public {@code (Map<String, String>)} constructor
     */
    public ConnectorUnderTest(SuiteSettings settings, WriteBack writeBack, String writeBackSkipReason,
                              String writeBackFailure) {
        this(settings, writeBack, writeBackSkipReason, writeBackFailure, null);
    }

    /**
     * @param simulator the running simulator (the source's ground truth for {@code read_complete}), or {@code null}
     * @see #ConnectorUnderTest(SuiteSettings, WriteBack, String, String)
     */
    public ConnectorUnderTest(SuiteSettings settings, WriteBack writeBack, String writeBackSkipReason,
                              String writeBackFailure, Simulator simulator) {
        this.simulator = simulator;
        this.settings = settings;
        this.writeBack = writeBack;
        this.writeBackSkipReason = writeBackSkipReason;
        this.writeBackFailure = writeBackFailure;
        this.provider = providerOf(settings.connectorClass());
        this.constructor = findConstructor(settings.connectorClass());
    }

    /** The running simulator, if the suite runs against one. */
    public Optional<Simulator> simulator() {
        return Optional.ofNullable(simulator);
    }

    /** The run's configuration. */
    public SuiteSettings settings() {
        return settings;
    }

    /** The provider registered for the connector class, if any. */
    public Optional<LakeflowConnectorProvider> provider() {
        return provider;
    }

    /** The provider's name, or the class's simple name lowercased: names the result file. */
    public String name() {
        return provider.map(LakeflowConnectorProvider::name)
                .orElse(settings.connectorClass().getSimpleName().toLowerCase(Locale.ROOT));
    }

    /** The write-back helper, or {@code null} when there is none or write-back is disabled. */
    public WriteBack writeBack() {
        return writeBackSkipReason == null ? writeBack : null;
    }

    /** Why the write-back helper could not be created, or {@code null}. */
    public String writeBackFailure() {
        return writeBackFailure;
    }

    /** Why the write-back checks are skipped, or {@code null} when they run. */
    public String writeBackSkipReason() {
        return writeBackSkipReason;
    }

    /**
     * The values of the options that are secret: declared secret by the provider, or named like
     * one ({@link ConnectionParameter#looksSecret}). Values shorter than 4 characters are left out
     * (they would match ordinary text by chance).
     */
    public Set<String> secretValues() {
        Set<String> secretNames = new LinkedHashSet<>();
        provider.ifPresent(p -> p.connectionParameters().stream().filter(ConnectionParameter::secret)
                .forEach(c -> secretNames.add(c.name())));
        Set<String> values = new LinkedHashSet<>();
        settings.options().forEach((k, v) -> {
            if ((secretNames.contains(k) || ConnectionParameter.looksSecret(k)) && v != null && v.length() >= 4) {
                values.add(v);
            }
        });
        return values;
    }

    /** The names of the options whose values {@link #secretValues()} returns. */
    public Set<String> secretOptionNames() {
        Set<String> secretValues = secretValues();
        Set<String> names = new LinkedHashSet<>();
        settings.options().forEach((k, v) -> {
            if (secretValues.contains(v)) {
                names.add(k);
            }
        });
        return names;
    }

    /** Creates a fresh instance with the run's options (the caller closes it). */
    public LakeflowConnect newInstance() {
        return newInstance(settings.options());
    }

    /**
     * Creates an instance with other options, e.g. to provoke a configuration error.
     *
     * @throws RuntimeException whatever the constructor throws, unwrapped
     */
    public LakeflowConnect newInstance(Map<String, String> options) {
        try {
            return constructor.newInstance(Map.copyOf(options));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot instantiate " + settings.connectorClass().getName() + ": " + e, e);
        }
    }

    /** {@code listTables()} of the shared instance, cached (a failure is cached too and rethrown). */
    public synchronized List<String> tables() {
        if (tables == null) {
            tables = Outcome.of(() -> {
                List<String> listed = shared().listTables();
                return listed == null ? null : new ArrayList<>(listed);
            });
        }
        return tables.get();
    }

    /** {@code getTableSchema} of the shared instance, cached per table. */
    public synchronized StructType schema(String table) {
        return schemas.computeIfAbsent(table,
                t -> Outcome.of(() -> shared().getTableSchema(t, settings.tableOptions(t)))).get();
    }

    /** {@code readTableMetadata} of the shared instance, cached per table. */
    public synchronized TableMetadata metadata(String table) {
        return metadata.computeIfAbsent(table,
                t -> Outcome.of(() -> shared().readTableMetadata(t, settings.tableOptions(t)))).get();
    }

    /** Lets the secrets check inspect the result document as it would be written now. */
    public void reportSnapshot(Supplier<String> snapshot) {
        this.reportSnapshot = snapshot;
    }

    /** The result document as it would be written now (JSON text). */
    public String reportSnapshot() {
        return reportSnapshot.get();
    }

    private synchronized LakeflowConnect shared() {
        if (shared == null) {
            shared = newInstance();
        }
        return shared;
    }

    @Override
    public synchronized void close() {
        if (shared != null) {
            try {
                shared.close();
            } catch (RuntimeException ignored) {
                // A failing close must not hide the results; close_is_quiet is not a rule (yet).
            }
            shared = null;
        }
    }

    /** The provider on the context class path whose {@code connectorClass()} is {@code connectorClass}, if any. */
    public static Optional<LakeflowConnectorProvider> providerOf(Class<? extends LakeflowConnect> connectorClass) {
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(connectorClass.getClassLoader());
        try {
            return LakeflowConnectorProvider.all(loader).stream()
                    .filter(p -> connectorClass.equals(p.connectorClass())).findFirst();
        } catch (RuntimeException | ServiceConfigurationError e) {
            return Optional.empty();
        }
    }

    private static Constructor<? extends LakeflowConnect> findConstructor(Class<? extends LakeflowConnect> type) {
        try {
            return type.getConstructor(Map.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("expected a public constructor " + type.getSimpleName()
                    + "(Map<String, String> options) on " + type.getName() + "; seen none. Fix: add "
                    + "`public " + type.getSimpleName() + "(Map<String, String> options)`, which the pipeline and "
                    + "the testkit call with the connection options");
        }
    }

    /** A value or the exception that computing it threw, so that a failure is reported once per caller. */
    private record Outcome<T>(T value, RuntimeException failure) {
        static <T> Outcome<T> of(Supplier<T> supplier) {
            try {
                return new Outcome<>(supplier.get(), null);
            } catch (RuntimeException e) {
                return new Outcome<>(null, e);
            }
        }

        T get() {
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }
}
