package io.lakeflow.testkit.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A declarative description of a simulated API, read from YAML:
 *
 * <pre>{@code
 * name: stripe
 * auth: {schemes: [bearer, basic], error_type: invalid_request_error,
 *        missing_message: "You did not provide an API key.", invalid_message: "Invalid API Key provided: ${hint}"}
 * error_body: {error: {type: "${type}", message: "${message}", param: "${param}"}}
 * shift_to_now: {events: [created]}
 * templates: {event: {id: "${new_id:evt_}", object: event, type: "${type}", created: "${now}", data: {object: "${record}"}}}
 * endpoints:
 *   - path: /v1/customers
 *     method: GET
 *     corpus: customers
 *     strict_params: true
 *     response: {pagination_style: starting_after, default_sort: "created desc, id desc",
 *                records_key: data, extras: {object: list, url: "${path}"}}
 *     params:
 *       created[gte]: {role: filter, field: created, op: gte}
 *       limit: {role: limit, default: 10, max: 100}
 *       starting_after: {role: starting_after}
 *   - path: /v1/customers
 *     method: POST
 *     corpus: customers
 *     create: {id_prefix: cus_, defaults: {object: customer, metadata: {}}, stamp_now: [created]}
 *     side_effects: [{append_to: events, template: event, vars: {type: customer.created}}]
 * }</pre>
 *
 * Mistakes in a spec fail at load time, naming the endpoint and the key.
 *
 * @param name        the API's name (coverage file name)
 * @param auth        credential check, or null for none
 * @param errorBody   the error body template ({@code ${status}}, {@code ${type}}, {@code ${message}}, {@code ${param}})
 * @param shiftToNow  per collection, epoch-second fields moved so the newest equals the server start time
 * @param endpoints   the endpoints, matched in order
 */
