package org.sibcalc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sibcalc.Fixtures.checkedStatement;
import static org.sibcalc.Fixtures.data;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.participant;
import static org.sibcalc.Fixtures.paymentLines;
import static org.sibcalc.Fixtures.terms;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.MeasurementDates;
import org.sibcalc.contract.MeasurementDates.Frequency;
import org.sibcalc.data.CareData;
import org.sibcalc.measure.Measurements;
import org.sibcalc.payment.Payment;
import org.sibcalc.payment.PaymentSchedule;

/**
 * docs/rules.md, "Payments", and docs/statement-json.md: measurement dates are every quarter or month end from
  * {@code from} to {@code to}
 * inclusive, or a listed set (any order, no duplicates). A statement at {@code asOf} measures at
 * {@code asOf} itself and lists the payment of every measurement date on or before it.
 *
 * <p>Payments use one participant from 2019-01-01 with no care, baseline 0.5, £1.00 a day: at a date D the
 * cumulative due is half the child days, (D − 2019-01-01 + 1) / 2 pounds.
 */
class MeasurementDatesTest {

    private static final CareData ONE = data(List.of(participant("A", "2019-01-01")), List.of());

    private static List<LocalDate> dates(String... isoDates) {
        return Stream.of(isoDates).map(LocalDate::parse).toList();
    }

    @Test
    void quarterEndsFromAndToInclusiveWhenBothAreQuarterEnds() {
        assertThat(MeasurementDates.every(Frequency.QUARTER, date("2019-03-31"), date("2019-09-30")).dates())
                .isEqualTo(dates("2019-03-31", "2019-06-30", "2019-09-30"));
    }

    @Test
    void quarterEndsBetweenDatesThatAreNotQuarterEnds() {
        // From 2019-02-15 to 2020-01-15: the quarter ends on or after 2019-02-15 and on or before 2020-01-15.
        assertThat(MeasurementDates.every(Frequency.QUARTER, date("2019-02-15"), date("2020-01-15")).dates())
                .isEqualTo(dates("2019-03-31", "2019-06-30", "2019-09-30", "2019-12-31"));
        // From 2019-04-01 (the day after a quarter end) to 2019-09-29 (the day before one): only 2019-06-30.
        assertThat(MeasurementDates.every(Frequency.QUARTER, date("2019-04-01"), date("2019-09-29")).dates())
                .isEqualTo(dates("2019-06-30"));
    }

    @Test
    void monthEndsFromAndToInclusiveIncludingALeapDay() {
        // 2020-01-15 to 2020-04-30: 31 January, 29 February (leap year), 31 March, 30 April.
        assertThat(MeasurementDates.every(Frequency.MONTH, date("2020-01-15"), date("2020-04-30")).dates())
                .isEqualTo(dates("2020-01-31", "2020-02-29", "2020-03-31", "2020-04-30"));
        // A single day that is a month end.
        assertThat(MeasurementDates.every(Frequency.MONTH, date("2019-02-28"), date("2019-02-28")).dates())
                .isEqualTo(dates("2019-02-28"));
    }

