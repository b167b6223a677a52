/**
 * The Stripe connector: sixteen Stripe resources as tables, read incrementally.
 *
 * <p>{@link io.lakeflow.connectors.stripe.StripeTable} holds the table definitions (endpoint, object type,
 * change and delete events) and {@code schemas.json} their typed schemas, derived from Stripe's API
 * description. A first read lists each table (newest first, capped at the time the listing started);
 * later reads follow {@code /v1/events} for changed objects, and {@code *.deleted} events feed
 * {@code readTableDeletes}. See the module README for the design and its limits.
 */
package io.lakeflow.connectors.stripe;
