/**
 * The use cases, one class each, implemented over exactly the outgoing ports they name in their constructor.
 * Hosts do not build or call these: {@code org.customerkit.core.wiring.CustomerModule} does, and hands out the
 * incoming ports of {@code port.in} bound to one tenant. Adapters never depend on this package.
 */
package org.customerkit.core.application;
