package io.lakeflow.http;

import static io.lakeflow.http.LoopbackServer.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** The credential reaches the server in the right header, and never a string meant for people. */
class AuthInterceptorTest {

    private static LoopbackServer.Received send(Interceptor... interceptors) throws Exception {
        try (LoopbackServer server = LoopbackServer.start(n -> ok("{}"))) {
            OkHttpClient.Builder builder = new OkHttpClient.Builder();
            for (Interceptor i : interceptors) {
                builder.addInterceptor(i);
            }
            builder.build().newCall(new Request.Builder().url(server.url("/me")).header("Authorization", "stale").build())
                    .execute().close();
            return server.received().get(0);
        }
    }

    @Test
    void bearerTokenIsSentAndHidden() throws Exception {
        AuthInterceptor auth = AuthInterceptor.bearer("tok-123");
        assertThat(send(auth).headers().get("Authorization")).containsExactly("Bearer tok-123");
        assertThat(auth.toString()).contains("bearer").doesNotContain("tok-123");
    }

    @Test
    void basicCredentialsAreSentAndHidden() throws Exception {
        AuthInterceptor auth = AuthInterceptor.basic("sk_live_user", "pässword");
        String expected = "Basic " + Base64.getEncoder().encodeToString("sk_live_user:pässword".getBytes(StandardCharsets.UTF_8));
        assertThat(send(auth).headers().getFirst("Authorization")).isEqualTo(expected);
        assertThat(auth.toString()).doesNotContain("sk_live_user").doesNotContain("pässword").doesNotContain(expected.substring(6));
    }

    @Test
    void apiKeyGoesInItsOwnHeaderNextToFixedHeaders() throws Exception {
        AuthInterceptor auth = AuthInterceptor.apiKey("X-Api-Key", "key-9");
        HeaderInterceptor version = new HeaderInterceptor(Map.of("Stripe-Version", "2024-06-20"));
        LoopbackServer.Received received = send(auth, version);
        assertThat(received.headers().getFirst("X-Api-Key")).isEqualTo("key-9");
        assertThat(received.headers().getFirst("Stripe-Version")).isEqualTo("2024-06-20");
        assertThat(auth.toString()).contains("X-Api-Key").doesNotContain("key-9");
        assertThat(version.toString()).contains("Stripe-Version").doesNotContain("2024-06-20");
    }

    @Test
    void blankCredentialsAreRefusedWithoutEchoingThem() {
        assertThatThrownBy(() -> AuthInterceptor.bearer(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bearer token").hasMessageContaining("Fix:");
        assertThatThrownBy(() -> AuthInterceptor.basic("user", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuthInterceptor.apiKey("X-Api-Key", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
