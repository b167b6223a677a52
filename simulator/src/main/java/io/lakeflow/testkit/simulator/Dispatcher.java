package io.lakeflow.testkit.simulator;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Answers requests from a {@link SimulatorSpec} and a {@link Corpus}: routing, credentials, parameter
 * checks, list queries and writes. Pure request-to-response logic; {@link SimulatorServer} puts it on HTTP.
 * Thread-safe: reads share a lock, writes take it alone.
 */
public final class Dispatcher {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final SimulatorSpec spec;
    private final Corpus corpus;
    private final String secret;
    private final LongSupplier clock;
    private final Random ids;
    private final Coverage coverage;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, SimResponse> idempotent = new ConcurrentHashMap<>();

    /**
     * @param spec   the endpoints
     * @param corpus the data (mutated by writes)
     * @param secret the credential requests must present when the spec has {@code auth}
     * @param clock  current epoch seconds, for created records and retention
     * @param seed   seed of generated ids
     */
    public Dispatcher(SimulatorSpec spec, Corpus corpus, String secret, LongSupplier clock, long seed) {
        this.spec = spec;
        this.corpus = corpus;
        this.secret = secret;
        this.clock = clock;
        this.ids = new Random(seed);
        this.coverage = new Coverage(spec.endpoints());
        spec.shiftToNow().forEach((collection, fields) -> corpus.shiftToNow(collection, fields, clock.getAsLong()));
    }

    /** What the run exercised so far. */
    public Coverage coverage() {
        return coverage;
    }

    /** Answers one request. */
    /** The data the simulator serves (live: writes change it). */
    public Corpus corpus() {
        return corpus;
    }

    public SimResponse handle(SimRequest request) {
        EndpointSpec endpoint = null;
        Map<String, String> vars = null;
        for (EndpointSpec e : spec.endpoints()) {
            if (e.method().equals(request.method())) {
                var m = e.path().match(request.path());
                if (m.isPresent()) {
                    endpoint = e;
                    vars = m.get();
                    break;
                }
            }
        }
        if (endpoint == null) {
            coverage.unmatched(request.describe());
            return error(404, "invalid_request_error", "The simulator has no endpoint for " + request.method() + " "
                    + request.path() + ". Fix: add it to the " + spec.name() + " simulator spec, or correct the request.", null);
        }
        coverage.hit(endpoint);
        SimResponse denied = checkCredentials(request);
        if (denied != null) {
            return denied;
        }
        if (endpoint.strictParams()) {
            for (String name : request.query().keySet()) {
                if (!endpoint.params().containsKey(name)) {
                    return error(400, "invalid_request_error", "Received unknown parameter: " + name, name);
                }
            }
        }
        String idempotencyKey = request.method().equals("POST") ? request.header("Idempotency-Key") : null;
        if (idempotencyKey != null) {
            SimResponse earlier = idempotent.get(idempotencyKey);
            if (earlier != null) {
                return earlier.withHeader("Idempotent-Replayed", "true");
            }
        }
        EndpointSpec target = endpoint;
        Map<String, String> pathVars = vars;
        SimResponse response = switch (endpoint.action()) {
            case LIST -> read(() -> list(target, request));
            case GET -> read(() -> get(target, pathVars));
            case CREATE -> write(() -> create(target, request));
            case UPDATE -> write(() -> update(target, request, pathVars));
            case DELETE -> write(() -> delete(target, pathVars));
        };
        if (idempotencyKey != null && response.status() < 500) {
            idempotent.put(idempotencyKey, response);
        }
        return response;
    }

