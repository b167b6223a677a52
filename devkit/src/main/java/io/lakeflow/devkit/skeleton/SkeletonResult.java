package io.lakeflow.devkit.skeleton;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link SkeletonGenerator#generate} did.
 *
 * @param moduleDir  the new module's folder
 * @param moduleName the {@code <module>} entry, e.g. {@code connectors/acme}
 * @param files      every file written, in writing order
 * @param registered whether the root pom gained the module line (false: it was already there)
 */
public record SkeletonResult(Path moduleDir, String moduleName, List<Path> files, boolean registered) {

    /** Copies the file list. */
    public SkeletonResult {
        files = List.copyOf(files);
    }
}
