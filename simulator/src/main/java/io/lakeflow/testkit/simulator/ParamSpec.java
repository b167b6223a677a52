package io.lakeflow.testkit.simulator;

/**
 * One declared query parameter of an endpoint.
 *
 * @param name         the parameter name as sent, e.g. {@code created[gte]} or {@code types[]}
 * @param role         what it does
 * @param field        for filters and sorting: the record field it applies to
 * @param op           for filters: the comparison
 * @param defaultValue for page sizes: the size when absent
 * @param max          for page sizes: the largest accepted value (larger is refused with 400)
 * @param options      for {@code sort_by}: the accepted fields
 */
public record ParamSpec(String name, ParamRole role, FieldPath field, FilterOp op, int defaultValue, int max,
                        java.util.List<String> options) {
}
