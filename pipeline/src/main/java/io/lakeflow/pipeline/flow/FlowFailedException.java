package io.lakeflow.pipeline.flow;

/** A flow stopped with an error; the message is the root cause's, for people. */
public final class FlowFailedException extends RuntimeException {

    /** @param flow the flow's name, @param cause why it stopped */
    public FlowFailedException(String flow, Throwable cause) {
        super("Flow " + flow + " failed: " + rootMessage(cause), cause);
    }

    /**
     * The message meant for people: Spark wraps errors from the source several times, so take the
     * first of the chain thrown by Lakeflow code or a plain argument/state error, else the deepest.
     */
    static String rootMessage(Throwable t) {
        Throwable root = t;
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null && (c.getClass().getName().startsWith("io.lakeflow.")
                    || c.getClass() == IllegalArgumentException.class || c.getClass() == IllegalStateException.class
                    || c.getClass() == UnsupportedOperationException.class)) {
                return c.getMessage();
            }
            root = c;
        }
        return root.getMessage() == null ? root.getClass().getName() : root.getMessage();
    }
}
