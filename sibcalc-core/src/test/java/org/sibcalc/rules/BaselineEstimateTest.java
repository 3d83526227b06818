package org.sibcalc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.Fixtures.data;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.episode;
import static org.sibcalc.Fixtures.participant;
import static org.sibcalc.Fixtures.terms;

import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.Tracking;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.measure.BaselineEstimate;

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
                List.of(new CareEpisode("A", date("2019-01-11"), date("2019-01-21"), "V2")));
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
