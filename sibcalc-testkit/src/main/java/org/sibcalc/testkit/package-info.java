/**
 * For users' tests of a payment mechanism: {@link org.sibcalc.testkit.CareHistories} writes care histories
 * compactly, {@link org.sibcalc.testkit.Contracts} gives preset contracts and
 * {@link org.sibcalc.testkit.HypotheticalMeasurements} hypothetical figures.
 *
 * <p>Nothing here is null unless it is typed {@code @Nullable} (docs/api.md).
 */
@NullMarked
package org.sibcalc.testkit;

import org.jspecify.annotations.NullMarked;
