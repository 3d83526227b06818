package org.sibcalc.measure;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sibcalc.basics.EpochDays;
import org.sibcalc.contract.Condition;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.Outcome;
import org.sibcalc.contract.State;
import org.sibcalc.data.CareData;

/**
 * The contract's participant outcomes applied to one participant at a time (docs/rules.md, "Days" and "Outcomes"):
  * the merged
 * spans of each state the outcomes' conditions name, the outcome windows, the runs that meet each
 * condition, and the units each outcome gives for them ({@link Outcome.PerParticipant#addUnits}).
 *
 * <p>A participant's spans of a state are merged once and shared by every outcome with a condition on
 * that state. The units are kept in a {@link UnitBuffer} until the next participant, as spans and events
 * on days, so that one look serves every reporting date.
 *
 * <p>Not thread-safe: it keeps the last participant's spans, runs and units in reusable buffers, and caches
 * what depends only on a start day. Each calculation makes its own.
 */
final class ParticipantOutcomes {

    private final ContractTerms terms;
    private final CareData data;
    private final ParticipantRules rules;
    private final List<Outcome.PerParticipant> outcomes;
    private final BigDecimal[] amountPerUnit;
    private final int[] stateOf;     // [outcome] → state index; 0 is care, -1 for no condition
    private final boolean[] inState; // [outcome] → true for "in", false for "outOf"
    private final boolean[][] member; // [state][episode type × placements + placement] → the episode is in the state
    private final int placements;
    private final List<String> states; // care, then the contract's states in contract order
    private final Map<String, boolean[]> countedByCohort = new HashMap<>();

    private final java.time.@Nullable Period[] windowFrom; // [outcome] → window.from, or null when it is zero
    private final java.time.@Nullable Period[] windowTo;   // [outcome] → window.to, or null for the tracking window's end
    private final int[][] windowStartByStart; // [outcome][start index] → first day of the outcome window, or unset
    private final int[][] windowEndByStart;   // [outcome][start index] → start + window.to, or unset
    private static final int UNSET = Integer.MIN_VALUE;

    private final int[][] spanFrom;
    private final int[][] spanTo;
    private final int[] spanCount;
    private final boolean[] merged;
    private final RunBuffer runs = new RunBuffer();
    private final UnitBuffer units;

    ParticipantOutcomes(ContractTerms terms, CareData data, ParticipantRules rules) {
        this.terms = terms;
        this.data = data;
        this.rules = rules;
        this.outcomes = terms.participantOutcomes();
        int n = outcomes.size();
        amountPerUnit = new BigDecimal[n];
        stateOf = new int[n];
        inState = new boolean[n];
        // Every state of the contract, care first: an outcome's condition names one of them, and an
        // explanation lists the spans of each. A state no outcome names is merged only when explained.
        List<String> states = new java.util.ArrayList<>(List.of(State.CARE));
        states.addAll(terms.states().keySet());
        this.states = List.copyOf(states);
        for (int o = 0; o < n; o++) {
            Outcome.PerParticipant outcome = outcomes.get(o);
            amountPerUnit[o] = outcome.amountPerUnit();
            Condition condition = outcome.conditionIfAny().orElse(null);
            if (condition == null) {
                stateOf[o] = -1;
            } else {
                stateOf[o] = states.indexOf(condition.state());
                inState[o] = condition.in();
            }
        }
        List<String> types = data.episodeTypes();
        List<String> placementTexts = placements(data);
        placements = placementTexts.size();
        member = new boolean[states.size()][types.size() * placements];
        for (int s = 0; s < states.size(); s++) {
            for (int t = 0; t < types.size(); t++) {
                for (int p = 0; p < placements; p++) {
                    member[s][t * placements + p] = terms.inState(states.get(s), types.get(t), placementTexts.get(p));
                }
            }
        }
        windowStartByStart = new int[n][];
        windowEndByStart = new int[n][];
        windowFrom = new java.time.Period[n];
        windowTo = new java.time.Period[n];
        for (int o = 0; o < n; o++) {
            java.time.Period from = outcomes.get(o).window().from();
            windowFrom[o] = from.isZero() ? null : from;
            windowTo[o] = outcomes.get(o).window().to().orElse(null);
            windowStartByStart[o] = unset(rules.startRange());
            windowEndByStart[o] = unset(rules.startRange());
        }
        spanFrom = new int[states.size()][8];
        spanTo = new int[states.size()][8];
        spanCount = new int[states.size()];
        merged = new boolean[states.size()];
        units = new UnitBuffer(n);
    }

