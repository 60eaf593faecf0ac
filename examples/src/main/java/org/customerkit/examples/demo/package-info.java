/** The {@code demo} command: a tour of the library on fresh sample data, as a list of steps. */
package org.customerkit.examples.demo;
