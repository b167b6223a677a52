package io.lakeflow.connectors.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakeflow.connect.Offset;
import io.lakeflow.testkit.WrittenRows;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Creates, updates and deletes through StripeWriteBack come back through a fresh connector. */
class StripeWriteBackTest {

    static StripeSimulator sim;
    static Map<String, String> options;

    @BeforeAll
    static void start() throws Exception {
        sim = new StripeSimulator.Steady();
        options = sim.start();
    }

    @AfterAll
    static void stop() throws Exception {
        sim.close();
    }

    @Test
    void createsUpdatesAndDeletesComeBackForEveryWritableTable() {
        try (StripeWriteBack writeBack = new StripeWriteBack(options)) {
            for (String table : List.of("customers", "products", "prices", "coupons")) {
                Offset drained;
                try (StripeConnector connector = new StripeConnector(options)) {
                    drained = StripeConnectorTest.drain(connector, table, Offset.empty(), false).end();
                }
                WrittenRows createdRows = writeBack.writeRows(table, 2);
                WrittenRows updatedRows = writeBack.updateRows(table, 2);
                List<Map<String, Object>> read;
                try (StripeConnector fresh = new StripeConnector(options)) {
                    read = StripeConnectorTest.drain(fresh, table, drained, false).records();
                }
                for (Map<String, Object> row : createdRows.rows()) {
                    assertThat(read).as(table).anySatisfy(r -> assertThat(r.get("id")).isEqualTo(row.get("id")));
                }
                for (Map<String, Object> row : updatedRows.rows()) {
                    String field = table.equals("prices") ? "nickname" : "name";
                    assertThat(read).as(table + " updated").anySatisfy(r -> {
                        assertThat(r.get("id")).isEqualTo(row.get("id"));
                        assertThat(r.get(field)).isEqualTo(row.get(field));
                        assertThat(((Map<?, ?>) r.get("metadata")).get("lakeflow_update")).isEqualTo(row.get("metadata.lakeflow_update"));
                    });
                }
            }
            for (String table : writeBack.deletableTables()) {
                Offset drained;
                try (StripeConnector connector = new StripeConnector(options)) {
                    drained = StripeConnectorTest.drain(connector, table, Offset.empty(), true).end();
                }
                WrittenRows deleted = writeBack.deleteRows(table, 2);
                try (StripeConnector fresh = new StripeConnector(options)) {
                    var ids = StripeConnectorTest.drain(fresh, table, drained, true).ids();
                    deleted.rows().forEach(row -> assertThat(ids).as(table + " deletes").contains(row.get("id")));
                }
            }
        }
    }
}
