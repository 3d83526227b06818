package org.sibcalc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.Fixtures.data;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.episode;
import static org.sibcalc.Fixtures.openEpisode;
import static org.sibcalc.Fixtures.participant;
import static org.sibcalc.Fixtures.terms;

import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sibcalc.Calculation;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.Tracking;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.measure.BaselineEstimate;
import org.sibcalc.measure.Measurement;

/** The historical baseline of a comparison group, flat and by month of the window. */
class BaselineEstimateTest {

    /**
     * Tracked for P2M. A from 2019-01-01: month 1 [01-01, 02-01) is 31 days, 10 in care [01-11, 01-21);
     * month 2 [02-01, 03-01) 28 days, none. B from 2019-03-01: 31 days and 30 days, never in care. Month 1:
     * 10 / 62 = 0.161290; month 2: 0 / 58 = 0; flat 10 / 120 = 0.083333.
     */
    private static final CareData GROUP = data(List.of(participant("A", "2019-01-01"), participant("B", "2019-03-01")),
            List.of(episode("A", "2019-01-11", "2019-01-21")));
    private static final ContractTerms TWO_MONTHS = terms().tracking(Tracking.of(Period.ofMonths(2))).build();

    @Test
    void eachMonthIsTheGroupsCareDaysOverItsChildDaysInThatMonth() {
        BaselineEstimate estimate = BaselineEstimate.of(TWO_MONTHS, GROUP, date("2019-12-31"));

        assertThat(estimate.months()).extracting(m -> m.month() + ": " + m.careDays() + "/" + m.childDays() + " = " + m.proportion())
                .containsExactly("1: 10/62 = 0.161290", "2: 0/58 = 0.000000");
        assertThat(estimate.flatProportion()).isEqualByComparingTo("0.083333");
        assertThat(estimate.participants()).isEqualTo(2);
        assertThat(estimate.monthly()).isEqualTo(Baseline.monthly(List.of(new java.math.BigDecimal("0.161290"),
                new java.math.BigDecimal("0.000000"))));
    }

    /**
     * Three young people tracked for P3M or to their 18th birthday:
     * <ul>
     *   <li>A from 2019-01-15: month 1 [01-15, 02-15) 31 days, month 2 [02-15, 03-15) 28 days, month 3
     *       [03-15, 04-15) 31 days; in care [02-10, 02-20), across the boundary of months 1 and 2: 5 days in
     *       each;</li>
     *   <li>B from 2019-01-01, born 2001-02-15, ages out on 2019-02-15: month 1 [01-01, 02-01) 31 days, month
     *       2 [02-01, 02-15) 14 days; in care all along (an episode open since 2018-12-01);</li>
     *   <li>C from 2019-03-01, never in care: March 31, April 30 and May 31 days.</li>
     * </ul>
     * Month 1: (5 + 31 + 0) / (31 + 31 + 31) = 36 / 93 = 0.387096.. → 0.387097. Month 2: (5 + 14 + 0) /
     * (28 + 14 + 30) = 19 / 72 = 0.263888.. → 0.263889. Month 3: 0 / (31 + 31) = 0. Flat: 55 / 227 =
     * 0.242290.. → 0.242291.
     */
    @Test
    void aGroupAcrossAMonthBoundaryWithAnAgeOut() {
        ContractTerms threeMonths = terms().tracking(Tracking.of(Period.ofMonths(3), 18)).build();
        CareData group = data(List.of(participant("A", "2019-01-15"),
                participant("B", "2019-01-01").withBirthDate(date("2001-02-15")), participant("C", "2019-03-01")),
                List.of(episode("A", "2019-02-10", "2019-02-20"), openEpisode("B", "2018-12-01")));

        BaselineEstimate estimate = BaselineEstimate.of(threeMonths, group, date("2019-12-31"));

        assertThat(estimate.months()).extracting(m -> m.month() + ": " + m.careDays() + "/" + m.childDays() + " = " + m.proportion())
                .containsExactly("1: 36/93 = 0.387097", "2: 19/72 = 0.263889", "3: 0/62 = 0.000000");
        assertThat(estimate.childDays()).isEqualTo(227);
        assertThat(estimate.careDays()).isEqualTo(55);
        assertThat(estimate.flatProportion()).isEqualByComparingTo("0.242291");
    }

