package io.lakeflow.testkit.simulator;

/**
 * A record appended to another collection when a write succeeds, e.g. a {@code customer.created}
 * event appended to {@code events}.
 *
 * @param corpus   the collection that receives the record
 * @param template the record, rendered by {@link Template} with {@code ${record}} bound to the written
 *                 record (or the deleted one) and the write's variables
 */
public record SideEffect(String corpus, Object template) {
}
