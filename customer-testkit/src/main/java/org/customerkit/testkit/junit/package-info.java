/** JUnit Platform extensions every module's tests share: why a test was skipped, said in the build output. */
package org.customerkit.testkit.junit;
