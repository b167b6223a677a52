package io.lakeflow.reports.cli;

import picocli.CommandLine;

/** The version {@code --version} prints: the jar's implementation version. */
final class ReportsVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = ReportsVersion.class.getPackage().getImplementationVersion();
        return new String[] {"lakeflow-conformance-reports " + (v == null ? "(development build)" : v)};
    }
}
