/**
 * Days and the care proportion (docs/rules.md, "Days" to "Measurement"). Read in this order:
 * <ol>
 *   <li>{@link org.sibcalc.measure.ParticipantRules}: one young person's tracking window, cohort, baseline
 *       months and merged care;</li>
 *   <li>{@link org.sibcalc.measure.Explanations}: each young person's child days, care days and expected care
 *       days, straight from those rules;</li>
 *   <li>{@link org.sibcalc.measure.Measurements}: the same days summed for every cohort at every date in one
 *       pass ({@link org.sibcalc.measure.RampSums} explains how), giving a
 *       {@link org.sibcalc.measure.Measurement} per group, whose care proportion is care days / child days.</li>
 * </ol>
 * The tests check that the explanations add up exactly to the measurements.
 *
 * <p>Nothing here is null unless it is typed {@code @Nullable} (docs/api.md).
 */
@NullMarked
package org.sibcalc.measure;

import org.jspecify.annotations.NullMarked;
