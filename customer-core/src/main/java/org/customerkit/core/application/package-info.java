/**
 * The use cases, implemented over the outgoing ports, and {@link org.customerkit.core.application.CustomerModule},
 * the one entry point that wires them. Everything here but the module and its settings is package-private.
 */
package org.customerkit.core.application;
