#!/usr/bin/env python3
"""Derives the Stripe connector's table schemas and simulator corpus from Stripe's API description.

Development tool, not run by the build. Inputs: Stripe's published OpenAPI description (spec3.json,
API version 2023-08-16) and its fixtures (fixtures3.json), both from the public repository
stripe/openapi (MIT licence). Outputs (committed):
  src/main/resources/io/lakeflow/connectors/stripe/schemas.json   Spark StructType JSON per table
  src/test/resources/simulator/stripe/corpus.json                  the simulator's records

  cd connectors/stripe && python3 tools/derive_from_openapi.py <spec3.json> <fixtures3.json>

Schema rules: string -> string; integer -> long, or timestamp when format unix-time; number -> double;
boolean -> boolean; array -> array; object with properties -> struct (at most 3 levels below a table;
deeper -> string, holding JSON); object with string additionalProperties (metadata) -> map<string,string>;
expandable fields (id or object) and other unions -> string (the id; JSON when expanded); embedded lists
({object: list, data, has_more, url}) -> string (JSON). Every table also gets the connector's cursor
column `_updated` (timestamp).
"""
import copy
import json
import random
import sys

TABLES = [  # table, resource schema, id prefix, records
    ("customers", "customer", "cus_", 35), ("charges", "charge", "ch_", 35),
    ("payment_intents", "payment_intent", "pi_", 35), ("subscriptions", "subscription", "sub_", 35),
    ("invoices", "invoice", "in_", 35), ("invoice_items", "invoiceitem", "ii_", 35),
    ("products", "product", "prod_", 35), ("prices", "price", "price_", 35), ("plans", "plan", "plan_", 35),
    ("coupons", "coupon", "co_", 35), ("refunds", "refund", "re_", 35), ("disputes", "dispute", "dp_", 35),
    ("payouts", "payout", "po_", 35), ("balance_transactions", "balance_transaction", "txn_", 35),
    ("payment_methods", "payment_method", "pm_", 35), ("events", "event", "evt_", 0),
]
MAX_DEPTH = 3
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def main(spec_path, fixtures_path):
    spec = json.load(open(spec_path))
    schemas = spec["components"]["schemas"]
    fixtures = json.load(open(fixtures_path))["resources"]

    def deref(s):
        while "$ref" in s:
            s = schemas[s["$ref"].split("/")[-1]]
        return s

    def spark_type(s, depth):
        if "anyOf" in s:
            options = s["anyOf"]
            if len(options) == 1:
                return spark_type(deref(options[0]), depth)
            return "string"
        s = deref(s)
        if "anyOf" in s:
            return spark_type(s, depth)
        t = s.get("type")
        if t == "string":
            return "string"
        if t == "integer":
            return "timestamp" if s.get("format") == "unix-time" else "long"
        if t == "number":
            return "double"
        if t == "boolean":
            return "boolean"
        if t == "array":
            return {"type": "array", "elementType": spark_type(s.get("items", {}), depth), "containsNull": True}
        if t == "object" or "properties" in s or "additionalProperties" in s:
            props = s.get("properties") or {}
            if {"data", "has_more", "url"} <= set(props):
                return "string"
            if props:
                if depth >= MAX_DEPTH:
                    return "string"
                return struct(props, depth + 1)
            extra = s.get("additionalProperties")
            if isinstance(extra, dict) and deref(extra).get("type") == "string":
                return {"type": "map", "keyType": "string", "valueType": "string", "valueContainsNull": True}
            return "string"
        return "string"

    def struct(props, depth, top=False):
        fields = []
        for name in sorted(props):
            fields.append({"name": name, "type": spark_type(props[name], depth),
                           "nullable": not (top and name == "id"), "metadata": {}})
        if top:
            fields.append({"name": "_updated", "type": "timestamp", "nullable": True, "metadata": {
                "comment": "when the connector saw this version: the event time of a change, the start of the "
                           "initial listing for listed rows (the connector adds it; Stripe objects have no such field)"}})
        return {"type": "struct", "fields": fields}

    out_schemas = {}
    for table, resource, _, _ in TABLES:
        out_schemas[table] = struct(schemas[resource]["properties"], 0, top=True)

    rng = random.Random(20260827)

    def new_id(prefix):
        return prefix + "".join(rng.choice(ALPHABET) for _ in range(14))

    def sample(t, name, created):
        """A value for an optional field left null by the fixture."""
        if isinstance(t, dict):
            if t["type"] == "struct":
                return {f["name"]: sample(f["type"], f["name"], created) for f in t["fields"]}
            if t["type"] == "array":
                return [sample(t["elementType"], name, created)]
            if t["type"] == "map":
                return {"source": "simulator"}
        return {"string": "sample_" + name, "long": 1, "double": 1.5, "boolean": True,
                "timestamp": created + 3600}.get(t, None)

    def conform(value, t, fill, created, name):
        if value is None:
            return sample(t, name, created) if fill else None
        if isinstance(t, dict):
            if t["type"] == "struct":
                if not isinstance(value, dict):
                    return sample(t, name, created) if fill else None
                return {f["name"]: conform(value.get(f["name"]), f["type"], fill, created, f["name"]) for f in t["fields"]}
            if t["type"] == "array":
                if not isinstance(value, list):
                    return None
                items = [conform(v, t["elementType"], fill, created, name) for v in value]
                return items if items or not fill else [sample(t["elementType"], name, created)]
            if t["type"] == "map":
                if not isinstance(value, dict):
                    return None
                return {k: (v if isinstance(v, str) else json.dumps(v)) for k, v in value.items()} or (
                    {"source": "simulator"} if fill else {})
        if t == "string":
            return value if isinstance(value, str) else value  # maps/lists are written as JSON text by the converter
        if t in ("long", "timestamp"):
            return value if isinstance(value, int) and not isinstance(value, bool) else None
        if t == "double":
            return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None
        if t == "boolean":
            return value if isinstance(value, bool) else None
        return value

    corpus = {}
    base_time = 1_700_000_000
    for table, resource, prefix, count in TABLES:
        if count == 0:
            continue
        fixture = fixtures[resource]
        fields = out_schemas[table]["fields"]
        records = []
        for i in range(count):
            r = copy.deepcopy(fixture)
            # ascending creation, with some records sharing a second (page boundaries must not lose them)
            created = base_time + i * 86_400 * 7 + rng.randint(0, 3600)
            if i % 5 == 4:
                created = prev_created
            r["id"] = new_id(prefix)
            r["date" if resource == "invoiceitem" else "created"] = created
            r["livemode"] = False
            if "metadata" in r:
                r["metadata"] = {"order": str(i)} if i % 3 else {}
            for key in ("amount", "amount_due", "amount_paid", "unit_amount", "amount_off"):
                if isinstance(r.get(key), int):
                    r[key] = 100 * (i + 1)
            if resource == "customer":
                r["email"] = "customer%02d@example.com" % i
                r["name"] = "Customer %02d" % i
            if resource in ("product",):
                r["name"] = "Product %02d" % i
            fill = i % 6 == 5 or i == count - 1  # every optional field set, among them the newest record
            blank = i % 6 == 2                   # optional fields null
            rec = {}
            for f in fields:
                if f["name"] == "_updated":
                    continue
                v = r.get(f["name"])
                if blank and f["name"] not in ("id", "object", "created", "date", "livemode"):
                    v = None
                rec[f["name"]] = conform(v, f["type"], fill, created, f["name"])
            rec["id"] = r["id"]
            prev_created = created
            records.append(rec)
        corpus[table] = records

    # events: recent changes of listed objects, and deletions of objects no longer listed
    event_fixture = fixtures["event"]
    events = []
    kinds = [("customers", "customer.updated"), ("charges", "charge.succeeded"), ("invoices", "invoice.paid"),
             ("products", "product.updated"), ("prices", "price.updated"), ("subscriptions", "customer.subscription.updated"),
             ("payouts", "payout.paid"), ("refunds", "refund.updated"), ("payment_intents", "payment_intent.succeeded"),
             ("coupons", "coupon.updated"), ("disputes", "charge.dispute.updated"),
             ("payment_methods", "payment_method.updated"), ("plans", "plan.updated"), ("invoice_items", "invoiceitem.updated")]
    deleted = [("customers", "customer.deleted", "cus_"), ("products", "product.deleted", "prod_"),
               ("coupons", "coupon.deleted", "co_"), ("invoices", "invoice.deleted", "in_"),
               ("invoice_items", "invoiceitem.deleted", "ii_"), ("plans", "plan.deleted", "plan_"),
               ("prices", "price.deleted", "price_")]
    event_fields = out_schemas["events"]["fields"]
    t0 = base_time + 40 * 86_400 * 7
    events_out = []
    n = 0
    for round_ in range(3):
        for table, etype in kinds:
            obj = copy.deepcopy(corpus[table][(round_ * 5 + n) % len(corpus[table])])
            events.append((etype, obj))
            n += 1
    for table, etype, prefix in deleted:
        obj = copy.deepcopy(corpus[table][0])
        obj["id"] = new_id(prefix)
        obj["deleted"] = True
        events.append((etype, obj))
    for i, (etype, obj) in enumerate(events):
        e = copy.deepcopy(event_fixture)
        e.update({"id": new_id("evt_"), "type": etype, "created": t0 + i * 40_000,
                  "livemode": False, "pending_webhooks": 0, "api_version": "2023-08-16",
                  "data": {"object": obj, "previous_attributes": {"metadata": {}} if etype.endswith("updated") else None},
                  "request": {"id": new_id("req_"), "idempotency_key": None},
                  "account": "acct_1Connected0000" if i % 10 == 0 else None})
        if i % 8 == 3:
            e["created"] = events_out[-1]["created"]  # same second as the previous one
        rec = {f["name"]: e.get(f["name"]) for f in event_fields if f["name"] != "_updated"}
        events_out.append(rec)
    corpus["events"] = events_out

    json.dump(out_schemas, open("src/main/resources/io/lakeflow/connectors/stripe/schemas.json", "w"),
              indent=None, separators=(",", ":"))
    json.dump(corpus, open("src/test/resources/simulator/stripe/corpus.json", "w"), indent=None, separators=(",", ":"))
    print({k: len(v) for k, v in corpus.items()})


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
