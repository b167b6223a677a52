/** The command line: {@code run SPEC} embedded (Spark local) or under {@code spark-submit}. */
package io.lakeflow.pipeline.cli;
