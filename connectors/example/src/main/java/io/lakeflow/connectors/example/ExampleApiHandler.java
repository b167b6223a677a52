package io.lakeflow.connectors.example;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP face of the example source. Routes:
 * <pre>
 * GET    /tables                          {"tables": [{"name", "ingestion_type", "key", "cursor"}]}
 * GET    /tables/{t}/records              a {@link Page} of rows; query: see {@link PageRequest}
 * POST   /tables/{t}/records              insert or update by key (JSON body); 201 with the stored row
 * DELETE /tables/{t}/records/{id}         delete; 200 with the tombstone (or the removed row)
 * GET    /tables/{t}/deleted_records      a {@link Page} of tombstones {key, cursor, deleted_at}
 * GET    /tables/{t}/watermark            {"table": t, "cursor": the high-water mark or null}
 * </pre>
 * Every request first may get an injected fault, then must carry {@code Authorization: Bearer
 * <token>}. Errors are {@code {"error": {"type": ..., "message": ...}}}.
 */
final class ExampleApiHandler implements HttpHandler {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private final Map<String, TableStore> stores;
    private final byte[] expectedAuthorization;
    private final FaultInjector faults;

    ExampleApiHandler(Map<String, TableStore> stores, String token, FaultInjector faults) {
        this.stores = stores;
        this.expectedAuthorization = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            FaultInjector.Fault fault = faults.next();
            if (fault != null) {
                if (fault.retryAfterSeconds() != null) {
                    exchange.getResponseHeaders().set("Retry-After", Integer.toString(fault.retryAfterSeconds()));
                }
                send(exchange, fault.status(), error(fault.status() == 429 ? "rate_limited" : "unavailable",
                        fault.status() == 429 ? "Too many requests; retry after the Retry-After delay."
                                : "The service is briefly unavailable; retry with backoff."));
                return;
            }
            try {
                authorize(exchange);
                send(exchange, route(exchange));
            } catch (ApiProblem problem) {
                send(exchange, problem.status(), error(problem.type(), problem.getMessage()));
            } catch (RuntimeException e) {
                send(exchange, 500, error("internal", "Internal error: " + e.getClass().getSimpleName()));
            }
        }
    }

    private record Reply(int status, Object body) {
    }

    private Reply route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        List<String> path = List.of(exchange.getRequestURI().getRawPath().replaceAll("^/+|/+$", "").split("/+"));
        if (path.size() == 1 && path.get(0).equals("tables")) {
            requireMethod(method, "GET");
            noQuery(exchange);
            return new Reply(200, Map.of("tables", ExampleCatalog.tables().stream().map(ExampleApiHandler::describe).toList()));
        }
        if (path.size() < 3 || !path.get(0).equals("tables")) {
            throw ApiProblem.notFound("No route " + exchange.getRequestURI().getRawPath() + ". Routes start with /tables.");
        }
        String tableName = decode(path.get(1));
        TableStore store = stores.get(tableName);
        if (store == null) {
            throw ApiProblem.notFound("No table '" + tableName + "'. Tables: " + String.join(", ", stores.keySet()) + ".");
        }
        ExampleTable table = ExampleCatalog.table(tableName);
        String resource = path.get(2);
        if (path.size() == 3 && resource.equals("records") && method.equals("POST")) {
            noQuery(exchange);
            return new Reply(201, store.upsert(body(exchange)));
        }
        if (path.size() == 3 && resource.equals("records")) {
            requireMethod(method, "GET, POST");
            return new Reply(200, page(store.page(PageRequest.parse(query(exchange), table))));
        }
        if (path.size() == 4 && resource.equals("records")) {
            requireMethod(method, "DELETE");
            noQuery(exchange);
            return new Reply(200, Map.of("deleted", store.delete(id(path.get(3)))));
        }
        if (path.size() == 3 && resource.equals("deleted_records")) {
            requireMethod(method, "GET");
            if (!table.keepsDeletes()) {
                throw ApiProblem.notFound("Table " + tableName + " does not keep deleted records.");
            }
            return new Reply(200, page(store.deletedPage(PageRequest.parse(query(exchange), table))));
        }
        if (path.size() == 3 && resource.equals("watermark")) {
            requireMethod(method, "GET");
            noQuery(exchange);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("table", tableName);
            body.put("cursor", store.watermark());
            return new Reply(200, body);
        }
        throw ApiProblem.notFound("No route " + exchange.getRequestURI().getRawPath() + ".");
    }

    private void authorize(HttpExchange exchange) {
        String given = exchange.getRequestHeaders().getFirst("Authorization");
        // Constant-time comparison, and the message never repeats what was sent.
        if (given == null || !MessageDigest.isEqual(expectedAuthorization, given.getBytes(StandardCharsets.UTF_8))) {
            throw ApiProblem.unauthorized(given == null
                    ? "Missing Authorization header; send 'Authorization: Bearer <token>'."
                    : "The bearer token is not valid.");
        }
    }

    private static Map<String, Object> describe(ExampleTable table) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", table.name());
        out.put("ingestion_type", table.ingestionType().configName());
        out.put("key", table.keyField());
        out.put("cursor", table.cursorField());
        return out;
    }

    private static Map<String, Object> page(Page page) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("records", page.records());
        body.put("has_more", page.hasMore());
        return body;
    }

    private static Map<String, Object> error(String type, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", type);
        error.put("message", message);
        return Map.of("error", error);
    }

    private static void requireMethod(String method, String allowed) {
        if (!List.of(allowed.split(", ")).contains(method)) {
            throw ApiProblem.methodNotAllowed("Method " + method + " is not allowed here; allowed: " + allowed + ".");
        }
    }

    private static void noQuery(HttpExchange exchange) {
        if (!query(exchange).isEmpty()) {
            throw ApiProblem.badRequest("This route takes no query parameters; got '"
                    + String.join("', '", query(exchange).keySet()) + "'.");
        }
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (query.put(name, value) != null) {
                throw ApiProblem.badRequest("Query parameter '" + name + "' is given twice.");
            }
        }
        return query;
    }

    private static Map<String, Object> body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            Map<String, Object> body = JSON.readValue(in, OBJECT);
            if (body == null) {
                throw ApiProblem.badRequest("The body must be a JSON object.");
            }
            return body;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw ApiProblem.badRequest("The body must be a JSON object: " + e.getOriginalMessage());
        }
    }

    private static long id(String text) {
        try {
            return Long.parseLong(decode(text));
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("A record id must be an integer, got '" + decode(text) + "'.");
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("Malformed URL encoding in '" + text + "'.");
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        send(exchange, reply.status(), reply.body());
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
