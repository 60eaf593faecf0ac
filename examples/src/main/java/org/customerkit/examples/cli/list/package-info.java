/** The customer list on the command line: list and search, printed as an aligned table with a cursor. */
package org.customerkit.examples.cli.list;
