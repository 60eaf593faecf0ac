/**
 * The one place where ports meet: {@link org.customerkit.core.wiring.CustomerModule} is built by the host from
 * the adapters it chose, makes every use case with exactly the ports it needs, and hands out the incoming ports
 * of one tenant. {@link org.customerkit.core.wiring.CustomerStores} is the set of stores one adapter offers.
 */
package org.customerkit.core.wiring;
