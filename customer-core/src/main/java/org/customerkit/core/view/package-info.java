/**
 * Lists of customers as data: {@link org.customerkit.core.view.Column}s, the
 * {@link org.customerkit.core.view.Filter} tree that views, general and extended search share,
 * {@link org.customerkit.core.view.Sort}s that end on a unique key, keyset
 * {@link org.customerkit.core.view.Page}s with opaque cursors, and the built-in and saved
 * {@link org.customerkit.core.view.View}s: the query model. Text keys and folding live in {@code view.text},
 * extended-search text in {@code view.search}, cursors in {@code view.cursor}.
 *
 * <p>Every comparison goes through {@link org.customerkit.core.view.ColumnKeys}: each column of a customer has
 * one sort key and one match text, both plain strings compared by code point, so the in-memory store and every
 * SQL store order and match the same way.
 */
@CustomerkitStyle
package org.customerkit.core.view;

import org.customerkit.core.domain.shared.CustomerkitStyle;
