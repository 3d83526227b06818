package org.sibcalc.measure;

import org.sibcalc.contract.Outcome;

/** Where {@link ParticipantOutcomes} puts a participant's units: told first whose outcome's units come next. */
abstract class UnitSink implements Outcome.Units {

    /** Sets the participant outcome whose units come next, by its position among the contract's. */
    abstract void outcome(int o);

    /**
     * Units written straight into a cohort's sums, series {@code first + o} for outcome o: for contracts
     * without a cap per participant, whose units need not be kept until the participant's total is known.
     */
    static final class Direct extends UnitSink {
        private final int first;
        private RampSums sums;
        private int series;

        Direct(int first) {
            this.first = first;
        }

        /** Sets the sums the next participant's units go to. */
        void into(RampSums target) {
            sums = target;
        }

        @Override
        void outcome(int o) {
            series = first + o;
        }

        @Override
        public void perDay(int from, int to) {
            sums.addSpan(series, from, to);
        }

        @Override
        public void on(int day, int count) {
            if (count > 0) {
                sums.addEvent(series, day, count);
            }
        }

        @Override
        public void onEvery(int firstDay, int step, int count) {
            if (step <= 0) {
                throw new IllegalArgumentException("step must be positive: " + step);
            }
            sums.addEvents(series, firstDay, step, count);
        }
    }
}
