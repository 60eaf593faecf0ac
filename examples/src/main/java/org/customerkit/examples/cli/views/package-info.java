/** Saved views ("window settings") on the command line. */
package org.customerkit.examples.cli.views;