public record SimulatorSpec(String name, AuthSpec auth, Object errorBody, Map<String, List<String>> shiftToNow,
                            List<EndpointSpec> endpoints) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>> MAP = new com.fasterxml.jackson.core.type.TypeReference<>() {};
    private static final Set<String> ROOT_KEYS = Set.of("name", "auth", "error_body", "shift_to_now", "templates", "endpoints");
    private static final Set<String> ENDPOINT_KEYS = Set.of("path", "method", "corpus", "action", "strict_params",
            "response", "params", "create", "side_effects", "delete_response", "retention", "id_field");
    private static final Set<String> RESPONSE_KEYS = Set.of("pagination_style", "default_sort", "records_key", "extras");
    private static final Set<String> PARAM_KEYS = Set.of("role", "field", "op", "default", "max", "options");
    private static final Set<String> CREATE_KEYS = Set.of("id_prefix", "defaults", "stamp_now");

    /** Reads a spec from a class-path resource. */
    public static SimulatorSpec fromResource(String resource) {
        try (InputStream in = SimulatorSpec.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("Simulator spec '" + resource + "' is not on the class path. "
                        + "Fix: put it under src/test/resources/" + resource + ".");
            }
            return parse(YAML.readValue(in, MAP), resource);
        } catch (IOException e) {
            throw new IllegalArgumentException("Simulator spec '" + resource + "' is not valid YAML: " + e.getMessage(), e);
        }
    }

    /** Reads a spec from YAML text. */
    public static SimulatorSpec fromYaml(String yaml) {
        try {
            return parse(YAML.readValue(yaml, MAP), "<yaml>");
        } catch (IOException e) {
            throw new IllegalArgumentException("Simulator spec is not valid YAML: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static SimulatorSpec parse(Map<String, Object> root, String source) {
        checkKeys(root, ROOT_KEYS, source);
        String name = String.valueOf(root.getOrDefault("name", "simulator"));
        AuthSpec auth = null;
        if (root.get("auth") instanceof Map<?, ?> a) {
            Map<String, Object> am = (Map<String, Object>) a;
            auth = new AuthSpec((List<String>) am.getOrDefault("schemes", List.of("bearer")),
                    (String) am.getOrDefault("error_type", "authentication_error"),
                    (String) am.getOrDefault("missing_message", "No credentials were provided."),
                    (String) am.getOrDefault("invalid_message", "Invalid credentials provided: ${hint}"));
        }
        Object errorBody = root.getOrDefault("error_body", Map.of("error", "${message}", "status", "${status}"));
        Map<String, List<String>> shift = (Map<String, List<String>>) root.getOrDefault("shift_to_now", Map.of());
        Map<String, Object> templates = (Map<String, Object>) root.getOrDefault("templates", Map.of());
        List<EndpointSpec> endpoints = new ArrayList<>();
        Object list = root.get("endpoints");
        if (!(list instanceof List<?> items) || items.isEmpty()) {
            throw new IllegalArgumentException(source + ": expected a non-empty 'endpoints' list. Fix: declare at least one endpoint.");
        }
        int i = 0;
        for (Object item : items) {
            endpoints.add(parseEndpoint((Map<String, Object>) item, templates, source + " endpoints[" + i++ + "]"));
        }
        return new SimulatorSpec(name, auth, errorBody, shift, List.copyOf(endpoints));
    }

    @SuppressWarnings("unchecked")
    private static EndpointSpec parseEndpoint(Map<String, Object> e, Map<String, Object> templates, String where) {
        String path = require(e, "path", where);
        where = where + " (" + path + ")";
        checkKeys(e, ENDPOINT_KEYS, where);
        String method = String.valueOf(e.getOrDefault("method", "GET")).toUpperCase(Locale.ROOT);
        String corpus = require(e, "corpus", where);
        EndpointAction action = EndpointAction.fromSpec((String) e.get("action"), method, where);
        Map<String, Object> response = (Map<String, Object>) e.getOrDefault("response", Map.of());
        checkKeys(response, RESPONSE_KEYS, where + " response");
        PaginationStyle style = PaginationStyle.fromSpecName(
                String.valueOf(response.getOrDefault("pagination_style", "none")), where);
        Map<String, ParamSpec> params = new LinkedHashMap<>();
        Map<String, Object> rawParams = (Map<String, Object>) e.getOrDefault("params", Map.of());
        for (Map.Entry<String, Object> p : rawParams.entrySet()) {
            params.put(p.getKey(), parseParam(p.getKey(), (Map<String, Object>) p.getValue(), where));
        }
        Map<String, Object> create = (Map<String, Object>) e.getOrDefault("create", Map.of());
        checkKeys(create, CREATE_KEYS, where + " create");
        List<SideEffect> effects = new ArrayList<>();
        for (Object raw : (List<Object>) e.getOrDefault("side_effects", List.of())) {
            Map<String, Object> s = (Map<String, Object>) raw;
            Object template = s.get("template");
            if (template instanceof String named) {
                template = templates.get(named);
                if (template == null) {
                    throw new IllegalArgumentException(where + ": side effect names template '" + named
                            + "', which is not under 'templates'. Fix: declare it or inline the record.");
                }
            }
            Map<String, Object> vars = (Map<String, Object>) s.getOrDefault("vars", Map.of());
            Object bound = Template.render(template, v -> vars.containsKey(v) ? vars.get(v) : "${" + v + "}");
            effects.add(new SideEffect(require(s, "append_to", where + " side_effects"), bound));
        }
        Map<String, Object> retention = (Map<String, Object>) e.get("retention");
        return new EndpointSpec(method, new PathTemplate(path), corpus, action, Map.copyOf(params),
                Boolean.TRUE.equals(e.get("strict_params")), style,
                SortKey.parseAll((String) response.get("default_sort")),
                (String) response.getOrDefault("records_key", null), response.get("extras"),
                String.valueOf(e.getOrDefault("id_field", "id")), (String) create.getOrDefault("id_prefix", ""),
                create.getOrDefault("defaults", Map.of()), (List<String>) create.getOrDefault("stamp_now", List.of()),
                List.copyOf(effects), e.get("delete_response"),
                retention == null ? null : ((Number) retention.get("seconds")).longValue(),
                retention == null ? null : FieldPath.of(String.valueOf(retention.get("field"))));
    }

    @SuppressWarnings("unchecked")
    private static ParamSpec parseParam(String name, Map<String, Object> p, String where) {
        String pw = where + " param '" + name + "'";
        if (p == null || p.get("role") == null) {
            throw new IllegalArgumentException(pw + ": missing 'role'. Fix: add role: filter | limit | ... | ignore.");
        }
        checkKeys(p, PARAM_KEYS, pw);
        ParamRole role = ParamRole.fromSpecName(String.valueOf(p.get("role")), pw);
        FieldPath field = p.get("field") == null ? null : FieldPath.of(String.valueOf(p.get("field")));
        FilterOp op = role == ParamRole.FILTER ? FilterOp.fromName(String.valueOf(p.getOrDefault("op", "eq")), pw) : null;
        if (role == ParamRole.FILTER && field == null) {
            throw new IllegalArgumentException(pw + ": a filter needs 'field'. Fix: add field: <dotted.path>.");
        }
        int def = ((Number) p.getOrDefault("default", 10)).intValue();
        int max = ((Number) p.getOrDefault("max", 100)).intValue();
        return new ParamSpec(name, role, field, op, def, max, (List<String>) p.getOrDefault("options", List.of()));
    }

    private static void checkKeys(Map<String, Object> map, Set<String> allowed, String where) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException(where + ": unknown key '" + key + "'. Fix: use one of "
                        + new java.util.TreeSet<>(allowed) + ".");
            }
        }
    }

    private static String require(Map<String, Object> map, String key, String where) {
        Object v = map.get(key);
        if (v == null || v.toString().isBlank()) {
            throw new IllegalArgumentException(where + ": missing '" + key + "'.");
        }
        return v.toString();
    }
}
