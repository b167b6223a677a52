package io.lakeflow.testkit.checks;

import io.lakeflow.connect.TableMetadata;
import io.lakeflow.testkit.docs.DocumentedTable;
import io.lakeflow.testkit.docs.TablesDrift;
import io.lakeflow.testkit.docs.TablesSection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code docs_match_code}: the connector's {@code README.md} has a Tables section (format:
 * {@link TablesSection}) with one row per listed table, and each row's ingestion type, primary key, cursor
 * and deletes equal what {@code readTableMetadata} declares (deletes: exactly the {@code cdc_with_deletes}
 * tables). The docs cannot drift from the code.
 *
 * <p>The README is {@code README.md} in the working directory (the connector module under Surefire), or
 * the file named by the system property {@value #README_PROPERTY}.
 */
public final class DocsMatchCode implements ConformanceCheck {

    /** System property naming the README to check, instead of {@code README.md} in the working directory. */
    public static final String README_PROPERTY = "lakeflow.conformance.readme";

    /** The {@value #README_PROPERTY} value that skips this check: there is no README to compare. */
    public static final String NO_README = "none";

    @Override
    public String id() {
        return "docs_match_code";
    }

    @Override
    public String rule() {
        return "README.md's Tables section lists every table with the ingestion type, keys, cursor and deletes the code declares";
    }

    @Override
    public CheckScope scope() {
        return CheckScope.CONNECTOR;
    }

    @Override
    public void run(CheckContext context) throws IOException {
        String named = System.getProperty(README_PROPERTY, "README.md");
        if (NO_README.equals(named)) {
            throw context.skip("no README to compare (" + README_PROPERTY + "=" + NO_README
                    + ", e.g. certifying a published jar without --readme)");
        }
        Path readme = Path.of(named).toAbsolutePath().normalize();
        if (!Files.isRegularFile(readme)) {
            throw context.fail("the connector's README at " + readme, "no such file",
                    "add README.md from " + TablesDrift.TEMPLATE + " to the connector module, with its Tables section");
        }
        List<DocumentedTable> declared = new ArrayList<>();
        for (String table : context.tables()) {
            TableMetadata metadata;
            try {
                metadata = context.connector().metadata(table);
            } catch (RuntimeException e) {
                context.problem("readTableMetadata(\"" + table + "\") to succeed", CheckContext.describe(e),
                        "see metadata_valid; the README cannot be compared without it");
                continue;
            }
            if (metadata == null) {
                continue;
            }
            declared.add(DocumentedTable.declared(table, metadata.ingestionType().configName(), metadata.primaryKeys(),
                    metadata.cursorField()));
        }
        TablesSection section = TablesSection.parse(Files.readString(readme));
        for (TablesDrift.Difference d : TablesDrift.compare(section, declared)) {
            context.problem((d.table() == null ? "" : "for table '" + d.table() + "': ") + d.expected(),
                    d.seen() + " in " + readme.getFileName(), d.fix());
        }
        if (section.tables().stream().anyMatch(t -> t.name().equals(DocumentedTable.ANY))) {
            context.info("README.md documents discovered tables with a '*' row; tables without a row of their own "
                    + "were compared with it");
        }
    }
}
