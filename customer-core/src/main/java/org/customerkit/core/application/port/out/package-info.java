/**
 * What the core needs from the world, each port in the domain's words: where customers, extra field
 * definitions and saved views are kept, where customer numbers come from, what the host knows about sales
 * documents, how work is made atomic and who hears about changes. Adapters implement them; the
 * {@code org.customerkit.core.inmemory} package has a reference implementation of every store.
 */
package org.customerkit.core.application.port.out;
