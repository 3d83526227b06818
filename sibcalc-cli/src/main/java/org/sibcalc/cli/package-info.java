/**
 * The {@code sibcalc} command line ({@code statement}, {@code validate}, {@code explain}, {@code returns}): a thin shell over
 * {@link org.sibcalc.io.InputFiles} and {@link org.sibcalc.Calculation}.
 *
 * <p>Nothing here is null unless it is typed {@code @Nullable} (docs/api.md).
 */
@NullMarked
package org.sibcalc.cli;

import org.jspecify.annotations.NullMarked;
