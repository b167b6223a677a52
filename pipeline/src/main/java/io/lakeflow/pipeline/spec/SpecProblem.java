package io.lakeflow.pipeline.spec;

/**
 * One thing wrong with a spec.
 *
 * @param path    where, e.g. {@code objects[2].table.table_configuration.scd_type}
 * @param message what was expected and what was seen
 */
public record SpecProblem(String path, String message) {

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
