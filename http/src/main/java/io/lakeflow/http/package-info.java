/**
 * HTTP behaviour every REST connector needs, as small OkHttp interceptors to compose on one
 * {@link okhttp3.OkHttpClient.Builder}: {@link io.lakeflow.http.AuthInterceptor} (bearer, basic or
 * API-key header), {@link io.lakeflow.http.HeaderInterceptor} (fixed headers such as an API
 * version), {@link io.lakeflow.http.RetryInterceptor} with its {@link io.lakeflow.http.RetryPolicy}
 * (429/5xx and I/O errors, {@code Retry-After}, backoff with jitter) and
 * {@link io.lakeflow.http.RateLimitInterceptor} (client-side token bucket).
 *
 * <p>Order matters: add auth and fixed headers first, then retry, then the rate limit, so that
 * every attempt, retries included, carries the headers and is counted by the limit.
 * No type here ever puts a credential or a header value in a message or {@code toString()}.
 */
package io.lakeflow.http;
