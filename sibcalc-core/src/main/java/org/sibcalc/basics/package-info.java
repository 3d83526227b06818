/**
 * What every layer shares: the exception that names a field and its bad value.
 *
 * <p>Packages depend on each other in one direction only: {@code basics} → {@code data} (participants
 * and care episodes) → {@code contract} (the terms) → {@code measure} (days and care proportion) →
 * {@code payment} (outcome payments) → {@code org.sibcalc} (the statement) → {@code io} (files) →
 * {@code cli} (the command line). {@code returns} (the SPV's cash and the investors' returns) needs only
 * {@code basics} and {@code payment}.
 *
 * <p>Nothing here is null unless it is typed {@code @Nullable} (docs/api.md).
 */
@NullMarked
package org.sibcalc.basics;

import org.jspecify.annotations.NullMarked;
