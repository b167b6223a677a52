package io.lakeflow.connectors.stripe;

import io.lakeflow.connect.IngestionType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The tables, as data: each Stripe resource's list endpoint, its object type, whether the endpoint
 * filters by {@code created}, the events that carry its changes and the events that carry its
 * deletions. Every table has the primary key {@code id} and the cursor {@code _updated}.
 */
public enum StripeTable {
    CUSTOMERS("customers", "/v1/customers", "customer", true,
            List.of("customer.created", "customer.updated"), List.of("customer.deleted")),
    CHARGES("charges", "/v1/charges", "charge", true,
            List.of("charge.captured", "charge.expired", "charge.failed", "charge.pending", "charge.refunded",
                    "charge.succeeded", "charge.updated"), List.of()),
    PAYMENT_INTENTS("payment_intents", "/v1/payment_intents", "payment_intent", true,
            List.of("payment_intent.amount_capturable_updated", "payment_intent.canceled", "payment_intent.created",
                    "payment_intent.partially_funded", "payment_intent.payment_failed", "payment_intent.processing",
                    "payment_intent.requires_action", "payment_intent.succeeded"), List.of()),
    // A deleted (cancelled) subscription is still listed, with status canceled: a change, not a delete.
    SUBSCRIPTIONS("subscriptions", "/v1/subscriptions", "subscription", true,
            List.of("customer.subscription.created", "customer.subscription.updated", "customer.subscription.deleted",
                    "customer.subscription.paused", "customer.subscription.resumed",
                    "customer.subscription.pending_update_applied", "customer.subscription.pending_update_expired",
                    "customer.subscription.trial_will_end"), List.of()),
    INVOICES("invoices", "/v1/invoices", "invoice", true,
            List.of("invoice.created", "invoice.finalized", "invoice.finalization_failed", "invoice.marked_uncollectible",
                    "invoice.paid", "invoice.payment_action_required", "invoice.payment_failed",
                    "invoice.payment_succeeded", "invoice.sent", "invoice.updated", "invoice.voided"),
            List.of("invoice.deleted")),
    INVOICE_ITEMS("invoice_items", "/v1/invoiceitems", "invoiceitem", true,
            List.of("invoiceitem.created", "invoiceitem.updated"), List.of("invoiceitem.deleted")),
    PRODUCTS("products", "/v1/products", "product", true,
            List.of("product.created", "product.updated"), List.of("product.deleted")),
    PRICES("prices", "/v1/prices", "price", true,
            List.of("price.created", "price.updated"), List.of("price.deleted")),
    PLANS("plans", "/v1/plans", "plan", true,
            List.of("plan.created", "plan.updated"), List.of("plan.deleted")),
    COUPONS("coupons", "/v1/coupons", "coupon", true,
            List.of("coupon.created", "coupon.updated"), List.of("coupon.deleted")),
    REFUNDS("refunds", "/v1/refunds", "refund", true,
            List.of("refund.created", "refund.updated", "charge.refund.updated"), List.of()),
    DISPUTES("disputes", "/v1/disputes", "dispute", true,
            List.of("charge.dispute.created", "charge.dispute.updated", "charge.dispute.closed",
                    "charge.dispute.funds_reinstated", "charge.dispute.funds_withdrawn"), List.of()),
    PAYOUTS("payouts", "/v1/payouts", "payout", true,
            List.of("payout.canceled", "payout.created", "payout.failed", "payout.paid",
                    "payout.reconciliation_completed", "payout.updated"), List.of()),
    // Stripe emits no events for balance transactions; they never change once created.
    BALANCE_TRANSACTIONS("balance_transactions", "/v1/balance_transactions", "balance_transaction", true,
            List.of(), List.of()),
    // The list endpoint has no created filter; detaching is a change (the method stays, without customer).
    PAYMENT_METHODS("payment_methods", "/v1/payment_methods", "payment_method", false,
            List.of("payment_method.attached", "payment_method.automatically_updated", "payment_method.detached",
                    "payment_method.updated"), List.of()),
    EVENTS("events", "/v1/events", "event", true, List.of(), List.of());

    /** Every table's primary key. */
    public static final String PRIMARY_KEY = "id";
    /**
     * Every table's cursor, added by the connector (Stripe objects have none that moves on every change):
     * the event time for changes, the newest object's creation time for the initial listing (see the README).
     */
    public static final String CURSOR = "_updated";

    private final String tableName;
    private final String path;
    private final String objectType;
    private final boolean createdFilter;
    private final List<String> changeEvents;
    private final List<String> deleteEvents;

    StripeTable(String tableName, String path, String objectType, boolean createdFilter, List<String> changeEvents,
                List<String> deleteEvents) {
        this.tableName = tableName;
        this.path = path;
        this.objectType = objectType;
        this.createdFilter = createdFilter;
        this.changeEvents = changeEvents;
        this.deleteEvents = deleteEvents;
    }

    /** The table name, e.g. {@code invoice_items}. */
    public String tableName() {
        return tableName;
    }

    /** The list endpoint, e.g. {@code /v1/invoiceitems}. */
    public String path() {
        return path;
    }

    /** Stripe's {@code object} value of the rows, e.g. {@code invoiceitem}. */
    public String objectType() {
        return objectType;
    }

    /** Whether the list endpoint accepts {@code created[...]} filters. */
    public boolean hasCreatedFilter() {
        return createdFilter;
    }

    /** Event types whose {@code data.object} is a changed row. */
    public List<String> changeEvents() {
        return changeEvents;
    }

    /** Event types whose {@code data.object} is a deleted row. */
    public List<String> deleteEvents() {
        return deleteEvents;
    }

    /** {@code cdc_with_deletes} when Stripe emits deletion events for the resource, else {@code cdc}. */
    public IngestionType ingestionType() {
        return deleteEvents.isEmpty() ? IngestionType.CDC : IngestionType.CDC_WITH_DELETES;
    }

    /** The table with this name. */
    public static StripeTable byName(String name) {
        for (StripeTable t : values()) {
            if (t.tableName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown Stripe table '" + name + "'. Fix: use one of "
                + Arrays.stream(values()).map(StripeTable::tableName).collect(Collectors.joining(", ")) + ".");
    }

    @Override
    public String toString() {
        return tableName.toLowerCase(Locale.ROOT);
    }
}
