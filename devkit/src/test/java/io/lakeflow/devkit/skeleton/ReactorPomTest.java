package io.lakeflow.devkit.skeleton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.AlphaChars;
import org.junit.jupiter.api.Test;

class ReactorPomTest {

    private static String pom(List<String> modules) {
        StringBuilder s = new StringBuilder("<project>\n  <artifactId>lakeflow-parent</artifactId>\n  <modules>\n");
        modules.forEach(m -> s.append("    <module>").append(m).append("</module>\n"));
        return s.append("  </modules>\n</project>\n").toString();
    }

    @Test
    void insertsAfterTheLastConnectorWithItsIndentation() {
        String updated = ReactorPom.withModule(pom(List.of("interface", "connectors/example", "connectors/stripe", "pipeline")),
                "connectors/acme");

        assertThat(updated).isEqualTo(pom(List.of("interface", "connectors/example", "connectors/stripe", "connectors/acme",
                "pipeline")));
    }

    @Test
    void appendsAfterTheLastModuleWhenThereIsNoConnectorYet() {
        assertThat(ReactorPom.withModule(pom(List.of("interface", "testkit")), "connectors/acme"))
                .isEqualTo(pom(List.of("interface", "testkit", "connectors/acme")));
    }

    @Test
    void refusesAPomWithoutModules() {
        assertThatThrownBy(() -> ReactorPom.withModule("<project></project>", "connectors/acme"))
                .hasMessageContaining("no <modules> section").hasMessageContaining("Fix: ");
    }

    @Property(tries = 200)
    void registeringIsIdempotentAndAddsExactlyOneLine(@ForAll @Size(max = 6) List<@AlphaChars @StringLength(min = 1, max = 8) String> names,
                                                      @ForAll @AlphaChars @StringLength(min = 1, max = 8) String added) {
        List<String> modules = names.stream().map(n -> "connectors/" + n.toLowerCase()).distinct().toList();
        String module = "connectors/new" + added.toLowerCase();
        String before = pom(modules);

        String once = ReactorPom.withModule(before, module);
        String twice = ReactorPom.withModule(once, module);

        assertThat(twice).isEqualTo(once);
        assertThat(once.lines().count()).isEqualTo(before.lines().count() + (modules.contains(module) ? 0 : 1));
        assertThat(once).contains("<module>" + module + "</module>");
    }
}
