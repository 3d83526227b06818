package org.sibcalc.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.sibcalc.testkit.Contracts.gbp;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.Caps;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.Netting;
import org.sibcalc.payment.Cap;
import org.sibcalc.payment.Payment;

/**
 * A contract designer's questions, asked of hypothetical numbers: what is paid, and does a cap bind? Every
 * contract is £45.00 per care day avoided against a flat baseline of 0.55 unless it says otherwise.
 */
class HypotheticalMeasurementsTest {

    private static final ContractTerms ESSEX = Contracts.careDaysAvoided("45.00", "0.55", "7100000.00").build();

    @Test
    void careDaysAvoidedArePaidAtThePricePerDay() {
        Payment payment = HypotheticalMeasurements.of(ESSEX).at("2019-03-31").careDaysAvoided("1000").payment("2019-03-31");

        // 1,000 × £45.00 = £45,000.00, far below the £7.1m cap.
        assertThat(payment.cumulativeDue()).isEqualTo(gbp("45000.00"));
        assertThat(payment.payment()).isEqualTo(gbp("45000.00"));
        assertThat(payment.capsBound()).isEmpty();
    }

    @Test
    void theTotalCapBindsWhenWhatIsDueIsMoreThanIt() {
        Payment payment = HypotheticalMeasurements.of(ESSEX).at("2021-06-30").careDaysAvoided("200000").payment("2021-06-30");

        // 200,000 × £45.00 = £9,000,000.00 due without the cap; capped at £7,100,000.00.
        assertThat(payment.uncappedDue()).isEqualTo(gbp("9000000.00"));
        assertThat(payment.cumulativeDue()).isEqualTo(gbp("7100000.00"));
        assertThat(payment.capsBound()).containsExactly(Cap.TOTAL);
    }

    @Test
    void aCapThatIsReachedExactlyDoesNotBind() {
        Payment payment = HypotheticalMeasurements.of(ESSEX).at("2021-06-30").careDaysAvoided("157777.78").payment("2021-06-30");

        // 157,777.78 × £45.00 = £7,100,000.10, rounded half-up to £7,100,000.10: the cap binds by 10p.
        assertThat(payment.capsBound()).containsExactly(Cap.TOTAL);
        Payment exactly = HypotheticalMeasurements.of(ESSEX).at("2021-06-30").careDaysAvoided("157777.7777")
                .payment("2021-06-30");
        // 157,777.7777 × £45.00 = £7,099,999.9965, rounded to £7,100,000.00: the cap is reached, not exceeded.
        assertThat(exactly.cumulativeDue()).isEqualTo(gbp("7100000.00"));
        assertThat(exactly.capsBound()).isEmpty();
    }

    @Test
    void eachPaymentIsWhatIsNewSinceTheLastDate() {
        List<Payment> payments = HypotheticalMeasurements.of(ESSEX)
                .at("2019-03-31").careDaysAvoided("1000")
                .at("2019-06-30").careDaysAvoided("1500")
                .payments();

        // Cumulative due £45,000.00, then 1,500 × £45.00 = £67,500.00: paid £45,000.00, then £22,500.00.
        assertThat(payments).extracting(Payment::payment).containsExactly(gbp("45000.00"), gbp("22500.00"));
    }

    @Test
    void withoutClawbackAFallIsCarriedAgainstLaterPayments() {
        List<Payment> payments = HypotheticalMeasurements.of(ESSEX)
                .at("2019-03-31").careDaysAvoided("1000")
                .at("2019-06-30").careDaysAvoided("800")
                .at("2019-09-30").careDaysAvoided("1200")
                .payments();

        // £45,000.00; then £36,000.00 due, less than paid: nothing; then £54,000.00 − £45,000.00 = £9,000.00.
        assertThat(payments).extracting(Payment::payment)
                .containsExactly(gbp("45000.00"), gbp("0.00"), gbp("9000.00"));
    }

    @Test
    void childDaysAndCareDaysAreMeasuredAgainstTheFlatBaseline() {
        Payment payment = HypotheticalMeasurements.of(ESSEX)
                .at("2019-03-31").childDays(10_000).careDays(2_000)
                .payment("2019-03-31");

        // Expected 0.55 × 10,000 = 5,500 care days; avoided 5,500 − 2,000 = 3,500; × £45.00 = £157,500.00.
        assertThat(payment.programme().careDaysAvoided().orElseThrow()).isEqualByComparingTo("3500");
        assertThat(payment.cumulativeDue()).isEqualTo(gbp("157500.00"));
    }

    @Test
    void underCohortNettingACohortsLossIsNotSetAgainstAnotherCohortsGain() {
        ContractTerms byCohort = ESSEX.toBuilder().netting(Netting.COHORT).build();
        HypotheticalMeasurements figures = HypotheticalMeasurements.of(byCohort).at("2019-03-31")
                .cohort("2019-Q1").careDaysAvoided("1000")
                .cohort("2019-Q2").careDaysAvoided("-400");

        // 2019-Q1: 1,000 × £45.00 = £45,000.00; 2019-Q2 did worse than the baseline and is floored at £0.00.
        assertThat(figures.payment("2019-03-31").cumulativeDue()).isEqualTo(gbp("45000.00"));
        // The same figures netted over the programme: (1,000 − 400) × £45.00 = £27,000.00.
        Payment programme = HypotheticalMeasurements.of(ESSEX).at("2019-03-31").careDaysAvoided("600").payment("2019-03-31");
        assertThat(programme.cumulativeDue()).isEqualTo(gbp("27000.00"));
    }

