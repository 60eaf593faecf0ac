/**
 * Sample data with a fixed seed: realistic Belgian and EU companies and persons with valid VAT numbers and
 * IBANs, extra addresses and extra field values, for the demo, tests and benchmarks.
 */
package org.customerkit.testkit.sample;
