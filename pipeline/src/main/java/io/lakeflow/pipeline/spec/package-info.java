/**
 * The declarative pipeline spec (YAML or JSON): which connector, which tables, into which Delta
 * tables, with which semantics. {@link io.lakeflow.pipeline.spec.SpecParser} reports every
 * problem at once, each with its path.
 */
package io.lakeflow.pipeline.spec;
