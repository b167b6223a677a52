package io.lakeflow.connectors.stripe;

import io.lakeflow.testkit.LakeflowConformance;

/**
 * Certifies the Stripe connector: the whole conformance suite against {@link StripeSimulator} (faults on),
 * with write-back of customers, products, prices and coupons and deletes of customers, products and coupons.
 * In live mode ({@code CONNECTOR_TEST_MODE=live} and a test-mode key in {@code CONNECTOR_TEST_CONFIG_JSON})
 * the same suite runs against Stripe.
 */
@LakeflowConformance(connector = StripeConnector.class, simulator = StripeSimulator.class,
        writeBack = StripeWriteBack.class)
class StripeConformanceTest {
}
