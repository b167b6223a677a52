package io.lakeflow.testkit.checks;

import io.lakeflow.connect.ConnectionParameter;
import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.LakeflowConnectorProvider;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code provider_registered}: a {@link LakeflowConnectorProvider} for the connector class is
 * found by {@link java.util.ServiceLoader}, has a lowercase name, creates the connector, and
 * declares every option the suite passes (and the suite passes every required one).
 */
public final class ProviderRegistered implements ConformanceCheck {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    @Override
    public String id() {
        return "provider_registered";
    }

    @Override
    public String rule() {
        return "a provider for the connector is registered, lowercase-named, and declares the options used";
    }

    @Override
    public CheckScope scope() {
        return CheckScope.CONNECTOR;
    }

    @Override
    public void run(CheckContext context) {
        Class<? extends LakeflowConnect> type = context.settings().connectorClass();
        LakeflowConnectorProvider provider = context.connector().provider().orElseThrow(() -> context.fail(
                "a LakeflowConnectorProvider whose connectorClass() is " + type.getName(), "none on the class path",
                "implement LakeflowConnectorProvider and list it in "
                        + "src/main/resources/META-INF/services/io.lakeflow.connect.LakeflowConnectorProvider"));
        String name = provider.name();
        if (name == null || !NAME.matcher(name).matches()) {
            context.problem("a lowercase provider name ([a-z][a-z0-9_]*)", String.valueOf(name),
                    "use the source's name in lowercase, e.g. \"stripe\"");
        }
        List<ConnectionParameter> parameters = provider.connectionParameters();
        if (parameters == null) {
            throw context.fail("connectionParameters() to return a list", "null", "return List.of() when there are none");
        }
        Set<String> declared = new HashSet<>();
        for (ConnectionParameter p : parameters) {
            if (!declared.add(p.name())) {
                context.problem("each connection parameter declared once", "'" + p.name() + "' twice", "remove the duplicate");
            }
            if (ConnectionParameter.looksSecret(p.name()) && !p.secret()) {
                context.problem("parameter '" + p.name() + "' declared secret (its name says it is a credential)", "not secret",
                        "declare it with ConnectionParameter.secret(...)");
            }
            if (p.required() && p.defaultValue() == null && !context.settings().options().containsKey(p.name())) {
                context.problem("required option '" + p.name() + "' among the options the suite passes", "missing",
                        "return it from the Simulator's start(), add it to @LakeflowConformance(options = ...), or to the live config");
            }
        }
        for (String option : context.settings().options().keySet()) {
            if (!declared.contains(option)) {
                context.problem("option '" + option + "' declared by the provider", "not among " + declared,
                        "add a ConnectionParameter for it (marked secret if it is a credential), or stop passing it");
            }
        }
        try (LakeflowConnect created = provider.create(context.settings().options())) {
            if (created == null || !type.equals(created.getClass())) {
                context.problem("provider.create(options) to return a " + type.getSimpleName(),
                        created == null ? "null" : "a " + created.getClass().getName(), "return new " + type.getSimpleName() + "(options)");
            }
        }
    }
}