    private SimResponse read(java.util.function.Supplier<SimResponse> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private SimResponse write(java.util.function.Supplier<SimResponse> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ---------------------------------------------------------------- credentials

    private SimResponse checkCredentials(SimRequest request) {
        AuthSpec auth = spec.auth();
        if (auth == null) {
            return null;
        }
        String presented = null;
        for (String scheme : auth.schemes()) {
            presented = presented != null ? presented : credential(scheme, request);
        }
        if (presented == null || presented.isEmpty()) {
            return error(401, auth.errorType(), auth.missingMessage(), null);
        }
        if (!presented.equals(secret)) {
            String hint = "****" + (presented.length() > 8 ? presented.substring(presented.length() - 4) : "");
            return error(401, auth.errorType(), auth.invalidMessage().replace("${hint}", hint), null);
        }
        return null;
    }

    private static String credential(String scheme, SimRequest request) {
        String authorization = request.header("Authorization");
        if (scheme.equals("bearer") && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        if (scheme.equals("basic") && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
        if (scheme.startsWith("header:")) {
            return request.header(scheme.substring(7));
        }
        if (scheme.startsWith("query:")) {
            return request.param(scheme.substring(6));
        }
        return null;
    }

    // ---------------------------------------------------------------- lists

    private SimResponse list(EndpointSpec endpoint, SimRequest request) {
        List<Map<String, Object>> all = corpus.collection(endpoint.corpus());
        List<Map<String, Object>> rows = new ArrayList<>();
        long now = clock.getAsLong();
        for (Map<String, Object> r : all) {
            if (endpoint.retention() != null && endpoint.retentionField().get(r) instanceof Number n
                    && n.longValue() < now - endpoint.retention()) {
                continue;
            }
            if (passesFilters(endpoint, request, r)) {
                rows.add(r);
            }
        }
        Comparator<Map<String, Object>> order;
        try {
            order = order(endpoint, request, all);
        } catch (BadRequest e) {
            return error(400, "invalid_request_error", e.getMessage(), e.param);
        }
        rows.sort(order);
        try {
            return page(endpoint, request, rows, all, order);
        } catch (BadRequest e) {
            return error(e.status, "invalid_request_error", e.getMessage(), e.param);
        }
    }

    private static boolean passesFilters(EndpointSpec endpoint, SimRequest request, Map<String, Object> record) {
        for (Map.Entry<String, List<String>> q : request.query().entrySet()) {
            ParamSpec p = endpoint.params().get(q.getKey());
            if (p != null && p.role() == ParamRole.FILTER && !p.op().test(p.field().get(record), q.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static Comparator<Map<String, Object>> order(EndpointSpec endpoint, SimRequest request,
                                                         List<Map<String, Object>> all) {
        List<SortKey> keys = new ArrayList<>(endpoint.defaultSort());
        ParamSpec sortBy = endpoint.paramWithRole(ParamRole.SORT_BY);
        ParamSpec sortOrder = endpoint.paramWithRole(ParamRole.SORT_ORDER);
        String field = sortBy == null ? null : request.param(sortBy.name());
        String direction = sortOrder == null ? null : request.param(sortOrder.name());
        if (field != null) {
            if (!sortBy.options().isEmpty() && !sortBy.options().contains(field)) {
                throw new BadRequest(400, "Invalid " + sortBy.name() + " '" + field + "': expected one of "
                        + sortBy.options(), sortBy.name());
            }
            keys.add(0, new SortKey(FieldPath.of(field), "desc".equalsIgnoreCase(direction)));
        } else if (direction != null && !keys.isEmpty()) {
            keys.set(0, new SortKey(keys.get(0).field(), "desc".equalsIgnoreCase(direction)));
        }
        Map<Map<String, Object>, Integer> positions = new java.util.IdentityHashMap<>();
        if (keys.stream().anyMatch(k -> k.field().dotted().equals(SortKey.INSERTION))) {
            for (int i = 0; i < all.size(); i++) {
                positions.put(all.get(i), i);
            }
        }
        return SortKey.comparator(keys, positions);
    }

    private SimResponse page(EndpointSpec endpoint, SimRequest request, List<Map<String, Object>> rows,
                             List<Map<String, Object>> all, Comparator<Map<String, Object>> order) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        List<Map<String, Object>> pageRows;
        switch (endpoint.pagination()) {
            case NONE -> pageRows = rows;
            case PAGE_NUMBER, LINK_HEADER -> {
                int size = size(endpoint, request, ParamRole.PER_PAGE);
                ParamSpec pageParam = endpoint.paramWithRole(ParamRole.PAGE);
                int page = pageParam == null ? 1 : intParam(request, pageParam, 1);
                if (page < 1) {
                    throw new BadRequest(400, "Invalid " + pageParam.name() + ": must be at least 1, got " + page, pageParam.name());
                }
                int from = Math.min(rows.size(), (page - 1) * size);
                pageRows = rows.subList(from, Math.min(rows.size(), from + size));
                int last = Math.max(1, (rows.size() + size - 1) / size);
                if (endpoint.pagination() == PaginationStyle.LINK_HEADER && pageParam != null) {
                    List<String> links = new ArrayList<>();
                    if (page < last) {
                        links.add("<" + withParam(request, pageParam.name(), page + 1) + ">; rel=\"next\"");
                    }
                    if (page > 1) {
                        links.add("<" + withParam(request, pageParam.name(), page - 1) + ">; rel=\"prev\"");
                    }
                    links.add("<" + withParam(request, pageParam.name(), 1) + ">; rel=\"first\"");
                    links.add("<" + withParam(request, pageParam.name(), last) + ">; rel=\"last\"");
                    headers.put("Link", String.join(", ", links));
                }
            }
            case OFFSET_LIMIT -> {
                int size = size(endpoint, request, ParamRole.LIMIT);
                ParamSpec offsetParam = endpoint.paramWithRole(ParamRole.OFFSET);
                int offset = offsetParam == null ? 0 : intParam(request, offsetParam, 0);
                if (offset < 0) {
                    throw new BadRequest(400, "Invalid " + offsetParam.name() + ": must not be negative", offsetParam.name());
                }
                int from = Math.min(rows.size(), offset);
                pageRows = rows.subList(from, Math.min(rows.size(), from + size));
            }
            case STARTING_AFTER -> {
                int size = size(endpoint, request, ParamRole.LIMIT);
                ParamSpec after = endpoint.paramWithRole(ParamRole.STARTING_AFTER);
                ParamSpec before = endpoint.paramWithRole(ParamRole.ENDING_BEFORE);
                String afterId = after == null ? null : request.param(after.name());
                String beforeId = before == null ? null : request.param(before.name());
                if (afterId != null && beforeId != null) {
                    throw new BadRequest(400, "You may only specify one of these parameters: "
                            + after.name() + ", " + before.name() + ".", after.name());
                }
                if (beforeId != null) {
                    Map<String, Object> anchor = anchor(endpoint, all, beforeId, before.name());
                    int end = 0;
                    while (end < rows.size() && order.compare(rows.get(end), anchor) < 0) {
                        end++;
                    }
                    int from = Math.max(0, end - size);
                    pageRows = rows.subList(from, end);
                    body.put("has_more", from > 0);
                } else {
                    int from = 0;
                    if (afterId != null) {
                        Map<String, Object> anchor = anchor(endpoint, all, afterId, after.name());
                        while (from < rows.size() && order.compare(rows.get(from), anchor) <= 0) {
                            from++;
                        }
                    }
                    pageRows = rows.subList(from, Math.min(rows.size(), from + size));
                    body.put("has_more", from + size < rows.size());
                }
            }
            case NEXT_CURSOR, NEXT_URL -> {
                int size = size(endpoint, request, ParamRole.LIMIT);
                ParamSpec cursorParam = endpoint.paramWithRole(ParamRole.CURSOR);
                String cursor = cursorParam == null ? null : request.param(cursorParam.name());
                int from = cursor == null ? 0 : decodeCursor(cursor, cursorParam.name());
                from = Math.min(from, rows.size());
                pageRows = rows.subList(from, Math.min(rows.size(), from + size));
                boolean more = from + size < rows.size();
                String next = more ? encodeCursor(from + size) : null;
                if (endpoint.pagination() == PaginationStyle.NEXT_CURSOR) {
                    body.put("next_cursor", next);
                } else {
                    body.put("next", next == null || cursorParam == null ? null : withParam(request, cursorParam.name(), next));
                }
            }
            default -> throw new IllegalStateException(endpoint.pagination().toString());
        }
        List<Object> data = new ArrayList<>(pageRows);
        String json;
        if (endpoint.recordsKey() == null) {
            json = write(data);
        } else {
            Map<String, Object> wrapped = new LinkedHashMap<>();
            if (endpoint.extras() != null) {
                Object extras = Template.render(endpoint.extras(), v -> v.equals("path") ? request.path() : null);
                if (extras instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> wrapped.put(k.toString(), v));
                }
            }
            wrapped.put(endpoint.recordsKey(), data);
            wrapped.putAll(body);
            json = write(wrapped);
        }
        SimResponse response = SimResponse.json(200, json);
        for (Map.Entry<String, String> h : headers.entrySet()) {
            response = response.withHeader(h.getKey(), h.getValue());
        }
        return response;
    }

    private Map<String, Object> anchor(EndpointSpec endpoint, List<Map<String, Object>> all, String id, String param) {
        for (Map<String, Object> r : all) {
            if (id.equals(String.valueOf(r.get(endpoint.idField())))) {
                return r;
            }
        }
        throw new BadRequest(400, "No such object: '" + id + "' (given as " + param + ")", param);
    }

    private static int size(EndpointSpec endpoint, SimRequest request, ParamRole role) {
        ParamSpec p = endpoint.paramWithRole(role);
        if (p == null) {
            return Integer.MAX_VALUE / 2;
        }
        int size = intParam(request, p, p.defaultValue());
        if (size < 1 || size > p.max()) {
            throw new BadRequest(400, "Invalid " + p.name() + " " + size + ": must be between 1 and " + p.max() + ".", p.name());
        }
        return size;
    }

    private static int intParam(SimRequest request, ParamSpec p, int fallback) {
        String text = request.param(p.name());
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new BadRequest(400, "Invalid integer: " + text + " (given as " + p.name() + ")", p.name());
        }
    }

    private static String encodeCursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decodeCursor(String cursor, String param) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("o:")) {
                return Integer.parseInt(text.substring(2));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new BadRequest(400, "Invalid " + param + ": not a cursor this API issued", param);
    }

    private static String withParam(SimRequest request, String name, Object value) {
        Map<String, List<String>> q = new LinkedHashMap<>(request.query());
        q.put(name, List.of(String.valueOf(value)));
        return request.baseUrl() + request.path() + "?" + QueryString.encode(q);
    }

    // ---------------------------------------------------------------- single records and writes

    private SimResponse get(EndpointSpec endpoint, Map<String, String> vars) {
        List<Map<String, Object>> all = corpus.collection(endpoint.corpus());
        if (vars.isEmpty()) {
            return SimResponse.json(200, write(all.isEmpty() ? Map.of() : all.get(0)));
        }
        String id = vars.values().iterator().next();
        Map<String, Object> record = corpus.find(endpoint.corpus(), endpoint.idField(), id);
        if (record == null) {
            return missing(endpoint, id);
        }
        return SimResponse.json(200, write(record));
    }

    @SuppressWarnings("unchecked")
    private SimResponse create(EndpointSpec endpoint, SimRequest request) {
        Map<String, Object> body;
        try {
            body = parseBody(request);
        } catch (BadRequest e) {
            return error(400, "invalid_request_error", e.getMessage(), null);
        }
        List<Map<String, Object>> collection = corpus.collection(endpoint.corpus());
        long now = clock.getAsLong();
        String id = endpoint.idPrefix() + newId();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put(endpoint.idField(), id);
        Object defaults = Template.render(endpoint.defaults(), v -> v.equals("now") ? now : v.equals("id") ? id : null);
        if (defaults instanceof Map<?, ?> d) {
            record.putAll((Map<String, Object>) d);
        }
        record.put(endpoint.idField(), id);
        for (String field : endpoint.stampNow()) {
            record.put(field, now);
        }
        merge(record, coerce(body, collection));
        collection.add(record);
        applySideEffects(endpoint, record, now);
        return SimResponse.json(200, write(record));
    }

    private SimResponse update(EndpointSpec endpoint, SimRequest request, Map<String, String> vars) {
        String id = vars.values().iterator().next();
        Map<String, Object> record = corpus.find(endpoint.corpus(), endpoint.idField(), id);
        if (record == null) {
            return missing(endpoint, id);
        }
        Map<String, Object> body;
        try {
            body = parseBody(request);
        } catch (BadRequest e) {
            return error(400, "invalid_request_error", e.getMessage(), null);
        }
        merge(record, coerce(body, corpus.collection(endpoint.corpus())));
        long now = clock.getAsLong();
        applySideEffects(endpoint, record, now);
        return SimResponse.json(200, write(record));
    }

    private SimResponse delete(EndpointSpec endpoint, Map<String, String> vars) {
        String id = vars.values().iterator().next();
        Map<String, Object> record = corpus.find(endpoint.corpus(), endpoint.idField(), id);
        if (record == null) {
            return missing(endpoint, id);
        }
        corpus.collection(endpoint.corpus()).remove(record);
        long now = clock.getAsLong();
        applySideEffects(endpoint, record, now);
        Object response = endpoint.deleteResponse() == null
                ? Map.of(endpoint.idField(), id, "deleted", true)
                : Template.render(endpoint.deleteResponse(), v -> v.equals("id") ? id : v.equals("record") ? record : null);
        return SimResponse.json(200, write(response));
    }

    @SuppressWarnings("unchecked")
    private void applySideEffects(EndpointSpec endpoint, Map<String, Object> record, long now) {
        for (SideEffect effect : endpoint.sideEffects()) {
            Function<String, Object> vars = v -> {
                if (v.equals("record")) {
                    return record;
                }
                if (v.equals("now")) {
                    return now;
                }
                if (v.equals("id")) {
                    return record.get(endpoint.idField());
                }
                if (v.startsWith("new_id:")) {
                    return v.substring(7) + newId();
                }
                return null;
            };
            corpus.collection(effect.corpus()).add((Map<String, Object>) Template.render(effect.template(), vars));
        }
    }

    private SimResponse missing(EndpointSpec endpoint, String id) {
        return error(404, "invalid_request_error", "No such " + endpoint.corpus() + ": '" + id + "'", "id");
    }

    private Map<String, Object> parseBody(SimRequest request) {
        String text = new String(request.body(), StandardCharsets.UTF_8);
        String type = request.header("Content-Type");
        Map<String, Object> body;
        if (text.isBlank()) {
            body = new LinkedHashMap<>();
        } else if (type != null && type.contains("json")) {
            try {
                body = JSON.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {});
            } catch (java.io.IOException e) {
                throw new BadRequest(400, "Invalid JSON body: " + e.getMessage(), null);
            }
        } else {
            body = FormBody.parse(text);
        }
        body.remove("expand");
        return body;
    }

    /** Form values are text; give each the type the corpus uses for that field ("" clears a field). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> coerce(Map<String, Object> body, List<Map<String, Object>> samples) {
        Map<String, Object> out = new LinkedHashMap<>();
        body.forEach((key, value) -> {
            Object sample = null;
            List<Map<String, Object>> nested = new ArrayList<>();
            for (Map<String, Object> s : samples) {
                Object v = s.get(key);
                if (v != null && sample == null) {
                    sample = v;
                }
                if (v instanceof Map<?, ?> m) {
                    nested.add((Map<String, Object>) m);
                }
            }
            out.put(key, coerceValue(value, sample, nested));
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object coerceValue(Object value, Object sample, List<Map<String, Object>> nested) {
        if (value instanceof Map<?, ?> m) {
            return coerce((Map<String, Object>) m, nested);
        }
        if (!(value instanceof String text)) {
            return value;
        }
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (sample instanceof Integer || sample instanceof Long) {
                return Long.parseLong(text);
            }
            if (sample instanceof Number) {
                return Double.parseDouble(text);
            }
        } catch (NumberFormatException e) {
            return text;
        }
        if (sample instanceof Boolean && (text.equals("true") || text.equals("false"))) {
            return Boolean.parseBoolean(text);
        }
        return text;
    }

    /** Maps merge key by key (as Stripe merges {@code metadata}); anything else replaces. */
    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> target, Map<String, Object> changes) {
        changes.forEach((key, value) -> {
            if (value instanceof Map<?, ?> m && target.get(key) instanceof Map<?, ?> existing) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) existing);
                merge(copy, (Map<String, Object>) m);
                target.put(key, copy);
            } else {
                target.put(key, Template.deepCopy(value));
            }
        });
    }

    private String newId() {
        StringBuilder s = new StringBuilder();
        synchronized (ids) {
            for (int i = 0; i < 14; i++) {
                s.append(ID_ALPHABET.charAt(ids.nextInt(ID_ALPHABET.length())));
            }
        }
        return s.toString();
    }

    // ---------------------------------------------------------------- errors

    /** An error response in the API's own shape. */
    public SimResponse error(int status, String type, String message, String param) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("status", status);
        vars.put("type", type);
        vars.put("message", message);
        vars.put("param", param);
        return SimResponse.json(status, write(Template.render(spec.errorBody(), vars::get)));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a simulator response as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A request the API refuses; carries the status and the offending parameter. */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String param;

        BadRequest(int status, String message, String param) {
            super(message, null, false, false);
            this.status = status;
            this.param = param;
        }
    }
}
