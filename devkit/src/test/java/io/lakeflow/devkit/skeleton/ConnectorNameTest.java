package io.lakeflow.devkit.skeleton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.lang.model.SourceVersion;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectorNameTest {

    @Test
    void derivesTheClassPrefixAndPackage() {
        ConnectorName name = ConnectorName.of("acme_crm", null);

        assertThat(name.classPrefix()).isEqualTo("AcmeCrm");
        assertThat(name.javaPackage()).isEqualTo("io.lakeflow.connectors.acmecrm");
        assertThat(name.moduleName()).isEqualTo("connectors/acme_crm");
        assertThat(name.packagePath()).isEqualTo("io/lakeflow/connectors/acmecrm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Acme", "1acme", "acme-crm", "acme__crm", "acme_", "acme crm"})
    void rejectsNamesThatCannotBeAProviderNameAndFolder(String bad) {
        assertThatThrownBy(() -> ConnectorName.of(bad, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Fix: ");
    }

    @Test
    void rejectsAPackageWithAKeyword() {
        assertThatThrownBy(() -> ConnectorName.of("acme", "com.example.new"))
                .hasMessageContaining("keyword 'new'").hasMessageContaining("Fix: ");
        assertThatThrownBy(() -> ConnectorName.of("int", null)).hasMessageContaining("keyword 'int'");
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6).list().ofMinSize(1).ofMaxSize(4)
                .map(parts -> String.join("_", parts)).filter(n -> n.length() <= 40);
    }

    @Property(tries = 300)
    void everyAcceptedNameYieldsJavaIdentifiers(@ForAll("names") String name) {
        ConnectorName connector;
        try {
            connector = ConnectorName.of(name, null);
        } catch (IllegalArgumentException keyword) {
            assertThat(keyword).hasMessageContaining("keyword");
            return;
        }
        assertThat(SourceVersion.isIdentifier(connector.classPrefix() + "Connector")).isTrue();
        assertThat(SourceVersion.isName(connector.javaPackage())).as(connector.javaPackage()).isTrue();
        assertThat(connector.classPrefix().toLowerCase()).isEqualTo(name.replace("_", ""));
    }
}
