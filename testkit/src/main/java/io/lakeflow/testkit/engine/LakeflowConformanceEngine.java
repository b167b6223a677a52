package io.lakeflow.testkit.engine;

import java.util.Optional;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * The JUnit Platform engine {@value #ID}: runs the conformance suite for every class annotated
 * {@link io.lakeflow.testkit.LakeflowConformance}, one container per class, one per check, and
 * one test per table (or one for a connector-level check), named like {@code read_terminates[orders]}.
 *
 * <p>Registered in {@code META-INF/services/org.junit.platform.engine.TestEngine}, so Surefire
 * and IDEs find it on the test class path.
 */
public final class LakeflowConformanceEngine implements TestEngine {

    /** The engine's id, the first segment of every unique id it creates. */
    public static final String ID = "lakeflow-conformance";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("io.lakeflow");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("lakeflow-testkit");
    }

    @Override
    public Optional<String> getVersion() {
        return Optional.of(ConnectorVersions.testkitVersion());
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        return new ConformanceDiscovery(new EngineDescriptor(uniqueId, "Lakeflow conformance")).discover(request);
    }

    @Override
    public void execute(ExecutionRequest request) {
        EngineExecutionListener listener = request.getEngineExecutionListener();
        TestDescriptor root = request.getRootTestDescriptor();
        listener.executionStarted(root);
        RunConfiguration configuration = new RunConfiguration(request.getConfigurationParameters());
        for (TestDescriptor child : root.getChildren()) {
            if (child instanceof ConformanceClassDescriptor classDescriptor) {
                new ClassExecution(classDescriptor, listener, configuration).run();
            }
        }
        listener.executionFinished(root, TestExecutionResult.successful());
    }
}
