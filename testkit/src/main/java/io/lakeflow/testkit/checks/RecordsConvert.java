package io.lakeflow.testkit.checks;

import io.lakeflow.connect.TableMetadata;
import io.lakeflow.convert.ConversionException;
import io.lakeflow.convert.RecordConverter;
import java.util.List;
import java.util.Map;

/**
 * {@code records_convert}: every sampled record converts to the declared schema with the shared
 * {@link RecordConverter}, the same conversion the pipeline applies: passing this means ingesting.
 */
public final class RecordsConvert implements ConformanceCheck {

    private static final int MAX_SHOWN = 5;

    @Override
    public String id() {
        return "records_convert";
    }

    @Override
    public String rule() {
        return "every sampled record converts to the declared schema (the pipeline's converter)";
    }

    @Override
    public void run(CheckContext context) {
        TableMetadata metadata = context.metadata();
        RecordConverter converter = RecordConverter.of(context.schema());
        List<Map<String, Object>> records = Sample.of(context).records();
        if (records.isEmpty()) {
            throw context.skip("no records in the first read: nothing to convert (read_shape judges emptiness)");
        }
        convertAll(context, converter, records, metadata, "");
    }

    private static String withoutFix(String message) {
        int fix = message == null ? -1 : message.indexOf(" Fix: ");
        String text = fix < 0 ? String.valueOf(message) : message.substring(0, fix);
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** Converts each record, recording a problem (with the converter's message) for each that does not fit. */
    static void convertAll(CheckContext context, RecordConverter converter, List<Map<String, Object>> records,
                           TableMetadata metadata, String what) {
        int failed = 0;
        for (int i = 0; i < records.size(); i++) {
            Map<String, Object> record = records.get(i);
            try {
                converter.convert(record);
            } catch (ConversionException e) {
                if (failed++ < MAX_SHOWN) {
                    context.problem(what + "record " + i + " (" + RecordIdentity.describe(record, metadata)
                                    + ") to fit the schema", withoutFix(e.getMessage()),
                            e.fix() == null || e.fix().isEmpty() ? "make the schema match the source's values" : e.fix());
                }
            } catch (RuntimeException e) {
                if (failed++ < MAX_SHOWN) {
                    context.problem(what + "record " + i + " to convert", CheckContext.describe(e),
                            "return JSON-like values only (see read_shape)");
                }
            }
        }
        if (failed > 0) {
            context.info(failed + " of " + records.size() + " " + what + "records do not convert");
        }
    }
}
