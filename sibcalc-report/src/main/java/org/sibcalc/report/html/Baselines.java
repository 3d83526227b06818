package org.sibcalc.report.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import org.sibcalc.measure.Measurement;

/**
 * The baseline of a group as a proportion, to set beside its care proportion: expected care days / child
 * days, rounded half-even to six places as the care proportion is. Under a flat baseline that is the
 * contract's proportion exactly (every child day expects the same share), so nothing is rounded there;
 * under a baseline by month it is the proportion the group's own windows expected.
 */
final class Baselines {

    private Baselines() {
    }

    /** Returns the group's baseline proportion, or null without a baseline or without child days. */
    static @Nullable BigDecimal proportion(Measurement measurement) {
        if (measurement.expectedCareDays().isEmpty() || measurement.childDays() == 0) {
            return null;
        }
        return measurement.expectedCareDays().get().divide(BigDecimal.valueOf(measurement.childDays()),
                Measurement.PROPORTION_SCALE, RoundingMode.HALF_EVEN);
    }
}
