/**
 * The connector skeleton generator: {@link io.lakeflow.devkit.skeleton.SkeletonGenerator} writes
 * {@code connectors/<name>/} from the templates under {@code io/lakeflow/devkit/skeleton/} (and the README from
 * {@code prompts/templates/connector-readme.md}) and registers the module in the root pom
 * ({@link io.lakeflow.devkit.skeleton.ReactorPom}).
 */
package io.lakeflow.devkit.skeleton;
