/**
 * Text keys and folding: how text is folded so that case and accents never change an order or a match
 * ({@link org.customerkit.core.view.text.TextFolding}), sortable keys of numbers and dates, the one code point
 * order every store compares keys in, and the text general search looks in
 * ({@link org.customerkit.core.view.text.SearchText}). Nothing here knows a view.
 */
package org.customerkit.core.view.text;
