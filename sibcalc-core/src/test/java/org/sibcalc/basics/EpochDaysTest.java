package org.sibcalc.basics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** EpochDays gives exactly what LocalDate gives, for every day of 1900–2100 and the periods contracts use. */
class EpochDaysTest {

    private static final List<Period> PERIODS = List.of(Period.ZERO, Period.ofDays(7), Period.ofMonths(1),
            Period.ofMonths(3), Period.ofMonths(30), Period.ofYears(1), Period.ofWeeks(52), Period.of(1, 2, 3),
            Period.ofYears(18), Period.of(0, 13, 40));

    @Test
    void ofAgreesWithLocalDateOnEveryDay() {
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
            assertThat(EpochDays.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).isEqualTo(d.toEpochDay());
        }
    }

    @Test
    void plusAgreesWithLocalDateForEveryDayAndPeriod() {
        for (LocalDate d = LocalDate.of(1990, 1, 1); d.getYear() <= 2040; d = d.plusDays(1)) {
            int day = (int) d.toEpochDay();
            for (Period p : PERIODS) {
                for (int k = 1; k <= 3; k++) {
                    assertThat(EpochDays.plusMultiple(day, p, k)).as("%s + %s × %d", d, p, k)
                            .isEqualTo(d.plus(p.multipliedBy(k)).toEpochDay());
                }
            }
        }
    }

    @Test
    void monthsFromTheThirtyFirstKeepTheDayWhereTheMonthHasIt() {
        // 31 January + 1, 2, 3 months: 28 February, 31 March, 30 April (2019 is not a leap year).
        int jan31 = EpochDays.of(2019, 1, 31);
        assertThat(LocalDate.ofEpochDay(EpochDays.plusMonths(jan31, 1))).isEqualTo("2019-02-28");
        assertThat(LocalDate.ofEpochDay(EpochDays.plusMonths(jan31, 2))).isEqualTo("2019-03-31");
        assertThat(LocalDate.ofEpochDay(EpochDays.plusMonths(jan31, 3))).isEqualTo("2019-04-30");
    }
}
