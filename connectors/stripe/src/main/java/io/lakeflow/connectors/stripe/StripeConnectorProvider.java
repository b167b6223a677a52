package io.lakeflow.connectors.stripe;

import io.lakeflow.connect.ConnectionParameter;
import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.LakeflowConnectorProvider;
import java.util.List;
import java.util.Map;

/** Registers the Stripe connector under the name {@code stripe}. */
public final class StripeConnectorProvider implements LakeflowConnectorProvider {

    @Override
    public String name() {
        return "stripe";
    }

    @Override
    public String description() {
        return "Stripe payments and billing (customers, charges, invoices, subscriptions, events, ...), incremental "
                + "through /v1/events, with deletes.";
    }

    @Override
    public Class<? extends LakeflowConnect> connectorClass() {
        return StripeConnector.class;
    }

    @Override
    public List<ConnectionParameter> connectionParameters() {
        return List.of(
                ConnectionParameter.secret(StripeOptions.API_KEY,
                        "A secret key (sk_test_..., sk_live_...) or a restricted key (rk_...) with read access."),
                ConnectionParameter.optional(StripeOptions.BASE_URL, "The API root.", StripeOptions.DEFAULT_BASE_URL),
                ConnectionParameter.optional(StripeOptions.STRIPE_VERSION,
                        "The Stripe-Version sent with every request; the schemas describe this version.",
                        StripeOptions.DEFAULT_STRIPE_VERSION),
                ConnectionParameter.optional(StripeOptions.PAGE_SIZE, "Objects per list request, 1 to 100.", "100"),
                ConnectionParameter.optional(StripeOptions.MAX_RETRIES,
                        "Retries of a request answered 429 or 5xx or cut off, 0 to 20.", "6"),
                ConnectionParameter.optional(StripeOptions.MAX_RETRY_WAIT_SECONDS,
                        "The longest wait before a retry, whatever Retry-After asks.", "30"),
                ConnectionParameter.optional(StripeOptions.REQUESTS_PER_SECOND, "Client-side rate limit.", "20"),
                ConnectionParameter.optional(StripeOptions.EVENTS_WINDOW_SECONDS,
                        "Span of events (or creation times) read in one batch, 60 to 2592000.", "604800"));
    }

    @Override
    public LakeflowConnect create(Map<String, String> options) {
        return new StripeConnector(options);
    }
}
