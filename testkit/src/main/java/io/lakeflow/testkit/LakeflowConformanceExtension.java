package io.lakeflow.testkit;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.testkit.engine.SuiteSetup;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives extra Jupiter {@code @Test} methods of a {@link LakeflowConformance} class what the suite
 * uses: a fresh connector (parameter of the connector's type or {@link LakeflowConnect}) built
 * with the same options, the {@link TestMode}, and the running {@link Simulator}. Registered by
 * the annotation itself; nothing to declare.
 *
 * <p>The simulator is started once per class (before the first test) and stopped after the last.
 * When the suite cannot run in this environment (e.g. live mode without credentials), the tests
 * are skipped with the same reason the suite gives.
 */
public final class LakeflowConformanceExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LakeflowConformanceExtension.class);
    private static final String SETUP = "setup";

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        SuiteSetup setup = SuiteSetup.open(context.getRequiredTestClass(), context::getConfigurationParameter);
        context.getStore(NAMESPACE).put(SETUP, setup);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        SuiteSetup setup = context.getStore(NAMESPACE).remove(SETUP, SuiteSetup.class);
        if (setup != null) {
            setup.close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        String reason = setup(context).skipReason();
        Assumptions.assumeTrue(reason == null, () -> reason);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        Class<? extends LakeflowConnect> connector = annotation(context).connector();
        return type == TestMode.class || type == Simulator.class
                || LakeflowConnect.class.isAssignableFrom(type) && type.isAssignableFrom(connector);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        SuiteSetup setup = setup(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == TestMode.class) {
            return setup.mode();
        }
        if (type == Simulator.class) {
            if (setup.simulator() == null) {
                throw new ParameterResolutionException("expected a running simulator for parameter '" + parameter.getParameter().getName()
                        + "'; seen none in mode " + setup.mode().configName() + ". Fix: declare @LakeflowConformance(simulator = ...)"
                        + " or drop the parameter");
            }
            return setup.simulator();
        }
        Class<? extends LakeflowConnect> connectorClass = annotation(context).connector();
        try {
            LakeflowConnect connector = connectorClass.getConstructor(Map.class).newInstance(setup.options());
            // Closed by Jupiter with the test's store (AutoCloseable values are closed when the test ends).
            context.getStore(NAMESPACE).put("connector-" + parameter.getIndex(), new ClosingConnector(connector));
            return connector;
        } catch (InvocationTargetException e) {
            throw new ParameterResolutionException("expected " + connectorClass.getSimpleName() + " to be created with the suite's "
                    + "options; seen " + e.getCause().getClass().getSimpleName() + ". Fix: see the cause", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new ParameterResolutionException("expected a public constructor " + connectorClass.getSimpleName()
                    + "(Map<String, String> options); seen none. Fix: add it", e);
        }
    }

    private static LakeflowConformance annotation(ExtensionContext context) {
        return context.getRequiredTestClass().getAnnotation(LakeflowConformance.class);
    }

    private static SuiteSetup setup(ExtensionContext context) {
        SuiteSetup setup = context.getStore(NAMESPACE).get(SETUP, SuiteSetup.class);
        if (setup == null) {
            throw new ParameterResolutionException("expected the conformance setup of " + context.getRequiredTestClass().getName()
                    + "; seen none. Fix: annotate the class itself with @LakeflowConformance");
        }
        return setup;
    }

    /** Closes a connector when the test's store is closed. */
    private record ClosingConnector(LakeflowConnect connector) implements AutoCloseable {
        @Override
        public void close() {
            connector.close();
        }
    }
}
