/**
 * The runnable jar's entry point: runs the command line on the class path it finds (under
 * {@code spark-submit}) or on the Spark, Delta and Scala jars nested in the jar (under
 * {@code java -jar}). References no Spark class, so it loads without Spark.
 */
package io.lakeflow.pipeline.boot;
