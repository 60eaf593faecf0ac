/** {@code vat check} and {@code iban check}: one line of verdict per value, streamed. */
package org.customerkit.examples.cli.check;
