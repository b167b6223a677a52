package io.lakeflow.testkit.engine;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.LakeflowConnectorProvider;
import io.lakeflow.testkit.checks.ConnectorUnderTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the report's versions and connector name come from. */
final class ConnectorVersions {

    private static final String UNKNOWN = "unknown";
    private static final Pattern VERSION = Pattern.compile("<version>\\s*([^<\\s]+)\\s*</version>");

    private ConnectorVersions() {
    }

    /** The provider registered for {@code type}, if any. */
    static Optional<LakeflowConnectorProvider> provider(Class<? extends LakeflowConnect> type) {
        return ConnectorUnderTest.providerOf(type);
    }

    /** This testkit's version, from the filtered {@code testkit.properties}. */
    static String testkitVersion() {
        try (InputStream in = ConnectorVersions.class.getResourceAsStream("/io/lakeflow/testkit/testkit.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", UNKNOWN);
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    /**
     * The connector's version: the jar manifest's Implementation-Version, the jar's Maven
     * {@code pom.properties}, or the module's {@code pom.xml} when run from {@code target/classes};
     * else {@code unknown}.
     */
    static String versionOf(Class<?> type) {
        Package pkg = type.getPackage();
        if (pkg != null && pkg.getImplementationVersion() != null) {
            return pkg.getImplementationVersion();
        }
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return UNKNOWN;
            }
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return fromJar(location);
            }
            Path pom = location.getParent() == null ? null : location.getParent().getParent();
            if (pom != null && Files.isRegularFile(pom.resolve("pom.xml"))) {
                return fromPom(Files.readString(pom.resolve("pom.xml")));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return UNKNOWN;
        }
        return UNKNOWN;
    }

    private static String fromJar(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties")) {
                    Properties p = new Properties();
                    try (InputStream in = file.getInputStream(entry)) {
                        p.load(in);
                    }
                    return p.getProperty("version", UNKNOWN);
                }
            }
        }
        return UNKNOWN;
    }

    /** The project's own version, else its parent's (a module inherits it). */
    static String fromPom(String pom) {
        String withoutParent = pom.replaceAll("(?s)<parent>.*?</parent>", "")
                .replaceAll("(?s)<dependencies>.*", "").replaceAll("(?s)<!--.*?-->", "");
        Matcher own = VERSION.matcher(withoutParent);
        if (own.find()) {
            return own.group(1);
        }
        Matcher parent = Pattern.compile("(?s)<parent>.*?" + VERSION.pattern() + ".*?</parent>").matcher(pom);
        return parent.find() ? parent.group(1) : UNKNOWN;
    }
}
