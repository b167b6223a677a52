package io.lakeflow.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** A real JDK HTTP server on 127.0.0.1 whose n-th answer (from 0) is scripted; records what it received. */
final class LoopbackServer implements AutoCloseable {

    /** One scripted answer. */
    interface Answer {
        void send(HttpExchange exchange) throws IOException;
    }

    /** A request as the server saw it. */
    record Received(String method, String path, Headers headers, long nanoTime) {
    }

    private final HttpServer server;
    private final AtomicInteger count = new AtomicInteger();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private LoopbackServer(IntFunction<Answer> script) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            int n = count.getAndIncrement();
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders(), System.nanoTime()));
            exchange.getRequestBody().readAllBytes();
            script.apply(n).send(exchange);
        });
        server.start();
    }

    static LoopbackServer start(IntFunction<Answer> script) throws IOException {
        return new LoopbackServer(script);
    }

    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    int requests() {
        return count.get();
    }

    List<Received> received() {
        return received;
    }

    static Answer status(int code, String body, String... headerPairs) {
        return exchange -> {
            for (int i = 0; i < headerPairs.length; i += 2) {
                exchange.getResponseHeaders().set(headerPairs[i], headerPairs[i + 1]);
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(code, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        };
    }

    static Answer ok(String body) {
        return status(200, body);
    }

    /** Closes the connection without an answer (the client sees an unexpected end of stream). */
    static Answer hangUp() {
        return exchange -> {
            throw new IOException("scripted hang-up");
        };
    }

    /** Announces a body of 1000 bytes, sends 10, then closes: a body cut off mid-read. */
    static Answer truncatedBody() {
        return exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            OutputStream out = exchange.getResponseBody();
            out.write("0123456789".getBytes(StandardCharsets.UTF_8));
            out.flush();
            exchange.close();
        };
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
