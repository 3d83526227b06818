/** What the property-based tests of every package share: the seeds they run from and how they draw examples. */
package org.sibcalc.testing;
