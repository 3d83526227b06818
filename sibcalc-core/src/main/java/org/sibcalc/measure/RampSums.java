package org.sibcalc.measure;

/**
 * Sums of day counts at every reporting date at once, from one look at each span.
 *
 * <p>A span of days {@code [from, to)} counted up to reporting date D (inclusive) contributes
 * {@code clamp(D + 1 − from, 0, to − from)} days. That is {@code ramp(from) − ramp(to)}, where
 * {@code ramp(t)} is {@code max(0, D + 1 − t)}: a count that starts rising by one a day on day t. So
 * for many spans
 *
 * <pre>  days(D) = Σ over span ends t ≤ D of  δ × (D + 1 − t)  =  (D + 1) × Σ δ  −  Σ δ × t</pre>
 *
 * <p>with δ = +1 at each span's first day and −1 at the first day after it. Each end is put in the bucket
 * of the first reporting date on or after it (ends after the last date never count), and running totals
 * over the buckets give Σ δ and Σ δ × t, hence the days, at every date. The cost is two additions per span
 * end, whatever the number of dates, and nothing is done per day.
 *
 * <p>A series may also count <b>events</b>: a number of units on a day, counted at every reporting date on or
 * after it (a block completed, a milestone reached). Each goes in the bucket of the first reporting date on
 * or after its day, and running totals give every date at once.
 *
 * <p>Each instance holds several series (for a cohort: the days of each baseline month, the care days and
 * the units of each participant outcome) and a count of participants started. Not thread-safe.
 */
final class RampSums {

    private final ReportingDays days;
    private final int series;
    private final long[] slope;    // Σ δ,     [series × dates + bucket]; running totals after finish()
    private final long[] weighted; // Σ δ × t, likewise
    private final long[] events;   // units on days, [series × dates + bucket]; running totals after finish()
    private final long[] started;  // participants starting, by bucket; running totals after finish()
    private boolean finished;

    RampSums(ReportingDays days, int series) {
        this.days = days;
        this.series = series;
        this.slope = new long[series * days.count()];
        this.weighted = new long[series * days.count()];
        this.events = new long[series * days.count()];
        this.started = new long[days.count()];
    }

    /** Counts one participant starting on {@code startDay}. */
    void addStart(int startDay) {
        int bucket = days.bucketOf(startDay);
        if (bucket >= 0) {
            started[bucket]++;
        }
    }

    /** Adds the days of {@code [from, to)} to series {@code s}; nothing when the span is empty. */
    void addSpan(int s, int from, int to) {
        if (from < to) {
            addEnd(s, from, 1);
            addEnd(s, to, -1);
        }
    }

    /** Adds {@code count} units on {@code day} to series {@code s}. */
    void addEvent(int s, int day, long count) {
        int bucket = days.bucketOf(day);
        if (bucket >= 0) {
            events[s * days.count() + bucket] += count;
        }
    }

    /**
     * Adds one unit on each of the {@code count} days {@code first + k × step}, k = 0, 1, ..., to series
     * {@code s}: by buckets, so the cost grows with the reporting dates they span, not with {@code count}.
     */
    void addEvents(int s, int first, int step, int count) {
        if (count <= 0) {
            return;
        }
        int counted = 0; // events on or before the previous bucket's date
        for (int bucket = days.bucketOf(first); bucket >= 0 && bucket < days.count() && counted < count; bucket++) {
            long date = days.day(bucket);
            int upTo = date < first ? 0 : (int) Math.min(count, (date - first) / step + 1);
            events[s * days.count() + bucket] += upTo - counted;
            counted = upTo;
        }
    }

    private void addEnd(int s, int day, int delta) {
        int bucket = days.bucketOf(day);
        if (bucket >= 0) {
            slope[s * days.count() + bucket] += delta;
            weighted[s * days.count() + bucket] += (long) delta * day;
        }
    }

    /** Adds the buckets of {@code other}, made for the same dates and series, to these; before {@link #finish}. */
    void add(RampSums other) {
        if (finished || other.finished || other.series != series || other.days != days) {
            throw new IllegalStateException("only unfinished sums of the same dates and series can be added");
        }
        for (int i = 0; i < slope.length; i++) {
            slope[i] += other.slope[i];
            weighted[i] += other.weighted[i];
            events[i] += other.events[i];
        }
        for (int j = 0; j < started.length; j++) {
            started[j] += other.started[j];
        }
    }

    /** Turns the buckets into running totals; call once, after the last span. */
    void finish() {
        for (int s = 0; s < series; s++) {
            for (int j = 1; j < days.count(); j++) {
                slope[s * days.count() + j] += slope[s * days.count() + j - 1];
                weighted[s * days.count() + j] += weighted[s * days.count() + j - 1];
                events[s * days.count() + j] += events[s * days.count() + j - 1];
            }
        }
        for (int j = 1; j < days.count(); j++) {
            started[j] += started[j - 1];
        }
        finished = true;
    }

    /** Returns the days (and events) of series {@code s} counted up to reporting date {@code j}. */
    long days(int s, int j) {
        checkFinished();
        int at = s * days.count() + j;
        return (days.day(j) + 1L) * slope[at] - weighted[at] + events[at];
    }

    /** Returns how many participants started on or before reporting date {@code j}. */
    long started(int j) {
        checkFinished();
        return started[j];
    }

    private void checkFinished() {
        if (!finished) {
            throw new IllegalStateException("finish() has not been called");
        }
    }
}
