package io.lakeflow.reports;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The result files under src/test/resources (a real testkit result, and variants made from it). */
public final class Fixtures {

    private Fixtures() {
    }

    /** The test resource at {@code path}, e.g. {@code results/good}. */
    public static Path path(String path) {
        URL url = Fixtures.class.getResource("/" + path);
        if (url == null) {
            throw new IllegalStateException("expected test resource " + path + "; seen none. Fix: check src/test/resources");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
