/**
 * Reference adapters of every store port, kept in memory: what a host's unit tests wire instead of a
 * database, and the oracle the JDBC stores are compared with. {@link org.customerkit.core.inmemory.InMemoryStores}
 * gives them all, sharing one transaction log.
 */
package org.customerkit.core.inmemory;
