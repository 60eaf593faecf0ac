/**
 * Cursors: the opaque, encrypted token of a keyset page, bound to the tenant, the view and its sort, so that
 * page 10,000 costs what page 1 costs and no cursor shows what it starts after.
 */
package org.customerkit.core.view.cursor;
