/**
 * The machine-checkable "Tables" section of a connector's README: its format
 * ({@link io.lakeflow.testkit.docs.TablesSection}), one row ({@link io.lakeflow.testkit.docs.DocumentedTable})
 * and the comparison with what the code declares ({@link io.lakeflow.testkit.docs.TablesDrift}), which the
 * conformance check {@code docs_match_code} reports. The template that shows the format to authors is
 * {@code prompts/templates/connector-readme.md}; the connector skeleton generator ({@code devkit}) writes it.
 */
package io.lakeflow.testkit.docs;
