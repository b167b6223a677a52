package io.lakeflow.connectors.example;

import io.lakeflow.testkit.LakeflowConformance;

/**
 * Certifies the example connector: the whole conformance suite, against {@link ExampleSimulator}
 * (5% of requests fail with 429/503), with write-back through {@link ExampleWriteBack}.
 *
 * <p>Small pages and batches make every table take several batches, so the suite's resume and
 * offset checks see many offsets, most of them inside a group of rows sharing a cursor value.
 */
@LakeflowConformance(connector = ExampleConnector.class, simulator = ExampleSimulator.class,
        writeBack = ExampleWriteBack.class, options = {"page_size=25", "max_records_per_batch=60"})
class ExampleConformanceTest {
}
