package org.sibcalc.measure;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sibcalc.basics.EpochDays;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.EpisodeEnd;
import org.sibcalc.data.CareData;

/**
 * The contract's rules applied to one participant at a time (docs/rules.md, "Days" and "Cohorts"): the tracking
  * window, the
 * cohort, the months of the baseline and the participant's counted care, merged.
 *
 * <p>All days are epoch days and all spans half-open {@code [from, to)}. The window computed here is the
 * whole tracking window, not yet cut at a reporting date: {@link Measurements} and {@link Explanations}
 * each cut it at theirs.
 *
 * <p>Not thread-safe: it caches what depends only on a start day (the end of the tracking period, the
 * month boundaries, the derived cohort), because thousands of young people share each start day, and it
 * keeps the merged spans of the last participant in a reusable buffer. Each calculation makes its own.
 */
final class ParticipantRules {

    /** The most birth days, from the first to the last, whose days of age-out are cached: about 180 years. */
    private static final int MAX_BIRTH_RANGE = 1 << 16;
    /** Start days spread over more days than this are not cached (a start in the year 8059, say). */
    private static final int MAX_START_RANGE = 1 << 16;
    private static final int UNKNOWN = Integer.MIN_VALUE;

    private final ContractTerms terms;
    private final CareData data;
    private final boolean[] countedType;
    private final int baselineMonths;

    private final int firstStart;
    private final int[][] boundariesByStart; // [start - firstStart] → {period end, month 1 end, month 2 end, ...}
    private final String[] cohortByStart;
    private final int firstBirth;
    private final int[] ageOutByBirth; // [birth - firstBirth] → day of age-out, or UNKNOWN; empty: not cached

    private int[] spanFrom = new int[8];
    private int[] spanTo = new int[8];
    private int spans;

    ParticipantRules(ContractTerms terms, CareData data) {
        this.terms = terms;
        this.data = data;
        List<String> types = data.episodeTypes();
        countedType = new boolean[types.size()];
        for (int t = 0; t < types.size(); t++) {
            countedType[t] = terms.countsAsCare(types.get(t));
        }
        // Without a baseline the window is one "month" that runs to its end: child days only.
        baselineMonths = terms.baseline().map(b -> b.byMonth().size()).orElse(1);
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        int firstBorn = Integer.MAX_VALUE;
        int lastBorn = Integer.MIN_VALUE;
        for (int i = 0; i < data.participantCount(); i++) {
            first = Math.min(first, data.startDay(i));
            last = Math.max(last, data.startDay(i));
            int birth = data.birthDay(i);
            if (birth != CareData.NO_DAY) {
                firstBorn = Math.min(firstBorn, birth);
                lastBorn = Math.max(lastBorn, birth);
            }
        }
        firstStart = first;
        long range = data.participantCount() == 0 ? 0 : (long) last - first + 1;
        int cached = range > MAX_START_RANGE ? 0 : (int) range;
        boundariesByStart = new int[cached][];
        cohortByStart = new String[cached];
        // Thousands of young people share each birth day too: the day of age-out is worked out once for each,
        // unless the birth days are spread over more days than MAX_BIRTH_RANGE.
        firstBirth = firstBorn;
        long births = firstBorn > lastBorn ? 0 : (long) lastBorn - firstBorn + 1;
        ageOutByBirth = new int[terms.tracking().ageOutAt().isEmpty() || births > MAX_BIRTH_RANGE ? 0 : (int) births];
        Arrays.fill(ageOutByBirth, UNKNOWN);
    }

    /**
     * Returns the position of a participant's start day among the start days this calculation caches, from 0 to
     * {@link #startRange()} exclusive, or -1 when start days are not cached.
     */
    int startIndex(int startDay) {
        int k = startDay - firstStart;
        return k < cohortByStart.length ? k : -1;
    }

    /** Returns the number of start days this calculation caches, from the first start to the last, or 0 for none. */
    int startRange() {
        return cohortByStart.length;
    }

