package org.sibcalc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.Fixtures.checkedStatement;
import static org.sibcalc.Fixtures.data;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.episode;
import static org.sibcalc.Fixtures.participant;
import static org.sibcalc.Fixtures.terms;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sibcalc.Statement;
import org.sibcalc.data.CareData;
import org.sibcalc.measure.Measurement;

/**
 * docs/rules.md, "Measurement": care proportion = care days / child days of the group, rounded half-even to 6
  * decimal places;
 * empty ({@code null} in the statement) when there are no child days.
 */
class CareProportionTest {

    private static BigDecimal proportion(Measurement m) {
        return m.careProportion().orElseThrow();
    }

    @Test
    void careProportionIsCareDaysOverChildDaysToSixPlaces() {
        // Start 2019-01-01, reported 2019-03-31: 90 child days; care [01-01, 01-31) = 30 days.
        // 30 / 90 = 0.3333333... → 0.333333.
        CareData data = data(List.of(participant("A", "2019-01-01")), List.of(episode("A", "2019-01-01", "2019-01-31")));

        Measurement m = checkedStatement(terms().build(), data, "2019-03-31").programme();

        assertThat(proportion(m)).isEqualTo(new BigDecimal("0.333333"));
    }

    @Test
    void careProportionRoundsToNearest() {
        // 60 / 90 = 0.6666666... → 0.666667 (up, not truncated); care [01-01, 03-02) = 31 + 28 + 1 = 60.
        CareData data = data(List.of(participant("A", "2019-01-01")), List.of(episode("A", "2019-01-01", "2019-03-02")));

        Measurement m = checkedStatement(terms().build(), data, "2019-03-31").programme();

        assertThat(proportion(m)).isEqualTo(new BigDecimal("0.666667"));
    }

    @Test
    void tieRoundsToTheEvenSixthDigitDown() {
        // 128 child days: start 2019-01-01, reported 2019-05-08 = 31 + 28 + 31 + 30 + 8. One care day
        // [02-01, 02-02): 1 / 128 = 0.0078125 exactly, a tie; half-even keeps the even 2: 0.007812
        // (half-up would give 0.007813).
        CareData data = data(List.of(participant("A", "2019-01-01")), List.of(episode("A", "2019-02-01", "2019-02-02")));

        Measurement m = checkedStatement(terms().build(), data, "2019-05-08").programme();

        assertThat(m.childDays()).isEqualTo(128);
        assertThat(proportion(m)).isEqualTo(new BigDecimal("0.007812"));
    }

    @Test
    void tieRoundsToTheEvenSixthDigitUp() {
        // Same 128 child days, 3 care days [02-01, 02-04): 3 / 128 = 0.0234375, a tie; half-even rounds the
        // odd 7 up to 0.023438 (half-down would give 0.023437).
        CareData data = data(List.of(participant("A", "2019-01-01")), List.of(episode("A", "2019-02-01", "2019-02-04")));

        Measurement m = checkedStatement(terms().build(), data, "2019-05-08").programme();

        assertThat(proportion(m)).isEqualTo(new BigDecimal("0.023438"));
    }

    @Test
    void careProportionHasSixDecimalPlacesEvenWhenExact() {
        // 45 / 90 = 0.5 → 0.500000; 0 / 90 → 0.000000; 90 / 90 → 1.000000.
        assertThat(proportion(Measurement.of(1, 90, 45, BigDecimal.ZERO)).toPlainString()).isEqualTo("0.500000");
        assertThat(proportion(Measurement.of(1, 90, 0, BigDecimal.ZERO)).toPlainString()).isEqualTo("0.000000");
        assertThat(proportion(Measurement.of(1, 90, 90, BigDecimal.ZERO)).toPlainString()).isEqualTo("1.000000");
    }

    @Test
    void careProportionOfAGroupIsTheRatioOfItsSumsNotTheMeanOfRatios() {
        // A: 90 child days, 10 care days [01-10, 01-20). B from 2019-03-22: 10 child days, none in care.
        // (10 + 0) / (90 + 10) = 0.1 → 0.100000 (the mean of 10/90 and 0/10 would be 0.055556).
        CareData data = data(List.of(participant("A", "2019-01-01"), participant("B", "2019-03-22")),
                List.of(episode("A", "2019-01-10", "2019-01-20")));

        Statement statement = checkedStatement(terms().build(), data, "2019-03-31");

        assertThat(proportion(statement.programme())).isEqualTo(new BigDecimal("0.100000"));
    }

    @Test
    void careProportionIsEmptyWithoutChildDays() {
        // The only participant leaves on the start day: 0 child days, so no proportion (not 0, not an error),
        // for the programme and for its cohort.
        CareData data = data(List.of(participant("A", "2019-01-01").withExitDate(date("2019-01-01"))), List.of());

        Statement statement = checkedStatement(terms().build(), data, "2019-03-31");

        assertThat(statement.programme().childDays()).isZero();
        assertThat(statement.programme().careProportion()).isEmpty();
        assertThat(statement.cohorts()).singleElement()
                .satisfies(c -> assertThat(c.measurement().careProportion()).isEmpty());
    }

    @Test
    void careProportionOfNoParticipantsIsEmpty() {
        assertThat(Measurement.NONE.careProportion()).isEmpty();
    }
}
