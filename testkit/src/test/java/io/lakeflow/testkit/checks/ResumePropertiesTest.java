package io.lakeflow.testkit.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakeflow.testkit.TestMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The resume check against generated data: it passes a correct connector for every data set and
 * page size, and fails the cursor-only connector exactly when a cursor value ties across a page
 * boundary (the case a hand-picked example can miss).
 */
class ResumePropertiesTest {

    @Property(tries = 200)
    void passesWhenTheOffsetHoldsCursorAndKey(@ForAll @Size(min = 1, max = 20) List<@IntRange(min = 0, max = 4) Integer> steps,
                                              @ForAll @IntRange(min = 1, max = 5) int pageSize) {
        assertThat(runResume(cursors(steps), pageSize, false)).isNull();
    }

    @Property(tries = 300)
    void failsTheCursorOnlyOffsetExactlyWhenATieCrossesAPageBoundary(
            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 0, max = 2) Integer> steps,
            @ForAll @IntRange(min = 1, max = 5) int pageSize) {
        List<Long> cursors = cursors(steps);
        boolean tieAtBoundary = false;
        for (int boundary = pageSize; boundary < cursors.size(); boundary += pageSize) {
            tieAtBoundary |= cursors.get(boundary - 1).equals(cursors.get(boundary));
        }
        String failure = runResume(cursors, pageSize, true);
        if (tieAtBoundary) {
            assertThat(failure).startsWith("[t] resume: expected a fresh instance resuming from offset").contains(" lost: ")
                    .contains("Fix: ");
        } else {
            assertThat(failure).isNull();
        }
    }

    /** Non-decreasing cursor values built from non-negative steps (a 0 step makes a tie). */
    private static List<Long> cursors(List<Integer> steps) {
        List<Long> out = new ArrayList<>();
        long value = 1_000;
        for (int step : steps) {
            value += step;
            out.add(value);
        }
        return out;
    }

    /** The resume check's failure message, or {@code null} when it passes. */
    private static String runResume(List<Long> cursors, int pageSize, boolean tieLosing) {
        String dataset = TieAtPageBoundaryConnector.register(cursors);
        SuiteSettings settings = new SuiteSettings(TieAtPageBoundaryConnector.class, TestMode.SIMULATE,
                Map.of("dataset", dataset, "page_size", String.valueOf(pageSize), "tie_losing", String.valueOf(tieLosing)),
                Map.of(), 200, 50, Duration.ofSeconds(10), List.of());
        try (ConnectorUnderTest connector = new ConnectorUnderTest(settings, null, "no WriteBack declared", null)) {
            CheckContext context = new CheckContext(new Resume(), connector, "t");
            try {
                new Resume().run(context);
                context.throwProblems();
                return null;
            } catch (CheckFailure failure) {
                return failure.getMessage();
            } finally {
                context.closeInstances();
            }
        } finally {
            TieAtPageBoundaryConnector.unregister(dataset);
        }
    }

    @Property(tries = 50)
    void identityIgnoresKeyOrderAndNumberType(@ForAll long id, @ForAll int cursor) {
        var metadata = io.lakeflow.connect.TableMetadata.cdc("c", "id");
        Map<String, Object> a = new java.util.LinkedHashMap<>();
        a.put("id", id);
        a.put("c", cursor);
        Map<String, Object> b = new java.util.LinkedHashMap<>();
        b.put("c", (long) cursor);
        b.put("id", java.math.BigInteger.valueOf(id));
        assertThat(RecordIdentity.version(a, metadata)).isEqualTo(RecordIdentity.version(b, metadata));
    }

    @Property(tries = 100)
    void timestampCursorsOrderLikeTheirInstants(@ForAll @IntRange(min = 0, max = 2_000_000_000) int a,
                                               @ForAll @IntRange(min = 0, max = 2_000_000_000) int b) {
        var type = org.apache.spark.sql.types.DataTypes.TimestampType;
        Comparable<?> x = CursorOrder.comparable(type, java.time.Instant.ofEpochSecond(a).toString());
        Comparable<?> y = CursorOrder.comparable(type, java.time.Instant.ofEpochSecond(b).atOffset(java.time.ZoneOffset.ofHours(2)).toString());
        assertThat(Integer.signum(CursorOrder.compare(x, y))).isEqualTo(Integer.signum(Integer.compare(a, b)));
    }

    @Property(tries = 20)
    void unreadableCursorIsRejected(@ForAll("words") String text) {
        assertThatThrownBy(() -> CursorOrder.comparable(org.apache.spark.sql.types.DataTypes.LongType, text))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> words() {
        return net.jqwik.api.Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8);
    }
}
