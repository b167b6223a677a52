package io.lakeflow.pipeline.source;

import io.lakeflow.connect.Offset;

/** A connector {@link Offset} as Spark checkpoints it: its canonical JSON. */
public final class SparkOffset extends org.apache.spark.sql.connector.read.streaming.Offset {

    private final String json;

    private SparkOffset(String json) {
        this.json = json;
    }

    /** Wraps a connector offset. */
    public static SparkOffset of(Offset offset) {
        return new SparkOffset(offset.toJson());
    }

    /** Reads an offset Spark stored with {@link #json()}. */
    public static SparkOffset fromJson(String json) {
        return of(Offset.fromJson(json));
    }

    /** The connector offset. */
    public Offset offset() {
        return Offset.fromJson(json);
    }

    @Override
    public String json() {
        return json;
    }
}
