package io.lakeflow.testkit.simulator;

import java.util.List;

/**
 * How the simulated API checks credentials: the accepted schemes ({@code bearer}: {@code Authorization:
 * Bearer <secret>}; {@code basic}: HTTP basic with the secret as user name; {@code header:<Name>}: the
 * secret in that header; {@code query:<name>}: in that query parameter) and the 401 messages. The secret
 * itself is not in the spec: the {@link SpecSimulator} supplies a stand-in.
 *
 * @param schemes        accepted schemes
 * @param errorType      the error type placed in the 401 body
 * @param missingMessage the message when no credential is sent
 * @param invalidMessage the message when a wrong one is sent ({@code ${hint}}: the last 4 characters)
 */
public record AuthSpec(List<String> schemes, String errorType, String missingMessage, String invalidMessage) {
}