    /** Returns the number of participant outcomes. */
    int count() {
        return outcomes.size();
    }

    /** Returns the exact amount of one unit of outcome {@code o}, after its deadweight. */
    BigDecimal amountPerUnit(int o) {
        return amountPerUnit[o];
    }

    /** Returns the units of the last {@link #compute} call. */
    UnitBuffer units() {
        return units;
    }

    /**
     * Works out participant {@code i}'s units of every outcome counted for its cohort, inside its tracking
     * window {@code [start, end)}, into {@link #units()}.
     *
     * @param careSpans the number of merged care spans of the participant inside {@code [start, end)}, as
     *                  left by the last {@link ParticipantRules#mergeCare} call
     */
    void compute(int i, int start, int end, String cohort, int careSpans) {
        units.clear();
        compute(i, start, end, cohort, careSpans, units);
    }

    /** As {@link #compute(int, int, int, String, int)}, the units going to {@code sink}. */
    void compute(int i, int start, int end, String cohort, int careSpans, UnitSink sink) {
        Arrays.fill(merged, false);
        spanFrom[0] = ensure(spanFrom[0], careSpans);
        spanTo[0] = ensure(spanTo[0], careSpans);
        for (int s = 0; s < careSpans; s++) {
            spanFrom[0][s] = rules.spanFrom(s);
            spanTo[0][s] = rules.spanTo(s);
        }
        spanCount[0] = careSpans;
        merged[0] = true;
        boolean[] counted = countedByCohort.computeIfAbsent(cohort, c -> {
            boolean[] flags = new boolean[outcomes.size()];
            for (int o = 0; o < flags.length; o++) {
                flags[o] = outcomes.get(o).counts(c);
            }
            return flags;
        });
        for (int o = 0; o < outcomes.size(); o++) {
            if (!counted[o]) {
                continue;
            }
            int from = windowStart(o, start);
            int to = Math.min(end, windowEnd(o, start));
            runs.reset(from, to);
            int state = stateOf[o];
            if (state < 0) {
                if (from < to) {
                    runs.add(from, to);
                }
            } else {
                if (!merged[state]) {
                    merge(i, state, start, end);
                }
                if (inState[o]) {
                    runs.addIntersection(spanFrom[state], spanTo[state], spanCount[state]);
                } else {
                    runs.addGaps(spanFrom[state], spanTo[state], spanCount[state]);
                }
            }
            sink.outcome(o);
            outcomes.get(o).addUnits(runs, sink);
        }
    }

    private int windowStart(int o, int start) {
        java.time.Period from = windowFrom[o];
        if (from == null) {
            return start;
        }
        int k = rules.startIndex(start);
        if (k < 0) {
            return EpochDays.plus(start, from);
        }
        if (windowStartByStart[o][k] == UNSET) {
            windowStartByStart[o][k] = EpochDays.plus(start, from);
        }
        return windowStartByStart[o][k];
    }

    private int windowEnd(int o, int start) {
        java.time.Period to = windowTo[o];
        if (to == null) {
            return Integer.MAX_VALUE;
        }
        int k = rules.startIndex(start);
        if (k < 0) {
            return EpochDays.plus(start, to);
        }
        if (windowEndByStart[o][k] == UNSET) {
            windowEndByStart[o][k] = EpochDays.plus(start, to);
        }
        return windowEndByStart[o][k];
    }

    /** Returns the names of the states, {@value State#CARE} first, then the contract's in contract order. */
    List<String> states() {
        return states;
    }

    /**
     * Merges participant {@code i}'s episodes of state {@code s} (a position in {@link #states()}) into
     * disjoint spans inside {@code [from, to)}, in order, and returns how many there are; read them with
     * {@link #spanFrom(int, int)} and {@link #spanTo(int, int)}.
     */
    int mergeState(int i, int s, int from, int to) {
        merge(i, s, from, to);
        return spanCount[s];
    }

