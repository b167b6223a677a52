package io.lakeflow.connectors.example;

import java.util.Random;

/**
 * Makes one column's value for a seeded row of the example source: a JSON-ready value
 * ({@code String}, {@code Number}, {@code Boolean}, {@code List}, {@code Map}), never {@code null}
 * (the source decides which nullable values to leave out).
 */
@FunctionalInterface
public interface ValueGenerator {

    /**
     * @param random the source's seeded random, drawn from in a fixed order so that equal seeds give equal data
     * @param id     the row's primary key value
     */
    Object generate(Random random, long id);
}
