package io.lakeflow.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TablesDriftTest {

    private static final List<DocumentedTable> CODE = List.of(
            DocumentedTable.declared("orders", "cdc_with_deletes", List.of("order_id"), "updated_at"),
            DocumentedTable.declared("events", "append", List.of(), "created_at"),
            DocumentedTable.declared("users", "cdc", List.of("user_id"), "updated_at"));

    private static TablesSection readme(String... rows) {
        return TablesSection.parse("## Tables\n\n" + DocumentedTable.header() + "\n" + String.join("\n", rows) + "\n");
    }

    @Test
    void aMatchingReadmeHasNoDifference() {
        assertThat(TablesDrift.compare(readme(
                "| `users` | cdc | `user_id` | `updated_at` | - | order does not matter |",
                "| `orders` | cdc_with_deletes | `order_id` | `updated_at` | yes | |",
                "| `events` | append | - | `created_at` | - | |"), CODE)).isEmpty();
    }

    @Test
    void namesEveryDisagreementWithTheRowToWrite() {
        List<TablesDrift.Difference> drift = TablesDrift.compare(readme(
                "| `orders` | cdc | `id` | `updated_at` | - | |",
                "| `events` | append | - | `created_at` | - | |",
                "| `refunds` | cdc | `id` | `updated_at` | - | |"), CODE);

        assertThat(drift).hasSize(3);
        assertThat(drift.get(0).table()).isEqualTo("orders");
        assertThat(drift.get(0).expected()).contains("ingestion type cdc_with_deletes (README: cdc)")
                .contains("primary key `order_id` (README: `id`)").contains("deletes yes (README: -)");
        assertThat(drift.get(0).fix()).contains("| `orders` | cdc_with_deletes | `order_id` | `updated_at` | yes |");
        assertThat(drift.get(1).table()).isEqualTo("users");
        assertThat(drift.get(1).seen()).isEqualTo("none");
        assertThat(drift.get(1).fix()).isEqualTo("add the row | `users` | cdc | `user_id` | `updated_at` | - |  |");
        assertThat(drift.get(2).table()).isEqualTo("refunds");
        assertThat(drift.get(2).seen()).contains("which the connector does not list");
    }

    @Test
    void aCursorOrKeyOrderChangeIsADifference() {
        List<TablesDrift.Difference> drift = TablesDrift.compare(readme(
                "| `orders` | cdc_with_deletes | `order_id` | `created_at` | yes | |",
                "| `events` | append | - | - | - | |",
                "| `users` | cdc | `user_id` | `updated_at` | - | |"), CODE);

        assertThat(drift).extracting(TablesDrift.Difference::table).containsExactly("orders", "events");
        assertThat(drift.get(1).expected()).contains("cursor `created_at` (README: -)");
    }

    @Test
    void aDuplicatedRowIsADifference() {
        assertThat(TablesDrift.compare(readme(
                "| `users` | cdc | `user_id` | `updated_at` | - | |",
                "| `users` | cdc | `user_id` | `updated_at` | - | |",
                "| `orders` | cdc_with_deletes | `order_id` | `updated_at` | yes | |",
                "| `events` | append | - | `created_at` | - | |"), CODE))
                .singleElement().satisfies(d -> assertThat(d.seen()).isEqualTo("two rows for 'users'"));
    }

    @Test
    void aWildcardRowCoversTablesWithoutARowOfTheirOwn() {
        assertThat(TablesDrift.compare(readme(
                "| `*` | * | * | `updated_at` | * | discovered |",
                "| `events` | append | - | `created_at` | - | |"), CODE)).isEmpty();

        assertThat(TablesDrift.compare(readme("| * | cdc | `id` | * | - | |"), CODE))
                .extracting(TablesDrift.Difference::table).containsExactly("orders", "events", "users");
    }
}
