package io.lakeflow.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TablesSectionTest {

    private static final String README = """
            # The acme connector

            ## Connection parameters

            | option | required |
            | --- | --- |
            | `api_key` | yes |

            ## Tables

            <!-- | `commented` | cdc | `id` | `u` | - | a row inside a comment is not read | -->

            | table | ingestion type | primary key | cursor | deletes | notes |
            | --- | --- | --- | --- | --- | --- |
            | `orders` | cdc_with_deletes | `order_id` | `updated_at` | yes | tombstones \\| kept 30 days |
            | events | append | - | `created_at` | - | |
            | `lines` | snapshot | `order_id`, `line_no` | - | no | composite key |

            ```
            | `in_code` | cdc | `id` | `u` | - | |
            ```

            ### Tables in detail

            Text.

            ## Tests
            | table | ingestion type | primary key | cursor | deletes |
            | --- | --- | --- | --- | --- |
            | `after` | cdc | `id` | `u` | - |
            """;

    @Test
    void readsTheRowsOfTheTablesSectionOnly() {
        TablesSection section = TablesSection.parse(README);

        assertThat(section.found()).isTrue();
        assertThat(section.problems()).isEmpty();
        assertThat(section.tables()).containsExactly(
                new DocumentedTable("orders", "cdc_with_deletes", List.of("order_id"), "updated_at", true),
                new DocumentedTable("events", "append", List.of(), "created_at", false),
                new DocumentedTable("lines", "snapshot", List.of("order_id", "line_no"), null, false));
    }

    @Test
    void reportsAMissingSection() {
        TablesSection section = TablesSection.parse("# x\n\n## Connection parameters\n");

        assertThat(section.found()).isFalse();
        assertThat(TablesDrift.compare(section, List.of(DocumentedTable.declared("a", "cdc", List.of("id"), "u"))))
                .singleElement().satisfies(d -> {
                    assertThat(d.seen()).isEqualTo("no '## Tables' heading");
                    assertThat(d.fix()).contains("| `a` | cdc | `id` | `u` | - |");
                });
    }

    @Test
    void reportsCellsOutsideTheFormatWithTheirLine() {
        TablesSection section = TablesSection.parse("""
                ## Tables

                | table | ingestion type | primary key | cursor | deletes |
                | --- | --- | --- | --- | --- |
                | `metrics` | cdc, **partitioned** | `metric_id` | `recorded_at` | - |
                | `events` | append | - (unique `event_id`) | `created_at` | - |
                | `orders` | cdc_with_deletes | `order_id` | `updated_at` | `readTableDeletes` |
                | `ok` | cdc | `id` | `u` | - |
                """);

        assertThat(section.tables()).extracting(DocumentedTable::name).containsExactly("ok");
        assertThat(section.problems()).hasSize(3);
        assertThat(section.problems().get(0)).startsWith("line 5: expected an ingestion type").contains("'cdc, **partitioned**'");
        assertThat(section.problems().get(1)).startsWith("line 6: primary key: expected field names in backticks");
        assertThat(section.problems().get(2)).startsWith("line 7: expected 'yes' or '-' in the deletes column");
        assertThat(section.problems()).allSatisfy(p -> assertThat(p).contains("Fix: "));
    }

    @Test
    void reportsASectionWithoutTheTable() {
        TablesSection section = TablesSection.parse("## Tables\n\n| table | endpoint |\n| --- | --- |\n| a | /a |\n");

        assertThat(section.problems()).singleElement().asString().contains("no table starting with the columns");
    }

    @Provide
    Arbitrary<List<DocumentedTable>> tables() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withChars('_', '.').ofMinLength(1).ofMaxLength(10)
                .filter(w -> Character.isLetter(w.charAt(0)));
        Arbitrary<String> type = Arbitraries.of(DocumentedTable.INGESTION_TYPES);
        return Combinators.combine(word, type, word.list().ofMaxSize(3), word.injectNull(0.3))
                .as((name, t, keys, cursor) -> DocumentedTable.declared(name, t, keys, cursor)).list().ofMaxSize(8);
    }

    @Property(tries = 300)
    void aRenderedSectionParsesBackToTheSameTables(@ForAll("tables") List<DocumentedTable> tables,
                                                   @ForAll("notes") String notes) {
        List<String> lines = new ArrayList<>(List.of("# c", "", "## Tables", "", DocumentedTable.header()));
        tables.forEach(t -> lines.add(t.row(notes)));
        lines.add("");
        lines.add("## Next");

        TablesSection section = TablesSection.parse(String.join("\n", lines));

        assertThat(section.problems()).isEmpty();
        assertThat(section.tables()).isEqualTo(tables);
        assertThat(TablesDrift.compare(section, distinctByName(tables)).stream()
                .filter(d -> !d.expected().equals("one row per table"))).isEmpty();
    }

    @Provide
    Arbitrary<String> notes() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars('|').ofMaxLength(20)
                .map(s -> s.replace("\\", "").replace("|", "\\|").replace("<!--", "").replace("`", ""));
    }

    private static List<DocumentedTable> distinctByName(List<DocumentedTable> tables) {
        List<DocumentedTable> out = new ArrayList<>();
        for (DocumentedTable t : tables) {
            if (out.stream().noneMatch(o -> o.name().equals(t.name()))) {
                out.add(t);
            }
        }
        return out;
    }
}
