package org.sibcalc.measure;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Distinct reporting dates in ascending order, as epoch days, with a quick answer to "which is the first
 * reporting date on or after this day?". Immutable.
 */
final class ReportingDays {

    private final int[] days;
    private final int[] bucketAfterFirst; // [day − first − 1] → bucket, for days in (first, last]

    ReportingDays(Collection<LocalDate> dates) {
        days = dates.stream().mapToInt(date -> Math.toIntExact(date.toEpochDay())).distinct().sorted().toArray();
        if (days.length == 0) {
            throw new IllegalArgumentException("at least one reporting date is needed");
        }
        bucketAfterFirst = new int[days[days.length - 1] - days[0]];
        int bucket = 1;
        for (int day = days[0] + 1; day <= days[days.length - 1]; day++) {
            while (days[bucket] < day) {
                bucket++;
            }
            bucketAfterFirst[day - days[0] - 1] = bucket;
        }
    }

    /** Returns the number of reporting dates. */
    int count() {
        return days.length;
    }

    /** Returns reporting date {@code j} as an epoch day. */
    int day(int j) {
        return days[j];
    }

    /** Returns reporting date {@code j}. */
    LocalDate date(int j) {
        return LocalDate.ofEpochDay(days[j]);
    }

    /** Returns the last reporting date, as an epoch day. */
    int last() {
        return days[days.length - 1];
    }

    /** Returns the position of the first reporting date on or after {@code day}, or -1 when there is none. */
    int bucketOf(int day) {
        if (day <= days[0]) {
            return 0;
        }
        if (day > days[days.length - 1]) {
            return -1;
        }
        return bucketAfterFirst[day - days[0] - 1];
    }
}
