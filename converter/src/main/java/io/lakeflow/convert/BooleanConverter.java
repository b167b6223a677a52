package io.lakeflow.convert;

import org.apache.spark.sql.types.DataTypes;

/**
 * boolean: a Boolean, or the strings {@code "true"} and {@code "false"} in any letter case.
 * Nothing else is guessed ({@code "yes"}, {@code 1}, {@code "0"}): the Python converter's
 * truthiness turned every non-empty string, even {@code "false "} typos and error texts, into
 * {@code true} without a trace.
 */
final class BooleanConverter implements ValueConverter {

    @Override
    public Object convert(Object value) {
        if (value instanceof Boolean) {
            return value;
        }
        if (value instanceof String raw) {
            String s = NumberText.strip(raw);
            if (s.equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (s.equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
        }
        throw new Rejection(value, DataTypes.BooleanType, "only true and false (as JSON booleans or strings) are booleans",
                "map the source's values to true/false in the connector, or declare the column with the type it holds");
    }
}
