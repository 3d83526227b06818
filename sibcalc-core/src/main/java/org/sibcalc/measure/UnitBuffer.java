package org.sibcalc.measure;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * One participant's units of every participant outcome, as the outcomes give them: spans of one unit a
 * day, units on a day, and evenly spaced units. Kept until the next participant so that they can be added
 * to the sums of every reporting date at once, cut at the day a cap per participant is reached, or counted
 * up to one day.
 *
 * <p>Not thread-safe; reused from one participant to the next.
 */
final class UnitBuffer extends UnitSink {

    private static final byte PER_DAY = 0;
    private static final byte ON = 1;
    private static final byte EVERY = 2;

    private final int outcomes;
    private int outcome;
    private byte[] kind = new byte[16];
    private int[] of = new int[16];
    private int[] a = new int[16]; // PER_DAY: from;  ON: day;   EVERY: first day
    private int[] b = new int[16]; // PER_DAY: to;    ON: count; EVERY: step
    private int[] c = new int[16]; //                            EVERY: count
    private int size;

    UnitBuffer(int outcomes) {
        this.outcomes = outcomes;
    }

    void clear() {
        size = 0;
    }

    @Override
    void outcome(int o) {
        outcome = o;
    }

    @Override
    public void perDay(int from, int to) {
        if (from < to) {
            put(PER_DAY, from, to, 0);
        }
    }

    @Override
    public void on(int day, int count) {
        if (count > 0) {
            put(ON, day, count, 0);
        }
    }

    @Override
    public void onEvery(int first, int step, int count) {
        if (step <= 0) {
            throw new IllegalArgumentException("step must be positive: " + step);
        }
        if (count > 0) {
            put(EVERY, first, step, count);
        }
    }

    private void put(byte k, int x, int y, int z) {
        if (size == kind.length) {
            int grown = size * 2;
            kind = Arrays.copyOf(kind, grown);
            of = Arrays.copyOf(of, grown);
            a = Arrays.copyOf(a, grown);
            b = Arrays.copyOf(b, grown);
            c = Arrays.copyOf(c, grown);
        }
        kind[size] = k;
        of[size] = outcome;
        a[size] = x;
        b[size] = y;
        c[size] = z;
        size++;
    }

    /** Returns true when no outcome gave a unit. */
    boolean isEmpty() {
        return size == 0;
    }

    /** Adds the units of outcome o to series {@code firstSeries + o} of {@code sums}, for every reporting date. */
    void addTo(RampSums sums, int firstSeries) {
        addBefore(sums, firstSeries, Integer.MAX_VALUE);
    }

    /** As {@link #addTo}, only the units on days before {@code day}. */
    void addBefore(RampSums sums, int firstSeries, int day) {
        for (int i = 0; i < size; i++) {
            int s = firstSeries + of[i];
            switch (kind[i]) {
                case PER_DAY -> sums.addSpan(s, a[i], Math.min(b[i], day));
                case ON -> {
                    if (a[i] < day) {
                        sums.addEvent(s, a[i], b[i]);
                    }
                }
                default -> sums.addEvents(s, a[i], b[i], countBefore(i, day));
            }
        }
    }

    /** Returns the units of every outcome on days up to and including {@code day}, by outcome. */
    long[] unitsUpTo(int day) {
        long[] units = new long[outcomes];
        for (int i = 0; i < size; i++) {
            units[of[i]] += switch (kind[i]) {
                case PER_DAY -> Math.max(0, Math.min(b[i], day + 1L) - a[i]);
                case ON -> a[i] <= day ? b[i] : 0;
                default -> countBefore(i, (int) Math.min(Integer.MAX_VALUE, day + 1L));
            };
        }
        return units;
    }

    /**
     * Returns the first day on which the participant's total, Σ units × amount per unit, reaches {@code cap},
     * or {@link Integer#MAX_VALUE} when it never does.
     */
    int dayReaching(BigDecimal cap, BigDecimal[] amountPerUnit) {
        if (size == 0 || total(Integer.MAX_VALUE - 1, amountPerUnit).compareTo(cap) < 0) {
            return Integer.MAX_VALUE;
        }
        int low = Integer.MAX_VALUE; // a day on or before which the total is below the cap, less one
        int high = Integer.MIN_VALUE; // the last day a unit is earned
        for (int i = 0; i < size; i++) {
            low = Math.min(low, a[i]);
            high = Math.max(high, switch (kind[i]) {
                case PER_DAY -> b[i] - 1;
                case ON -> a[i];
                default -> a[i] + b[i] * (c[i] - 1);
            });
        }
        low--; // the total before any unit is zero
        if (cap.signum() <= 0) {
            return low + 1;
        }
        // The total is below the cap at low and reaches it by high: halve the days between.
        while (high - low > 1) {
            int mid = (int) (((long) low + high) >>> 1);
            if (total(mid, amountPerUnit).compareTo(cap) >= 0) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    /** Returns Σ units up to and including {@code day} × amount per unit, exact. */
    BigDecimal total(int day, BigDecimal[] amountPerUnit) {
        long[] units = unitsUpTo(day);
        BigDecimal total = BigDecimal.ZERO;
        for (int o = 0; o < units.length; o++) {
            if (units[o] != 0) {
                total = total.add(amountPerUnit[o].multiply(BigDecimal.valueOf(units[o])));
            }
        }
        return total;
    }

    /** Returns how many of entry i's evenly spaced units fall on days before {@code day}. */
    private int countBefore(int i, int day) {
        if (day <= a[i]) {
            return 0;
        }
        return (int) Math.min(c[i], ((long) day - 1 - a[i]) / b[i] + 1);
    }
}
