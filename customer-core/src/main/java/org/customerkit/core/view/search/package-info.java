/**
 * Extended search as text: the syntax of criteria ({@code city=Gent}, {@code name~bakkerij},
 * {@code field:since=2020-01-01..2020-12-31}) that screens and the command line write and saved views keep,
 * parsed into the {@link org.customerkit.core.view.Filter} tree and written back
 * ({@link org.customerkit.core.view.search.FilterText}).
 */
package org.customerkit.core.view.search;
