package io.lakeflow.testkit.engine;

import io.lakeflow.testkit.LakeflowConformance;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;

/** A test class annotated {@link LakeflowConformance}: the container of its checks. */
final class ConformanceClassDescriptor extends AbstractTestDescriptor {

    static final String SEGMENT = "class";

    private final Class<?> testClass;

    ConformanceClassDescriptor(UniqueId parent, Class<?> testClass) {
        super(parent.append(SEGMENT, testClass.getName()), displayName(testClass), ClassSource.from(testClass));
        this.testClass = testClass;
    }

    private static String displayName(Class<?> testClass) {
        LakeflowConformance annotation = testClass.getAnnotation(LakeflowConformance.class);
        return testClass.getSimpleName() + " (" + annotation.connector().getSimpleName() + " conformance)";
    }

    Class<?> testClass() {
        return testClass;
    }

    LakeflowConformance annotation() {
        return testClass.getAnnotation(LakeflowConformance.class);
    }

    @Override
    public String getLegacyReportingName() {
        return testClass.getName();
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
