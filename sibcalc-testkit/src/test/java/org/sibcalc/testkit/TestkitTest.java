package org.sibcalc.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.MeasurementDates;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.measure.ParticipantExplanation;
import org.sibcalc.measure.WindowEnd;
import org.sibcalc.payment.Payment;
import org.threeten.extra.LocalDateRange;

/** The test kit as a contract designer uses it: histories written compactly, preset contracts. */
class TestkitTest {

    @Test
    void dayPatternsBecomeEpisodesWithTheirKinds() {
        // From 2019-01-01: days 2–8 (01-03 to 01-09) foster U4, day 10–12 residential R1 and still open.
        CareData data = CareHistories.builder()
                .child("B").starts("2019-01-01").kind('F', "C2", "U4").kind('R', "C2", "R1").days("..FFFFFFF.RRR+")
                .build();

        assertThat(data.episodeCount()).isEqualTo(2);
        assertThat(data.episode(0)).isEqualTo(CareEpisode.of("B", LocalDate.parse("2019-01-03"),
                LocalDate.parse("2019-01-10")).withType("C2").withPlacement("U4"));
        assertThat(data.episode(1)).isEqualTo(CareEpisode.open("B", LocalDate.parse("2019-01-11")).withType("C2")
                .withPlacement("R1"));

    }

    @Test
    void explicitEpisodesAndParticipantFieldsAreKept() {
        CareData data = CareHistories.builder()
                .child("A").born("2005-06-01").starts("2019-01-01").exits("2019-06-30").inCare("2019-01-11", "2019-01-21")
                .child("B").starts("2019-02-01").cohort("pilot")
                .build();

        assertThat(data.participantCount()).isEqualTo(2);
        assertThat(data.participant(0).exitDate()).contains(LocalDate.parse("2019-06-30"));
        assertThat(data.participant(1).cohort()).contains("pilot");
        assertThat(data.episode(0).type()).isEqualTo("CARE");
    }

    @Test
    void aChildsHistoryIsOneLine() {
        CareData data = CareHistories.builder()
                .child("C1").born("2006-05-01").starts("2019-01-10").inCare("2019-02-01", "2019-03-01")
                .build();

        ParticipantExplanation c1 = Calculation.of(Contracts.careDaysAvoided("45.00", "0.55", "7100000.00").build(), data)
                .explain(LocalDate.parse("2019-03-31")).findFirst().orElseThrow();

        // Tracked 2019-01-10 to 2019-03-31: 22 + 28 + 31 = 81 days, 28 of them in care (February).
        // Expected 0.55 × 81 = 44.55 care days, so 44.55 − 28 = 16.55 avoided. C1 turns 18 in 2024: no age-out yet.
        assertThat(c1.childDays()).isEqualTo(81);
        assertThat(c1.careSpans()).containsExactly(LocalDateRange.of(LocalDate.parse("2019-02-01"), LocalDate.parse("2019-03-01")));
        assertThat(c1.careDaysAvoided().orElseThrow()).isEqualByComparingTo("16.55");
        assertThat(c1.windowEnd()).isEqualTo(WindowEnd.REPORTING_DATE);
    }

    @Test
    void aChildWithoutAStartIsAClearError() {
        assertThatIllegalArgumentException().isThrownBy(() -> CareHistories.builder().child("A").inCare("2019-01-01", null).build())
                .withMessageContaining("Give A's start first");
    }

    @Test
    void aPresetPaysAsItsMechanismSays() {
        // Weeks in foster, £500 a week, at most 104. A from 2019-01-01 in U4 for 20 days: 2 weeks by 01-14.
        // B never in foster care. At 2019-03-31: 2 × £500.00 = £1,000.00.
        ContractTerms terms = Contracts.weeksInFoster("500.00", 104)
                .measurement(MeasurementDates.of(List.of(LocalDate.parse("2019-03-31")))).build();
        CareData data = CareHistories.builder()
                .child("A").starts("2019-01-01").kind('F', "C2", "U4").days("FFFFFFFFFFFFFFFFFFFF")
                .child("B").starts("2019-01-01")
                .build();

        Statement statement = Calculation.of(terms, data).statement(LocalDate.parse("2019-03-31"));

        Payment payment = statement.payments().get(0);
        assertThat(payment.cumulativeDue()).isEqualTo(Contracts.gbp("1000.00"));
        assertThat(payment.outcomes().get(0).units()).isEqualByComparingTo("2");
    }

    @Test
    void everyPresetIsAValidContract() {
        assertThat(List.of(Contracts.careDaysAvoided("45.00", "0.55", "7100000.00"), Contracts.daysOutOfCare("25.00", "0.33"),
                Contracts.weeksOutOfCare("150.00"), Contracts.weeksInFoster("500.00", 104), Contracts.yearInFoster("35000.00"),
                Contracts.adoptionStages(), Contracts.quartersOutOfResidential("3000.00")))
                .allSatisfy(builder -> assertThat(builder.build().name()).contains("illustrative"));
    }
}
