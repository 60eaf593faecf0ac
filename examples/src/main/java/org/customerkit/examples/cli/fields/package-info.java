/** Extra field definitions on the command line. */
package org.customerkit.examples.cli.fields;
