package io.lakeflow.connectors.example;

/**
 * A request the example source refuses, with the HTTP status and error type it answers with
 * ({@code {"error": {"type": ..., "message": ...}}}). Thrown by the source's programmatic API too,
 * as the {@link IllegalArgumentException} it is.
 */
final class ApiProblem extends IllegalArgumentException {

    private final int status;
    private final String type;

    private ApiProblem(int status, String type, String message) {
        super(message);
        this.status = status;
        this.type = type;
    }

    /** 400 {@code invalid_request}: a malformed parameter or body. */
    static ApiProblem badRequest(String message) {
        return new ApiProblem(400, "invalid_request", message);
    }

    /** 404 {@code not_found}: an unknown table, route or record. */
    static ApiProblem notFound(String message) {
        return new ApiProblem(404, "not_found", message);
    }

    /** 405 {@code method_not_allowed}. */
    static ApiProblem methodNotAllowed(String message) {
        return new ApiProblem(405, "method_not_allowed", message);
    }

    /** 401 {@code unauthorized}: no or a wrong bearer token (the message never repeats the token sent). */
    static ApiProblem unauthorized(String message) {
        return new ApiProblem(401, "unauthorized", message);
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }
}
