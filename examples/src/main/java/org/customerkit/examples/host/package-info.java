/**
 * A tiny sample host: the invoicing application's own tables (sales documents and bank payments) in the same
 * database as the customers, and its {@link org.customerkit.core.application.port.out.SalesLedger}, so that the
 * delete rule and a customer's history can be shown for real.
 */
package org.customerkit.examples.host;
