package io.lakeflow.testkit.simulator;

import java.util.List;
import java.util.Map;

/**
 * One endpoint of a {@link SimulatorSpec}: which requests it answers and how.
 *
 * @param method         HTTP method, upper case
 * @param path           the path template
 * @param corpus         the collection it reads or writes
 * @param action         what it does
 * @param params         declared query parameters by name
 * @param strictParams   whether an undeclared query parameter is refused with 400
 * @param pagination     how a list is split into pages
 * @param defaultSort    the list order when no sort parameter is given
 * @param recordsKey     where a list's records go in the body ({@code data}); null for a bare JSON array
 * @param extras         other body fields of a list response (a {@link Template}; {@code ${path}} is bound)
 * @param idField        the records' id field
 * @param idPrefix       prefix of ids created by {@link EndpointAction#CREATE}
 * @param defaults       fields of a created record before the body is merged in (a {@link Template})
 * @param stampNow       fields set to the current epoch second on create
 * @param sideEffects    records appended to other collections after a successful write
 * @param deleteResponse the body answering a delete (a {@link Template}; {@code ${id}}, {@code ${record}})
 * @param retention      when set, list hides records whose {@code retentionField} is older than this many seconds
 * @param retentionField the epoch-second field retention applies to
 */
public record EndpointSpec(String method, PathTemplate path, String corpus, EndpointAction action,
                           Map<String, ParamSpec> params, boolean strictParams, PaginationStyle pagination,
                           List<SortKey> defaultSort, String recordsKey, Object extras, String idField,
                           String idPrefix, Object defaults, List<String> stampNow, List<SideEffect> sideEffects,
                           Object deleteResponse, Long retention, FieldPath retentionField) {

    /** {@code GET /v1/customers}: how the endpoint appears in coverage and messages. */
    public String key() {
        return method + " " + path;
    }

    /** The declared parameter with this role, if any. */
    public ParamSpec paramWithRole(ParamRole role) {
        for (ParamSpec p : params.values()) {
            if (p.role() == role) {
                return p;
            }
        }
        return null;
    }
}
