package org.sibcalc.basics;

import java.time.LocalDate;
import java.time.Period;

/**
 * Dates as epoch days ({@link LocalDate#toEpochDay()}), worked out by arithmetic alone, without making a
 * {@code LocalDate}: the calculation adds periods to millions of days, and these give exactly what
 * {@code LocalDate} gives (the tests check them against it).
 *
 * <p>The arithmetic counts years from 1 March, so that the leap day is the last day of its year, in eras
 * of 400 years (146,097 days).
 */
public final class EpochDays {

    private static final int[] DAYS_IN_MONTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private EpochDays() {
    }

    /**
     * Returns the epoch day of a real date (year, month 1–12, day of month), as {@link LocalDate#toEpochDay()}.
     *
     * @param year the year of the ISO calendar
     * @param month the month, 1–12
     * @param day the day of the month, 1 to the month's length
     * @return the number of days from 1970-01-01 to the date
     */
    public static int of(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    /**
     * {@return true in a leap year of the ISO calendar}
     *
     * @param year the year of the ISO calendar
     */
    public static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /**
     * {@return the number of days of a month (1–12) of a year}
     *
     * @param year the year of the ISO calendar
     * @param month the month, 1–12
     */
    public static int lengthOfMonth(int year, int month) {
        return month == 2 ? (isLeap(year) ? 29 : 28) : DAYS_IN_MONTH[month];
    }

    /**
     * Returns {@code day} plus {@code months} months, as {@link LocalDate#plusMonths(long)}: the same day of
     * the month, or the month's last day when it is shorter (31 January + 1 month = 28 or 29 February).
     *
     * @param day an epoch day
     * @param months the months to add; negative to go back
     * @return the epoch day {@code months} months after {@code day}
     */
    public static int plusMonths(int day, long months) {
        if (months == 0) {
            return day;
        }
        return plusMonths(civil(day), months);
    }

    /**
     * Returns the date of an epoch day as {@code year × 10,000 + month × 100 + day of month}, without making a
     * {@code LocalDate}: for adding months to the same day many times ({@link #plusMonths(long, long)}).
     *
     * @param day an epoch day
     * @return the date as the number {@code yyyymmdd}
     */
    public static long civil(int day) {
        int z = day + 719_468;
        int era = Math.floorDiv(z, 146_097);
        int dayOfEra = z - era * 146_097;
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int mp = (5 * dayOfYear + 2) / 153;
        int dayOfMonth = dayOfYear - (153 * mp + 2) / 5 + 1;
        int month = mp < 10 ? mp + 3 : mp - 9;
        int year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return year * 10_000L + month * 100L + dayOfMonth;
    }

    /**
     * Returns a civil date ({@link #civil(int)}) plus {@code months} months as an epoch day, as
     * {@link LocalDate#plusMonths(long)} gives it.
     *
     * @param civil a date as {@link #civil(int)} gives it
     * @param months the months to add; negative to go back
     * @return the epoch day {@code months} months after the date
     */
    public static int plusMonths(long civil, long months) {
        int year = (int) Math.floorDiv(civil, 10_000L);
        int rest = (int) (civil - year * 10_000L); // month × 100 + day, also for years before 0
        int month = rest / 100;
        int dayOfMonth = rest % 100;
        long monthCount = year * 12L + (month - 1) + months;
        int newYear = Math.toIntExact(Math.floorDiv(monthCount, 12));
        int newMonth = (int) Math.floorMod(monthCount, 12) + 1;
        return of(newYear, newMonth, Math.min(dayOfMonth, lengthOfMonth(newYear, newMonth)));
    }

    /**
     * Returns {@code day} plus {@code period}, as {@link LocalDate#plus(java.time.temporal.TemporalAmount)}.
     *
     * @param day an epoch day
     * @param period the years, months and days to add, not null
     * @return the epoch day {@code period} after {@code day}
     */
    public static int plus(int day, Period period) {
        return plusMultiple(day, period, 1);
    }

    /**
     * Returns {@code day} plus {@code period × k} (each of its years, months and days multiplied by k, as
     * {@link Period#multipliedBy(int)}), as {@code LocalDate.plus} gives it: the months first, then the days.
     *
     * @param day an epoch day
     * @param period the years, months and days to add {@code k} times, not null
     * @param k how many times {@code period} is added
     * @return the epoch day {@code period × k} after {@code day}
     */
    public static int plusMultiple(int day, Period period, int k) {
        long months = period.toTotalMonths() * k;
        return Math.toIntExact(plusMonths(day, months) + (long) period.getDays() * k);
    }

    /**
     * As {@link #plusMultiple(int, Period, int)}, from a civil date ({@link #civil(int)}) of that day.
     *
     * @param day an epoch day
     * @param civil the same day as {@link #civil(int)} gives it
     * @param period the years, months and days to add {@code k} times, not null
     * @param k how many times {@code period} is added
     * @return the epoch day {@code period × k} after {@code day}
     */
    public static int plusMultiple(int day, long civil, Period period, int k) {
        long months = period.toTotalMonths() * k;
        return Math.toIntExact((months == 0 ? day : plusMonths(civil, months)) + (long) period.getDays() * k);
    }
}