    @Test
    void rangeWithoutAPeriodEndIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> MeasurementDates.every(Frequency.QUARTER, date("2019-04-01"), date("2019-06-29")))
                .withMessage("measurement: no quarter end falls from 2019-04-01 to 2019-06-29");
    }

    @Test
    void toBeforeFromIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> MeasurementDates.every(Frequency.MONTH, date("2019-06-30"), date("2019-03-31")))
                .withMessage("measurement.to: 2019-03-31 is before from 2019-06-30");
    }

    @Test
    void listedDatesMayBeInAnyOrder() {
        assertThat(MeasurementDates.of(dates("2019-09-30", "2019-03-31", "2019-06-30")).dates())
                .isEqualTo(dates("2019-03-31", "2019-06-30", "2019-09-30"));
    }

    @Test
    void duplicateListedDateIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> MeasurementDates.of(dates("2019-06-30", "2019-03-31", "2019-06-30")))
                .withMessage("measurement.dates[2]: 2019-06-30 is a duplicate");
    }

    @Test
    void paymentsInDateOrderFromListedDatesInAnyOrder() {
        // Listed 2019-06-30, 2019-01-31, 2019-03-31: paid in date order.
        //   2019-01-31:  31 days → 15.50;  2019-03-31: 90 → 45.00 (29.50 more);  2019-06-30: 181 → 90.50 (45.50).
        ContractTerms terms = terms().measurement(MeasurementDates.of(dates("2019-06-30", "2019-01-31", "2019-03-31")))
                .build();

        assertThat(paymentLines(checkedStatement(terms, ONE, "2019-06-30").payments())).containsExactly(
                "2019-01-31: due 15.50, paid before 0.00, payment 15.50",
                "2019-03-31: due 45.00, paid before 15.50, payment 29.50",
                "2019-06-30: due 90.50, paid before 45.00, payment 45.50");
    }

    @Test
    void paymentsOnlyAtMeasurementDatesOnOrBeforeTheReportingDate() {
        // Quarterly from 2019-03-31; reported 2019-06-30: 2019-03-31 (90 days → 45.00) and 2019-06-30
        // (181 → 90.50), nothing for 2019-09-30 onwards.
        Statement statement = checkedStatement(terms().build(), ONE, "2019-06-30");

        assertThat(paymentLines(statement.payments())).containsExactly(
                "2019-03-31: due 45.00, paid before 0.00, payment 45.00",
                "2019-06-30: due 90.50, paid before 45.00, payment 45.50");
    }

    @Test
    void reportingDateBetweenMeasurementDatesIsMeasuredAtItself() {
        // Reported 2019-05-15: the programme is measured to 2019-05-15, 31 + 28 + 31 + 30 + 15 = 135 days;
        // the only payment is 2019-03-31's, measured there (90 days → 45.00).
        Statement statement = checkedStatement(terms().build(), ONE, "2019-05-15");

        assertThat(statement.asOf()).isEqualTo(date("2019-05-15"));
        assertThat(statement.programme().childDays()).isEqualTo(135);
        assertThat(statement.payments()).singleElement().satisfies(payment -> {
            assertThat(payment.date()).isEqualTo(date("2019-03-31"));
            assertThat(payment.programme().childDays()).isEqualTo(90);
        });
        assertThat(paymentLines(statement.payments()))
                .containsExactly("2019-03-31: due 45.00, paid before 0.00, payment 45.00");
    }

    @Test
    void reportingDateBeforeTheFirstMeasurementDateHasNoPayments() {
        // Reported 2019-02-28: 31 + 28 = 59 days measured, no measurement date yet.
        Statement statement = checkedStatement(terms().build(), ONE, "2019-02-28");

        assertThat(statement.programme().childDays()).isEqualTo(59);
        assertThat(statement.payments()).isEmpty();
    }

    @Test
    void statementWithoutADateIsAtTheLastMeasurementDate() {
        // Listed 2019-03-31 and 2019-06-30: the statement is as of 2019-06-30, 181 days.
        ContractTerms terms = terms().measurement(MeasurementDates.of(dates("2019-06-30", "2019-03-31"))).build();

        Statement statement = Calculation.of(terms, ONE).statement();

        assertThat(statement.asOf()).isEqualTo(date("2019-06-30"));
        assertThat(statement.programme().childDays()).isEqualTo(181);
        assertThat(statement.payments()).hasSize(2);
    }

    @Test
    void paymentAtEachDateUsesTheMeasurementAtThatDate() {
        // Quarterly, reported 2019-12-31: 90, 181, 273 and 365 child days.
        Statement statement = checkedStatement(terms().build(), ONE, "2019-12-31");

        assertThat(statement.payments()).extracting(p -> p.programme().childDays()).containsExactly(90L, 181L, 273L, 365L);
    }

    @Test
    void measurementsAndPaymentScheduleCanBeUsedDirectly() {
        // Measurements at dates given out of order and repeated are measured once each, in order; the
        // schedule at 2019-06-30 pays at 2019-03-31 (45.00) and 2019-06-30 (90.50 − 45.00 = 45.50).
        ContractTerms terms = terms().build();
        Measurements measurements = Measurements.of(terms, ONE, dates("2019-06-30", "2019-03-31", "2019-06-30"), null);

        assertThat(measurements.dates()).isEqualTo(dates("2019-03-31", "2019-06-30"));
        assertThat(measurements.programme(date("2019-03-31")).childDays()).isEqualTo(90);
        assertThat(measurements.programme(date("2019-06-30")).childDays()).isEqualTo(181);
        List<Payment> payments = PaymentSchedule.of(terms, measurements, date("2019-06-30"));
        assertThat(paymentLines(payments)).containsExactly(
                "2019-03-31: due 45.00, paid before 0.00, payment 45.00",
                "2019-06-30: due 90.50, paid before 45.00, payment 45.50");
    }
}
