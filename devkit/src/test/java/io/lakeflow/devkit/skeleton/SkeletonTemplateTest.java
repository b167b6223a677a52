package io.lakeflow.devkit.skeleton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SkeletonTemplateTest {

    @Test
    void fillsEveryPlaceholderAndLeavesOtherBracesAlone() {
        String text = "class {{Name}}Table { String s = \"${type}\"; Map<String, Object> m = Map.of(); } // {{name}}";

        assertThat(SkeletonTemplate.fill(text, Map.of("Name", "Acme", "name", "acme"), "t"))
                .isEqualTo("class AcmeTable { String s = \"${type}\"; Map<String, Object> m = Map.of(); } // acme");
    }

    @Test
    void refusesAPlaceholderWithoutValueNamingTheTemplate() {
        assertThatThrownBy(() -> SkeletonTemplate.fill("{{nmae}}", Map.of("name", "acme"), "http/Connector.java"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Template http/Connector.java uses {{nmae}}").hasMessageContaining("Fix: ");
    }

    @Test
    void reportsAMissingTemplateResource() {
        assertThatThrownBy(() -> SkeletonTemplate.render("io/lakeflow/devkit/skeleton/none.tmpl", Map.of()))
                .hasMessageContaining("is missing from the devkit's class path").hasMessageContaining("Fix: ");
    }
}