    /** Returns the number of baseline months, the last of which runs to the end of the window. */
    int baselineMonths() {
        return baselineMonths;
    }

    /**
     * Returns the first day after participant {@code i}'s whole tracking window: the earliest of the end of
     * the tracking period, the exit date and the day of age-out. The window is empty when this is not after
     * the start.
     */
    int windowEnd(int i) {
        int end = boundaries(data.startDay(i))[0];
        if (data.exitDay(i) != CareData.NO_DAY) {
            end = Math.min(end, data.exitDay(i));
        }
        OptionalInt ageOutAt = terms.tracking().ageOutAt();
        if (ageOutAt.isPresent() && data.birthDay(i) != CareData.NO_DAY) {
            end = Math.min(end, ageOutDay(data.birthDay(i), ageOutAt.getAsInt()));
        }
        return end;
    }

    /**
     * Returns why participant {@code i}'s window at reporting day {@code lastDay} (inclusive) ends: the end
     * that is earliest, ties named in the order of {@link WindowEnd} (exit, age-out, tracking period, and
     * the reporting date last).
     */
    WindowEnd windowEndReason(int i, int lastDay) {
        int start = data.startDay(i);
        if (start > lastDay) {
            return WindowEnd.NOT_STARTED;
        }
        int end = Math.min(windowEnd(i), lastDay + 1);
        if (data.exitDay(i) != CareData.NO_DAY && data.exitDay(i) == end) {
            return WindowEnd.EXIT;
        }
        OptionalInt ageOutAt = terms.tracking().ageOutAt();
        if (ageOutAt.isPresent() && data.birthDay(i) != CareData.NO_DAY
                && LocalDate.ofEpochDay(data.birthDay(i)).plusYears(ageOutAt.getAsInt()).toEpochDay() == end) {
            return WindowEnd.AGE_OUT;
        }
        return boundaries(start)[0] == end ? WindowEnd.TRACKING_PERIOD : WindowEnd.REPORTING_DATE;
    }

    /**
     * Returns the first day of baseline month {@code k + 1} (0-based {@code k}) of a window starting on
     * {@code start}, that is {@code start.plusMonths(k)}.
     */
    int monthStart(int start, int k) {
        return k == 0 ? start : boundaries(start)[k];
    }

    /**
     * Returns the first day after baseline month {@code k + 1} (0-based {@code k}) inside a window
     * {@code [start, windowEnd)}: the next month's first day, or the window's end, whichever is sooner. The
     * last month listed in the baseline runs to the window's end, since its proportion continues.
     */
    int monthEnd(int start, int k, int windowEnd) {
        return k == baselineMonths - 1 ? windowEnd : Math.min(monthStart(start, k + 1), windowEnd);
    }

    /** Returns the cohort of participant {@code i}: its own label, or the one derived from its start. */
    String cohort(int i) {
        String given = data.explicitCohort(i);
        if (given != null) {
            return given;
        }
        int start = data.startDay(i);
        int k = startIndex(start);
        String derived = k < 0 ? null : cohortByStart[k];
        if (derived == null) {
            derived = terms.cohortRule().label(LocalDate.ofEpochDay(start));
            if (k >= 0) {
                cohortByStart[k] = derived;
            }
        }
        return derived;
    }

