package org.sibcalc.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sibcalc.Calculation;
import org.sibcalc.contract.Baseline;
import org.sibcalc.measure.BaselineEstimate;
import org.sibcalc.measure.Measurement;
import org.sibcalc.testing.Theories;

/**
 * A comparison group's baseline (docs/rules.md, "Working out a baseline") measured on that same group: it counts
 * the group's days exactly as a statement does, so the care days avoided are zero but for the rounding of
 * the proportions to 6 places. That rounding cannot be avoided with decimal proportions (55 / 227 has no
 * end), so the property is exact where the proportions end within 6 places and otherwise the rounding's
 * remainder exactly: Σ over the months of (proportion × child days − care days), at most half a millionth of a
 * care day per child day.
 */
class BaselinePropertiesTest {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal HALF_A_MILLIONTH = new BigDecimal("0.0000005");

    @Test
    void aGroupsOwnFlatBaselineAvoidsNoCareDaysButForTheRoundingOfItsProportion() {
        AtomicInteger exact = new AtomicInteger();
        AtomicInteger rounded = new AtomicInteger();
        Theories.qt(300).forAll(Scenarios.scenarios()).checkAssert(s -> {
            BaselineEstimate estimate = BaselineEstimate.of(s.terms(), s.data(), s.asOf());
            Measurement measured = measure(s, estimate.flat());

            assertThat(measured.childDays()).as("child days").isEqualTo(estimate.childDays());
            assertThat(measured.careDays()).as("care days").isEqualTo(estimate.careDays());
            BigDecimal remainder = remainder(estimate.flatProportion(), estimate.childDays(), estimate.careDays());
            assertThat(measured.careDaysAvoided().orElseThrow()).as("care days avoided, %s", estimate).isEqualByComparingTo(remainder);
            assertThat(remainder.abs()).as("the rounding's remainder")
                    .isLessThanOrEqualTo(HALF_A_MILLIONTH.multiply(BigDecimal.valueOf(estimate.childDays())));
            if (ends(estimate.careDays(), estimate.childDays())) {
                exact.incrementAndGet();
                assertThat(measured.careDaysAvoided().orElseThrow()).as("care days avoided of an exact proportion").isZero();
            } else {
                rounded.incrementAndGet();
            }
        });
        assertThat(exact.get()).as("groups whose flat proportion ends within 6 places").isGreaterThan(30);
        assertThat(rounded.get()).as("groups whose flat proportion is rounded").isGreaterThan(30);
    }

    @Test
    void aGroupsOwnMonthlyBaselineAvoidsNoCareDaysButForTheRoundingOfItsProportions() {
        AtomicInteger exact = new AtomicInteger();
        Theories.qt(300).forAll(Scenarios.scenarios()).checkAssert(s -> {
            BaselineEstimate estimate = BaselineEstimate.of(s.terms(), s.data(), s.asOf());
            if (estimate.months().isEmpty()) {
                return; // no one tracked: there is no monthly baseline
            }
            Measurement measured = measure(s, estimate.monthly());

            BigDecimal remainder = BigDecimal.ZERO;
            boolean ends = true;
            for (BaselineEstimate.Month month : estimate.months()) {
                remainder = remainder.add(remainder(month.proportion(), month.childDays(), month.careDays()));
                ends &= ends(month.careDays(), month.childDays());
            }
            assertThat(measured.careDays()).as("care days").isEqualTo(estimate.careDays());
            assertThat(measured.careDaysAvoided().orElseThrow()).as("care days avoided, %s", estimate).isEqualByComparingTo(remainder);
            assertThat(remainder.abs()).as("the rounding's remainder")
                    .isLessThanOrEqualTo(HALF_A_MILLIONTH.multiply(BigDecimal.valueOf(estimate.childDays())));
            if (ends) {
                exact.incrementAndGet();
                assertThat(measured.careDaysAvoided().orElseThrow()).as("care days avoided of exact proportions").isZero();
            }
        });
        assertThat(exact.get()).as("groups whose monthly proportions all end within 6 places").isGreaterThan(30);
    }

    /** Each month's child days are the statement's: a baseline of 1 in that month alone expects exactly them. */
    @Test
    void eachMonthsChildDaysAreTheDaysAStatementCountsInThatMonth() {
        Theories.qt(100).forAll(Scenarios.scenarios()).checkAssert(s -> {
            BaselineEstimate estimate = BaselineEstimate.of(s.terms(), s.data(), s.asOf());
            int months = estimate.months().size();
            for (int k = 0; k < months; k++) {
                List<BigDecimal> only = new ArrayList<>(Collections.nCopies(months, BigDecimal.ZERO));
                only.set(k, BigDecimal.ONE);
                assertThat(measure(s, Baseline.monthly(only)).expectedCareDays().orElseThrow()).as(
"child days of month %s", k + 1)
                        .isEqualByComparingTo(BigDecimal.valueOf(estimate.months().get(k).childDays()));
            }
        });
    }

    private static Measurement measure(Scenario s, Baseline baseline) {
        return Calculation.of(s.terms().toBuilder().baseline(baseline).build(), s.data()).statement(s.asOf()).programme();
    }

    /** proportion × child days − care days: what the rounding of care / child to the proportion leaves over. */
    private static BigDecimal remainder(BigDecimal proportion, long childDays, long careDays) {
        return proportion.multiply(BigDecimal.valueOf(childDays)).subtract(BigDecimal.valueOf(careDays));
    }

    /** True when care / child ends within 6 decimal places (or there are no child days, and nothing expected). */
    private static boolean ends(long careDays, long childDays) {
        return childDays == 0 || BigDecimal.valueOf(careDays).multiply(MILLION)
                .remainder(BigDecimal.valueOf(childDays)).signum() == 0;
    }
}
