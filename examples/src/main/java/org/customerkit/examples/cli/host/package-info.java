/** The sample host's commands: sales documents and bank payments. */
package org.customerkit.examples.cli.host;
