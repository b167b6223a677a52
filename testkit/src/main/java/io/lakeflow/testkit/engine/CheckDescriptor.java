package io.lakeflow.testkit.engine;

import io.lakeflow.testkit.checks.ConformanceCheck;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * One check within a test class: a container whose tests (the connector, each table) are
 * registered when it runs, because the tables are known only once the connector is up.
 */
final class CheckDescriptor extends AbstractTestDescriptor {

    static final String SEGMENT = "check";

    private final ConformanceCheck check;
    /** The subjects selected by unique id ("connector" or a table name); {@code null} means all. */
    private Set<String> onlySubjects;

    CheckDescriptor(UniqueId parent, ConformanceCheck check, Set<String> onlySubjects) {
        super(parent.append(SEGMENT, check.id()), check.id() + ": " + check.rule());
        this.check = check;
        this.onlySubjects = onlySubjects == null ? null : new LinkedHashSet<>(onlySubjects);
    }

    ConformanceCheck check() {
        return check;
    }

    /** Whether {@code subject} (a table name, or {@code null} for the connector) was selected. */
    boolean selected(String subject) {
        return onlySubjects == null || onlySubjects.contains(subject == null ? SubjectDescriptor.CONNECTOR : subject);
    }

    /** Widens the selection: {@code null} selects every subject. */
    void select(String subject) {
        if (subject == null) {
            onlySubjects = null;
        } else if (onlySubjects != null) {
            onlySubjects.add(subject);
        }
    }

    @Override
    public String getLegacyReportingName() {
        return check.id();
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public boolean mayRegisterTests() {
        return true;
    }
}
