/**
 * The young people of a programme and their care episodes (docs/input-files.md): {@link org.sibcalc.data.Participant}
 * and {@link org.sibcalc.data.CareEpisode} records, validated on construction, and
 * {@link org.sibcalc.data.CareData}, which holds millions of them compactly as epoch-day columns.
 *
 * <p>Nothing here is null unless it is typed {@code @Nullable} (docs/api.md).
 */
@NullMarked
package org.sibcalc.data;

import org.jspecify.annotations.NullMarked;
