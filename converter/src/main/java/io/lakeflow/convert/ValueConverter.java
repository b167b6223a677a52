package io.lakeflow.convert;

/**
 * One compiled node of a converter tree: converts a non-null JSON-like value to the internal
 * representation of the type it was compiled for, or throws {@link Rejection}. Nulls never reach
 * a node; the enclosing struct, array or map decides whether a null is allowed.
 */
interface ValueConverter {

    /**
     * @param value a non-null value as a connector returned it
     * @return the converted value, never null
     * @throws Rejection when the value does not fit
     */
    Object convert(Object value);
}
