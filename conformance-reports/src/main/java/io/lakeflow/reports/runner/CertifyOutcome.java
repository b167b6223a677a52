package io.lakeflow.reports.runner;

import java.nio.file.Path;
import java.util.List;

/**
 * What a certification run did.
 *
 * @param passed      tests (check × table) that passed
 * @param failed      tests that failed
 * @param skipped     tests that were skipped
 * @param failures    each failure, {@code display name: message}
 * @param resultFiles the result files the run wrote
 */
public record CertifyOutcome(long passed, long failed, long skipped, List<String> failures, List<Path> resultFiles) {

    /** Copies the lists. */
    public CertifyOutcome {
        failures = List.copyOf(failures);
        resultFiles = List.copyOf(resultFiles);
    }
}
