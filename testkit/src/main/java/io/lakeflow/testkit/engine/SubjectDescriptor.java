package io.lakeflow.testkit.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * One check for one subject: a table ({@code read_terminates[orders]}) or the connector
 * ({@code list_tables}). Registered dynamically while its check runs. The display name is the
 * same as the legacy reporting name, because Surefire's XML and IDEs show one or the other.
 */
final class SubjectDescriptor extends AbstractTestDescriptor {

    static final String TABLE_SEGMENT = "table";
    static final String CONNECTOR_SEGMENT = "connector";
    /** The subject name of a connector-level run in unique-id selections. */
    static final String CONNECTOR = "__connector__";

    private final String legacyName;

    private SubjectDescriptor(UniqueId id, String displayName, String legacyName) {
        super(id, displayName);
        this.legacyName = legacyName;
    }

    static SubjectDescriptor forTable(CheckDescriptor parent, String table) {
        String name = parent.check().id() + "[" + table + "]";
        return new SubjectDescriptor(parent.getUniqueId().append(TABLE_SEGMENT, table), name, name);
    }

    static SubjectDescriptor forConnector(CheckDescriptor parent, String connectorName) {
        return new SubjectDescriptor(parent.getUniqueId().append(CONNECTOR_SEGMENT, connectorName),
                parent.check().id(), parent.check().id());
    }

    @Override
    public String getLegacyReportingName() {
        return legacyName;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
