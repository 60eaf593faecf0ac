/**
 * The {@code customerkit} command line: the root command with the shared options, the session every command
 * opens (database, tenant, language), the wiring of the stores, and the mapping of outcomes to exit codes.
 */
package org.customerkit.examples.cli;
