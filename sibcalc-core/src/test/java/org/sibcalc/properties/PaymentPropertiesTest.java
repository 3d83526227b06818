package org.sibcalc.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.properties.Summaries.decimal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sibcalc.contract.Netting;
import org.sibcalc.measure.Measurements;
import org.sibcalc.payment.Payment;
import org.sibcalc.testing.Theories;

/** Invariants of the outcome payments (docs/rules.md, "Payments"). */
class PaymentPropertiesTest {

    @Test
    void cumulativeDueNeverExceedsTheTotalCap() {
        AtomicInteger capped = new AtomicInteger();
        AtomicInteger binding = new AtomicInteger();
        Theories.qt(300).forAll(Scenarios.scenarios()).checkAssert(s -> {
            List<Payment> payments = s.statement().payments();
            if (s.terms().caps().total().isPresent()) {
                capped.incrementAndGet();
            }
            for (Payment p : payments) {
                assertThat(decimal(p.cumulativeDue())).as("cumulative due at %s", p.date()).isNotNegative();
                if (s.terms().caps().total().isPresent()) {
                    BigDecimal cap = decimal(s.terms().caps().total().orElseThrow());
                    assertThat(decimal(p.cumulativeDue())).as("cumulative due at %s", p.date())
                            .isLessThanOrEqualTo(cap);
                    if (decimal(p.cumulativeDue()).compareTo(cap) == 0 && cap.signum() > 0) {
                        binding.incrementAndGet();
                    }
                }
            }
        });
        assertThat(capped.get()).as("scenarios with a total cap").isPositive();
        assertThat(binding.get()).as("payments held down by the total cap").isPositive();
    }

    @Test
    void cumulativeDueNeverExceedsThePerCohortCapTimesTheCohorts() {
        Theories.qt(200).forAll(Scenarios.scenarios()).checkAssert(s -> {
            if (s.terms().caps().perCohort().isEmpty()) {
                return;
            }
            List<Payment> payments = s.statement().payments();
            if (payments.isEmpty()) {
                return;
            }
            Measurements measurements = Measurements.of(s.terms(), s.data(),
                    payments.stream().map(Payment::date).toList(), null);
            for (Payment p : payments) {
                BigDecimal limit = decimal(s.terms().caps().perCohort().orElseThrow())
                        .multiply(BigDecimal.valueOf(measurements.cohorts(p.date()).size()));
                assertThat(decimal(p.cumulativeDue())).as("cumulative due at %s", p.date()).isLessThanOrEqualTo(limit);
            }
        });
    }

    @Test
    void paymentsAddUpToTheRunningMaximumOfCumulativeDueOrWithClawbackToCumulativeDue() {
        AtomicInteger falls = new AtomicInteger();
        Theories.qt(300).forAll(Scenarios.scenarios()).checkAssert(s -> {
            BigDecimal paid = BigDecimal.ZERO;
            BigDecimal highest = BigDecimal.ZERO;
            BigDecimal previousDue = BigDecimal.ZERO;
            for (Payment p : s.statement().payments()) {
                BigDecimal due = decimal(p.cumulativeDue());
                assertThat(decimal(p.paidBefore())).as("paid before %s", p.date()).isEqualByComparingTo(paid);
                paid = paid.add(decimal(p.payment()));
                highest = highest.max(due);
                if (due.compareTo(previousDue) < 0) {
                    falls.incrementAndGet();
                }
                previousDue = due;
                if (s.terms().clawback()) {
                    assertThat(paid).as("paid up to %s", p.date()).isEqualByComparingTo(due);
                } else {
                    assertThat(decimal(p.payment())).as("payment at %s", p.date()).isNotNegative();
                    assertThat(paid).as("paid up to %s", p.date()).isEqualByComparingTo(highest);
                }
            }
        });
        assertThat(falls.get()).as("falls in cumulative due").isPositive();
    }

    @Test
    void paymentsListEveryMeasurementDateUpToTheReportingDate() {
        Theories.qt(200).forAll(Scenarios.scenarios()).checkAssert(s -> {
            List<LocalDate> expected = Oracle.measurementDates(s.terms().measurement()).stream()
                    .filter(date -> !date.isAfter(s.asOf()))
                    .toList();
            assertThat(s.statement().payments()).extracting(Payment::date).containsExactlyElementsOf(expected);
        });
    }

    @Test
    void paymentsAreInTheContractCurrencyAtItsMinorUnit() {
        Theories.qt(150).forAll(Scenarios.scenarios()).checkAssert(s -> {
            int digits = s.terms().currency().getDefaultFractionDigits();
            for (Payment p : s.statement().payments()) {
                for (var amount : List.of(p.cumulativeDue(), p.paidBefore(), p.payment())) {
                    assertThat(amount.getCurrency()).isEqualTo(s.terms().currency());
                    assertThat(decimal(amount).stripTrailingZeros().scale()).as("%s at %s", amount, p.date())
                            .isLessThanOrEqualTo(digits);
                }
            }
        });
    }

    /** The oracle counts every day of every window at every measurement date; kept to small scenarios. */
    @Test
    void paymentsFollowTheRulesStepByStep() {
        AtomicInteger cohortNetting = new AtomicInteger();
        Theories.qt(150).forAll(Scenarios.scenarios(5)).checkAssert(s -> {
            if (s.terms().netting() == Netting.COHORT) {
                cohortNetting.incrementAndGet();
            }
            List<Oracle.Ledger> ledgers = Oracle.ledgers(s);
            List<Oracle.OraclePayment> expected = Oracle.payments(s, ledgers);
            List<Payment> actual = s.statement().payments();
            assertThat(actual).extracting(Payment::date)
                    .containsExactlyElementsOf(expected.stream().map(Oracle.OraclePayment::date).toList());
            for (int j = 0; j < actual.size(); j++) {
                Payment p = actual.get(j);
                Oracle.OraclePayment o = expected.get(j);
                assertThat(Summaries.of(p.programme())).as("programme at %s", p.date())
                        .isEqualTo(Summaries.of(Oracle.programme(s.terms(), ledgers, p.date())));
                assertThat(decimal(p.cumulativeDue())).as("cumulative due at %s", p.date())
                        .isEqualByComparingTo(o.cumulativeDue());
                assertThat(decimal(p.paidBefore())).as("paid before %s", p.date()).isEqualByComparingTo(o.paidBefore());
                assertThat(decimal(p.payment())).as("payment at %s", p.date()).isEqualByComparingTo(o.payment());
            }
        });
        assertThat(cohortNetting.get()).as("scenarios with COHORT netting").isPositive();
    }
}
