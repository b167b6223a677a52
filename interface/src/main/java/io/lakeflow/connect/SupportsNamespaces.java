package io.lakeflow.connect;

import java.util.List;

/**
 * Optional capability: tables nested under namespaces (a database's schemas, an account's
 * workspaces). A namespace is a path of one or more names, e.g. {@code ["public"]}.
 *
 * <p>Table names returned by {@link LakeflowConnect#listTables()} remain the identifiers used by
 * every read; a connector with namespaces qualifies them (e.g. {@code public.orders}), and
 * {@link #listTables(List)} lists those under one namespace.
 */
public interface SupportsNamespaces {

    /**
     * The namespaces directly under {@code parent} (an empty list: the top level). Each returned
     * path starts with {@code parent}.
     */
    List<List<String>> listNamespaces(List<String> parent);

    /** The tables (as {@link LakeflowConnect#listTables()} names them) directly under {@code namespace}. */
    List<String> listTables(List<String> namespace);
}