    /** Returns the first day of span {@code k} of state {@code s}, as last merged. */
    int spanFrom(int s, int k) {
        return spanFrom[s][k];
    }

    /** Returns the first day after span {@code k} of state {@code s}, as last merged. */
    int spanTo(int s, int k) {
        return spanTo[s][k];
    }

    /** Merges participant {@code i}'s episodes of state {@code s} into disjoint spans inside {@code [from, to)}. */
    private void merge(int i, int s, int from, int to) {
        int count = 0;
        int[] f = spanFrom[s];
        int[] t = spanTo[s];
        boolean[] in = member[s];
        for (int n = 0; n < data.episodeCountOf(i); n++) {
            int e = data.episodeOf(i, n);
            if (!in[data.episodeTypeIndex(e) * placements + placementIndex(e)]) {
                continue;
            }
            int start = Math.max(from, data.episodeStartDay(e));
            int end = Math.min(to, ParticipantRules.spanEnd(terms.episodeEnd(), data.episodeEndDay(e)));
            if (start >= end) {
                continue;
            }
            if (count > 0 && start <= t[count - 1]) {
                t[count - 1] = Math.max(t[count - 1], end);
            } else {
                if (count == f.length) {
                    f = Arrays.copyOf(f, count * 2);
                    t = Arrays.copyOf(t, count * 2);
                }
                f[count] = start;
                t[count] = end;
                count++;
            }
        }
        spanFrom[s] = f;
        spanTo[s] = t;
        spanCount[s] = count;
        merged[s] = true;
    }

    private int placementIndex(int e) {
        return data.episodePlacementIndex(e);
    }

    private static List<String> placements(CareData data) {
        List<String> texts = data.episodePlacements();
        return texts.isEmpty() ? List.of("") : texts;
    }

    private static int[] unset(int length) {
        int[] values = new int[length];
        Arrays.fill(values, UNSET);
        return values;
    }

    private static int[] ensure(int[] buffer, int length) {
        return buffer.length >= length ? buffer : Arrays.copyOf(buffer, Math.max(length, buffer.length * 2));
    }

    /** A participant's runs for one outcome, in a reusable buffer. */
    private static final class RunBuffer implements Outcome.Runs {
        private int windowStart;
        private int windowEnd;
        private int[] from = new int[8];
        private int[] to = new int[8];
        private int count;

        void reset(int windowStart, int windowEnd) {
            this.windowStart = windowStart;
            this.windowEnd = windowEnd;
            count = 0;
        }

        void add(int start, int end) {
            if (count == from.length) {
                from = Arrays.copyOf(from, count * 2);
                to = Arrays.copyOf(to, count * 2);
            }
            from[count] = start;
            to[count] = end;
            count++;
        }

        /** Adds the parts of the spans inside the window: the runs in the state. */
        void addIntersection(int[] spanFrom, int[] spanTo, int spans) {
            for (int s = 0; s < spans; s++) {
                int start = Math.max(spanFrom[s], windowStart);
                int end = Math.min(spanTo[s], windowEnd);
                if (start < end) {
                    add(start, end);
                }
            }
        }

        /** Adds the parts of the window between the spans: the runs out of the state. */
        void addGaps(int[] spanFrom, int[] spanTo, int spans) {
            int next = windowStart;
            for (int s = 0; s < spans && next < windowEnd; s++) {
                if (spanTo[s] <= next) {
                    continue;
                }
                int gapEnd = Math.min(spanFrom[s], windowEnd);
                if (next < gapEnd) {
                    add(next, gapEnd);
                }
                next = Math.max(next, spanTo[s]);
            }
            if (next < windowEnd) {
                add(next, windowEnd);
            }
        }

        @Override
        public int windowStart() {
            return windowStart;
        }

        @Override
        public int windowEnd() {
            return windowEnd;
        }

        @Override
        public int count() {
            return count;
        }

        @Override
        public int start(int r) {
            return from[r];
        }

        @Override
        public int end(int r) {
            return to[r];
        }
    }
}
