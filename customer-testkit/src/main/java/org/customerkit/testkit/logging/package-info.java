/** Capturing what the library logs, so that a test that provokes a failure asserts the log instead of printing it. */
package org.customerkit.testkit.logging;