    /**
     * Merges participant {@code i}'s counted care episodes into disjoint spans inside {@code [from, to)},
     * in order; read them with {@link #spanFrom(int)} and {@link #spanTo(int)}. Overlapping and touching
     * episodes become one span, so no day is counted twice.
     *
     * @param warnings receives a warning for each overlapping, zero-length or outside-window episode (the
     *                 facts only: a warning writes its message when asked), or null when warnings are not wanted
     * @return the number of spans
     */
    int mergeCare(int i, int from, int to, @Nullable Consumer<DataWarning> warnings) {
        int merged = 0;
        int lastEpisode = -1; // the episode that reaches furthest in the current span
        for (int n = 0; n < data.episodeCountOf(i); n++) {
            if (!countedType[data.episodeTypeIndexOf(i, n)]) {
                continue;
            }
            int e = data.episodeOf(i, n);
            int start = data.episodeStartDayOf(i, n);
            int end = ParticipantRules.spanEnd(terms.episodeEnd(), data.episodeEndDayOf(i, n));
            if (start == end) {
                if (warnings != null) {
                    warnings.accept(DataWarning.zeroLength(data, i, e));
                }
                continue;
            }
            // No day in common with [from, to): also true of every episode when the window is empty.
            if (warnings != null && Math.max(start, from) >= Math.min(end, to)) {
                warnings.accept(DataWarning.outsideWindow(data, i, e, from, to));
            }
            if (merged > 0 && start <= spanTo[merged - 1]) {
                if (start < spanTo[merged - 1] && warnings != null) {
                    warnings.accept(DataWarning.overlapping(data, i, e, lastEpisode));
                }
                if (end > spanTo[merged - 1]) {
                    spanTo[merged - 1] = end;
                    lastEpisode = e;
                }
            } else {
                if (merged == spanFrom.length) {
                    spanFrom = Arrays.copyOf(spanFrom, merged * 2);
                    spanTo = Arrays.copyOf(spanTo, merged * 2);
                }
                spanFrom[merged] = start;
                spanTo[merged] = end;
                lastEpisode = e;
                merged++;
            }
        }
        spans = 0;
        for (int s = 0; s < merged; s++) {
            int clippedFrom = Math.max(spanFrom[s], from);
            int clippedTo = Math.min(spanTo[s], to);
            if (clippedFrom < clippedTo) {
                spanFrom[spans] = clippedFrom;
                spanTo[spans] = clippedTo;
                spans++;
            }
        }
        return spans;
    }

    /** Returns the first day of merged span {@code s} of the last {@link #mergeCare} call. */
    int spanFrom(int s) {
        return spanFrom[s];
    }

    /** Returns the first day after merged span {@code s} of the last {@link #mergeCare} call. */
    int spanTo(int s) {
        return spanTo[s];
    }

    /**
     * Returns the day of age-out of a young person born on {@code birthDay}: the birthday at
     * {@code ageOutAt}, as {@code LocalDate.plusYears} gives it (29 February's is 28 February in a common year).
     */
    private int ageOutDay(int birthDay, int ageOutAt) {
        int k = birthDay - firstBirth;
        if (k < 0 || k >= ageOutByBirth.length) {
            return EpochDays.plusMonths(birthDay, 12L * ageOutAt);
        }
        int day = ageOutByBirth[k];
        if (day == UNKNOWN) {
            day = EpochDays.plusMonths(birthDay, 12L * ageOutAt);
            ageOutByBirth[k] = day;
        }
        return day;
    }

    private int[] boundaries(int start) {
        int at = startIndex(start);
        int[] cached = at < 0 ? null : boundariesByStart[at];
        if (cached == null) {
            LocalDate date = LocalDate.ofEpochDay(start);
            cached = new int[baselineMonths];
            cached[0] = (int) terms.tracking().periodEnd(date).toEpochDay();
            for (int k = 1; k < baselineMonths; k++) {
                cached[k] = (int) date.plusMonths(k).toEpochDay();
            }
            if (at >= 0) {
                boundariesByStart[at] = cached;
            }
        }
        return cached;
    }

    /**
     * The first day after an episode's span, as an epoch day ({@link EpisodeEnd#firstDayAfter}): an open
     * episode's {@link CareData#OPEN} stays open.
     */
    static int spanEnd(EpisodeEnd episodeEnd, int recordedEnd) {
        return episodeEnd == EpisodeEnd.INCLUSIVE && recordedEnd != CareData.OPEN ? recordedEnd + 1 : recordedEnd;
    }
}
