/**
 * The tables of the DfE's SSDA903 return that sibcalc reads (docs/input-files.md, "SSDA903 tables"), and how
 * a file is recognised as one of them ({@link org.sibcalc.io.ssda903.Ssda903}).
 *
 * <p>Nothing here is null unless it is typed {@code @Nullable} (docs/api.md).
 */
@NullMarked
package org.sibcalc.io.ssda903;

import org.jspecify.annotations.NullMarked;
