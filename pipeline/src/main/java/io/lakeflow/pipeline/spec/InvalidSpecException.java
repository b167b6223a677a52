package io.lakeflow.pipeline.spec;

import java.util.List;
import java.util.stream.Collectors;

/** A spec with problems; the message lists every one, each on its own line with its path. */
public final class InvalidSpecException extends IllegalArgumentException {

    private final transient List<SpecProblem> problems;

    /** @param source names the spec (its file), @param problems at least one */
    public InvalidSpecException(String source, List<SpecProblem> problems) {
        super("Pipeline spec " + source + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "; nothing was run:\n" + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found. */
    public List<SpecProblem> problems() {
        return problems;
    }
}