    /**
     * The baseline of a group measured on that same group avoids no care days, up to the rounding of its
     * proportions to 6 places, which no decimal can avoid when the proportion does not end (55 / 227 =
     * 0.2422907488...). The group of {@link #aGroupAcrossAMonthBoundaryWithAnAgeOut}: flat, 0.242291 × 227 =
     * 55.000057 expected, so 0.000057 avoided; monthly, 0.387097 × 93 + 0.263889 × 72 + 0 × 62 = 36.000021 +
     * 19.000008 = 55.000029 expected, so 0.000029 avoided.
     */
    @Test
    void aGroupsOwnBaselineAvoidsNoCareDaysButForTheRoundingOfItsProportions() {
        ContractTerms threeMonths = terms().tracking(Tracking.of(Period.ofMonths(3), 18)).build();
        CareData group = data(List.of(participant("A", "2019-01-15"),
                participant("B", "2019-01-01").withBirthDate(date("2001-02-15")), participant("C", "2019-03-01")),
                List.of(episode("A", "2019-02-10", "2019-02-20"), openEpisode("B", "2018-12-01")));
        BaselineEstimate estimate = BaselineEstimate.of(threeMonths, group, date("2019-12-31"));

        Measurement flat = Calculation.of(threeMonths.toBuilder().baseline(estimate.flat()).build(), group)
                .statement(date("2019-12-31")).programme();
        Measurement monthly = Calculation.of(threeMonths.toBuilder().baseline(estimate.monthly()).build(), group)
                .statement(date("2019-12-31")).programme();

        assertThat(flat.careDaysAvoided().orElseThrow()).isEqualByComparingTo("0.000057");
        assertThat(monthly.careDaysAvoided().orElseThrow()).isEqualByComparingTo("0.000029");
    }

    /**
     * When every proportion ends within 6 places the group's own baseline avoids exactly nothing. Tracked P2M,
     * A and B from 2019-04-01: month 1 is April (30 days each, 60), month 2 May (31 each, 62). A is in care
     * from 2019-04-16 (15 days of April and all May), B all May. Month 1: 15 / 60 = 0.25; month 2: 62 / 62 = 1.
     * (Flat, 77 / 122 = 0.6311475... does not end.)
     */
    @Test
    void aGroupsOwnMonthlyBaselineAvoidsExactlyNothingWhenItsProportionsEnd() {
        CareData group = data(List.of(participant("A", "2019-04-01"), participant("B", "2019-04-01")),
                List.of(episode("A", "2019-04-16", "2019-06-01"), episode("B", "2019-05-01", "2019-06-01")));
        BaselineEstimate estimate = BaselineEstimate.of(TWO_MONTHS, group, date("2019-12-31"));

        assertThat(estimate.monthly().byMonth()).extracting(java.math.BigDecimal::toPlainString)
                .containsExactly("0.250000", "1.000000");
        Measurement monthly = Calculation.of(TWO_MONTHS.toBuilder().baseline(estimate.monthly()).build(), group)
                .statement(date("2019-12-31")).programme();
        // 0.25 × 60 + 1 × 62 = 15 + 62 = 77 expected, and 77 care days: none avoided.
        assertThat(monthly.careDaysAvoided().orElseThrow()).isZero();
    }

    @Test
    void windowsAreCutAtTheLastDayTheDataCover() {
        // At 2019-03-10: A's two months as before (59 days, 10 in care); B only 03-01 to 03-10, 10 days of
        // month 1. Month 1: 10 / 41 = 0.243902; month 2: 0 / 28 = 0; flat 10 / 69 = 0.144928.
        BaselineEstimate estimate = BaselineEstimate.of(TWO_MONTHS, GROUP, date("2019-03-10"));

        assertThat(estimate.months()).extracting(BaselineEstimate.Month::childDays).containsExactly(41L, 28L);
        assertThat(estimate.flatProportion()).isEqualByComparingTo("0.144928");
    }

    @Test
    void theContractsCareTypesDecideWhatIsCare() {
        // Care types C2 only: A's episode of type V2 is not care, so the group never was.
        CareData group = data(List.of(participant("A", "2019-01-01")),
                List.of(CareEpisode.of("A", date("2019-01-11"), date("2019-01-21")).withType("V2")));
        ContractTerms terms = TWO_MONTHS.toBuilder().careTypes(Set.of("C2")).build();

        assertThat(BaselineEstimate.of(terms, group, date("2019-12-31")).careDays()).isZero();
    }

    @Test
    void monthsAfterEveryonesWindowAreNotListed() {
        // Tracked P30M, but the data end on 2019-02-15: A has months 1 and 2 only.
        ContractTerms terms = terms().build();
        CareData group = data(List.of(participant("A", "2019-01-01")), List.of());

        assertThat(BaselineEstimate.of(terms, group, date("2019-02-15")).months()).hasSize(2);
    }
}
