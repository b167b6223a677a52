package io.lakeflow.testkit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.testkit.LakeflowConformance;
import io.lakeflow.testkit.Simulator;
import io.lakeflow.testkit.TestMode;
import io.lakeflow.testkit.fixtures.FixtureSimulator;
import io.lakeflow.testkit.fixtures.GoodConnector;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Extra @Test methods of a conformance class get the connector, the mode and the simulator. */
class ConformanceExtensionTest {

    /** Run by Jupiter through the engine test kit (nested: Surefire does not pick it up). */
    @LakeflowConformance(connector = GoodConnector.class, simulator = FixtureSimulator.class)
    static class WithExtraTests {
        @Test
        void connectorIsInjectedWithTheSimulatorsOptions(GoodConnector connector, LakeflowConnect another, TestMode mode,
                                                        Simulator simulator) {
            assertThat(connector).isNotSameAs(another);
            assertThat(connector.listTables()).contains("orders");
            assertThat(connector.readTable("orders", Offset.empty(), Map.of()).records().hasNext()).isTrue();
            assertThat(mode).isEqualTo(TestMode.SIMULATE);
            assertThat(simulator).isInstanceOf(FixtureSimulator.class);
        }
    }

    @Test
    void jupiterInjectsIntoExtraTests() {
        EngineExecutionResults run = EngineTestKit.engine("junit-jupiter").selectors(selectClass(WithExtraTests.class))
                .configurationParameter(RunConfiguration.MODE_PROPERTY, "simulate").execute();

        assertThat(run.testEvents().failed().stream().map(ConformanceRuns::message)).isEmpty();
        assertThat(run.testEvents().succeeded().count()).isEqualTo(1);
    }

    @Test
    void extraTestsAreSkippedWhereTheSuiteCannotRun() {
        EngineExecutionResults run = EngineTestKit.engine("junit-jupiter").selectors(selectClass(WithExtraTests.class))
                .configurationParameter(RunConfiguration.MODE_PROPERTY, "live").execute();

        assertThat(run.testEvents().aborted().count()).isEqualTo(1);
        assertThat(run.testEvents().aborted().stream().map(ConformanceRuns::message))
                .allSatisfy(m -> assertThat(m).contains("mode live"));
    }
}
