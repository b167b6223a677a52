package io.lakeflow.devkit.skeleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's root: the folder whose {@code pom.xml} is the {@code lakeflow-parent} reactor. */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    /**
     * The nearest folder at or above {@code start} holding the reactor pom.
     *
     * @throws IllegalStateException when there is none, saying where it looked
     */
    public static Path find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return dir;
            }
        }
        throw new IllegalStateException("No lakeflow-parent pom.xml with <modules> at or above " + start.toAbsolutePath()
                + ". Fix: run devkit from the repository's checkout, or pass --root <checkout>.");
    }

    /**
     * {@code dir} itself, if it holds the reactor pom.
     *
     * @throws IllegalStateException otherwise
     */
    public static Path check(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (!isRoot(absolute)) {
            throw new IllegalStateException("--root " + dir + " holds no lakeflow-parent pom.xml with <modules>. "
                    + "Fix: pass the repository's top folder (the one with interface/ and testkit/).");
        }
        return absolute;
    }

    private static boolean isRoot(Path dir) {
        Path pom = dir.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            return false;
        }
        try {
            String text = Files.readString(pom);
            return text.contains("<artifactId>lakeflow-parent</artifactId>") && text.contains("<modules>")
                    && !text.contains("<parent>");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pom, e);
        }
    }
}
