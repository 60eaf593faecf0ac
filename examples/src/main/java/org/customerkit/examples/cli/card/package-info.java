/** The customer card on the command line: add, edit, show, delete, archive, reactivate. */
package org.customerkit.examples.cli.card;
