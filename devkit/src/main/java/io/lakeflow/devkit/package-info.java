/**
 * The connector development kit's command line ({@link io.lakeflow.devkit.Devkit}): {@code new-connector}
 * writes a connector module skeleton ({@link io.lakeflow.devkit.skeleton}) whose README follows the
 * machine-checked Tables format (see {@code io.lakeflow.testkit.docs.TablesSection} in the testkit).
 */
package io.lakeflow.devkit;