    @Test
    void theCapPerCohortBindsOnTheCohortAboveIt() {
        ContractTerms capped = ESSEX.toBuilder().netting(Netting.COHORT).caps(Caps.perCohort(gbp("20000.00"))).build();

        Payment payment = HypotheticalMeasurements.of(capped).at("2019-03-31")
                .cohort("2019-Q1").careDaysAvoided("1000")
                .cohort("2019-Q2").careDaysAvoided("100")
                .payment("2019-03-31");

        // 2019-Q1: £45,000.00 capped at £20,000.00; 2019-Q2: 100 × £45.00 = £4,500.00. Due £24,500.00, uncapped £49,500.00.
        assertThat(payment.cumulativeDue()).isEqualTo(gbp("24500.00"));
        assertThat(payment.uncappedDue()).isEqualTo(gbp("49500.00"));
        assertThat(payment.capsBound()).containsExactly(Cap.PER_COHORT);
    }

    @Test
    void theCapPerYoungPersonBindsOnEachOnesTotal() {
        ContractTerms weeks = Contracts.weeksInFoster("500.00", 104).caps(Caps.perParticipant(gbp("20000.00"))).build();

        Payment payment = HypotheticalMeasurements.of(weeks).at("2020-03-31")
                .youngPerson("A").units("weeks in a foster placement", 30)
                .youngPerson("B").units("weeks in a foster placement", 50)
                .payment("2020-03-31");

        // A: 30 × £500.00 = £15,000.00. B: 50 × £500.00 = £25,000.00, capped at £20,000.00. Due £35,000.00 of £40,000.00.
        assertThat(payment.cumulativeDue()).isEqualTo(gbp("35000.00"));
        assertThat(payment.uncappedDue()).isEqualTo(gbp("40000.00"));
        assertThat(payment.capsBound()).containsExactly(Cap.PER_PARTICIPANT);
        assertThat(payment.outcomes().get(0).units()).isEqualByComparingTo("80");
    }

    @Test
    void severalCapsCanBindAtOnce() {
        ContractTerms weeks = Contracts.weeksInFoster("500.00", 104)
                .caps(Caps.total(gbp("30000.00")).withPerParticipant(gbp("20000.00"))).build();

        Payment payment = HypotheticalMeasurements.of(weeks).at("2020-03-31")
                .youngPerson("A").units("weeks in a foster placement", 30)
                .youngPerson("B").units("weeks in a foster placement", 50)
                .payment("2020-03-31");

        // £15,000.00 + £20,000.00 (B capped) = £35,000.00, then capped in total at £30,000.00.
        assertThat(payment.cumulativeDue()).isEqualTo(gbp("30000.00"));
        assertThat(payment.capsBound()).containsExactly(Cap.PER_PARTICIPANT, Cap.TOTAL);
    }

    @Test
    void unitsOfACohortArePaidWhenNoOneIsCapped() {
        Payment payment = HypotheticalMeasurements.of(Contracts.daysOutOfCare("25.00", "0.33"))
                .at("2019-12-31").units("days out of care", 1_000)
                .payment("2019-12-31");

        // 1,000 days × £25.00 × (1 − 0.33) = £16,750.00.
        assertThat(payment.cumulativeDue()).isEqualTo(gbp("16750.00"));
    }

    @Test
    void aMistakeSaysWhereAndWhat() {
        ContractTerms weeks = Contracts.weeksInFoster("500.00", 104).caps(Caps.perParticipant(gbp("20000.00"))).build();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HypotheticalMeasurements.of(weeks).at("2020-03-31").units("weeks in a foster placement", 3))
                .withMessageContaining("2020-03-31: units of 'weeks in a foster placement': the contract caps each young person's total");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HypotheticalMeasurements.of(weeks).at("2020-03-31").youngPerson("A").units("weeks", 3))
                .withMessageContaining("no participant outcome 'weeks'");
        ContractTerms monthly = ESSEX.toBuilder().baseline(Baseline.monthly(List.of(new BigDecimal("0.6"), new BigDecimal("0.5"))))
                .build();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HypotheticalMeasurements.of(monthly).at("2019-03-31").childDays(900).payments())
                .withMessageContaining("2019-03-31: give expectedCareDays or careDaysAvoided");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HypotheticalMeasurements.of(ESSEX.toBuilder().netting(Netting.COHORT).build())
                        .at("2019-03-31").careDaysAvoided("10"))
                .withMessageContaining("the contract nets by cohort");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HypotheticalMeasurements.of(ESSEX).at("2019-03-31").at("2019-03-31"))
                .withMessageContaining("2019-03-31: the figures of this date are given twice");
    }
}
