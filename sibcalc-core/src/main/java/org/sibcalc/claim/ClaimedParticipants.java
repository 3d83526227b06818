package org.sibcalc.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import org.sibcalc.basics.DecimalColumn;
import org.sibcalc.data.CareData;
import org.sibcalc.measure.ParticipantExplanation;

/**
 * Each young person's claimed figures (docs/ledger.md), in the form of {@code explain}'s CSV, as columns: a
 * row per young person, each named by their place in the data the claim is about, with the claimed cohort,
 * first and last day of the window and every number exactly as claimed ({@code 45.0} stays {@code 45.0}).
 * A million young people's claim is held in arrays, not as seven million {@link Figure}s; {@link #figures()}
 * gives the same figures one at a time, when asked.
 *
 * <p>The numbers are, in order: {@code child_days}, {@code care_days}, {@code expected_care_days}, then with
 * participant outcomes each outcome's units (named as the contract names the outcome) and {@code outcome_total}.
 * Any of them, and the cohort and days, may be without a value (a blank cell).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClaimedParticipants {

    /** The figures every young person's row has before the numbers: {@code id}, {@code cohort}, and the days. */
    private static final List<String> TEXT_FIELDS = List.of("id", "cohort", "first_day", "last_day");
    private static final List<String> COUNT_FIELDS = List.of("child_days", "care_days", "expected_care_days");

    private final CareData data;
    private final List<String> outcomeNames;
    private final List<String> fields;
    private final int[] participants;
    private final List<String> cohorts;
    private final int[] cohort;
    private final int[] firstDay;
    private final int[] lastDay;
    private final List<DecimalColumn> numbers;

    private ClaimedParticipants(CareData data, List<String> outcomeNames, int[] participants, List<String> cohorts,
            int[] cohort, int[] firstDay, int[] lastDay, List<DecimalColumn> numbers) {
        this.data = data;
        this.outcomeNames = outcomeNames;
        this.fields = fields(outcomeNames);
        this.participants = participants;
        this.cohorts = cohorts;
        this.cohort = cohort;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.numbers = numbers;
    }

    /**
     * {@return the claimed figures of these rows; the arrays are copied}
     *
     * @param data         the data the claim is about
     * @param outcomeNames the names of the contract's participant outcomes, in contract order
     * @param participants each row's young person: their position in {@code data}, no one twice
     * @param cohorts      the cohort labels the rows name
     * @param cohort       each row's cohort: its position in {@code cohorts}, or -1 for none
     * @param firstDay     each row's first day of the window, an epoch day, or {@link CareData#NO_DAY} for none
     * @param lastDay      each row's last day of the window (inclusive), likewise
     * @param numbers      the columns of numbers, in the order of the class description, each with a value (or
     *                     none) for every row
     * @throws IllegalArgumentException when the columns do not have a value for every row, or a young person is
     *                                  not one of the data or is there twice
     */
    public static ClaimedParticipants of(CareData data, List<String> outcomeNames, int[] participants,
            List<String> cohorts, int[] cohort, int[] firstDay, int[] lastDay, List<DecimalColumn> numbers) {
        return checked(data, List.copyOf(outcomeNames), participants.clone(), List.copyOf(cohorts), cohort.clone(),
                firstDay.clone(), lastDay.clone(), List.copyOf(numbers));
    }

    private static ClaimedParticipants checked(CareData data, List<String> outcomes, int[] participants,
            List<String> labels, int[] cohort, int[] firstDay, int[] lastDay, List<DecimalColumn> numbers) {
        Objects.requireNonNull(data, "data");
        int n = participants.length;
        int expected = COUNT_FIELDS.size() + outcomes.size() + (outcomes.isEmpty() ? 0 : 1);
        if (numbers.size() != expected) {
            throw new IllegalArgumentException(numbers.size() + " columns of numbers, not " + expected);
        }
        if (cohort.length != n || firstDay.length != n || lastDay.length != n
                || numbers.stream().anyMatch(c -> c.size() != n)) {
            throw new IllegalArgumentException("Every column must have " + n + " rows");
        }
        boolean[] seen = new boolean[data.participantCount()];
        for (int r = 0; r < n; r++) {
            int p = participants[r];
            if (p < 0 || p >= seen.length) {
                throw new IllegalArgumentException("Row " + r + " is not a participant of the data: " + p);
            }
            if (seen[p]) {
                throw new IllegalArgumentException("The claim has participant " + data.id(p) + " twice");
            }
            seen[p] = true;
            if (cohort[r] < -1 || cohort[r] >= labels.size()) {
                throw new IllegalArgumentException("Row " + r + " names cohort " + cohort[r] + " of " + labels.size());
            }
        }
        return new ClaimedParticipants(data, outcomes, participants, labels, cohort, firstDay, lastDay, numbers);
    }

    /**
     * Returns an empty builder, with room for {@code capacity} young people before it grows.
     *
     * @param data         the data the claim is about
     * @param outcomeNames the names of the contract's participant outcomes, in contract order
     * @param capacity     how many young people the builder holds before it grows
     * @return an empty builder
     */
    public static Builder builder(CareData data, List<String> outcomeNames, int capacity) {
        return new Builder(data, outcomeNames, capacity);
    }

    /**
     * Returns the claim that these explanations are, each young person's figures as {@code explain} gives them.
     *
     * @param data         the data the explanations are of: each id one of its participants, no one twice
     * @param outcomeNames the names of the contract's participant outcomes, in contract order
     * @param explanations each young person's explanation
     * @return the claimed figures of these young people
     */
    public static ClaimedParticipants of(CareData data, List<String> outcomeNames,
            Collection<ParticipantExplanation> explanations) {
        Builder claimed = builder(data, outcomeNames, explanations.size());
        int columns = claimed.numbers.length;
        for (ParticipantExplanation p : explanations) {
            int participant = data.indexOf(p.id());
            if (participant < 0) {
                throw new IllegalArgumentException("'" + p.id() + "' is not a participant of the data");
            }
            claimed.add(participant, claimed.cohort(p.cohort()),
                    p.firstDay().map(d -> Math.toIntExact(d.toEpochDay())).orElse(CareData.NO_DAY),
                    p.lastDay().map(d -> Math.toIntExact(d.toEpochDay())).orElse(CareData.NO_DAY));
            claimed.number(0).add(p.childDays(), 0);
            claimed.number(1).add(p.careDays(), 0);
            claimed.number(2).add(p.expectedCareDays());
            for (int o = 0; o < outcomeNames.size(); o++) {
                claimed.number(3 + o).add(p.outcomeUnits().get(o), 0);
            }
            if (!outcomeNames.isEmpty()) {
                claimed.number(columns - 1).add(p.outcomeTotal());
            }
        }
        return claimed.build();
    }

    /**
     * Returns the names of a young person's figures, in {@code explain}'s order: {@code id}, {@code cohort},
     * {@code first_day}, {@code last_day}, {@code child_days}, {@code care_days}, {@code expected_care_days}, then
     * with participant outcomes each outcome's name and {@code outcome_total}.
     *
     * @param outcomeNames the names of the contract's participant outcomes, in contract order
     * @return the names of the fields
     */
    public static List<String> fields(List<String> outcomeNames) {
        List<String> fields = new ArrayList<>(TEXT_FIELDS);
        fields.addAll(COUNT_FIELDS);
        fields.addAll(outcomeNames);
        if (!outcomeNames.isEmpty()) {
            fields.add("outcome_total");
        }
        return List.copyOf(fields);
    }

    /** {@return the data the claim is about} */
    public CareData data() {
        return data;
    }

    /** {@return the names of the contract's participant outcomes, in contract order} */
    public List<String> outcomeNames() {
        return outcomeNames;
    }

    /** {@return the names of each row's figures; see {@link #fields(List)}} */
    public List<String> fields() {
        return fields;
    }

    /** {@return how many young people the claim has} */
    public int size() {
        return participants.length;
    }

    /**
     * {@return row {@code r}'s young person: their position in {@link #data()}}
     *
     * @param r the row
     */
    public int participant(int r) {
        return participants[r];
    }

    /**
     * {@return row {@code r}'s young person's id}
     *
     * @param r the row
     */
    public String id(int r) {
        return data.id(participants[r]);
    }

    /**
     * {@return row {@code r}'s claimed cohort, or null for none}
     *
     * @param r the row
     */
    public String cohort(int r) {
        return cohort[r] < 0 ? null : cohorts.get(cohort[r]);
    }

    /** {@return the cohort labels the rows name} */
    public List<String> cohorts() {
        return cohorts;
    }

    /**
     * {@return row {@code r}'s claimed cohort as its position in {@link #cohorts()}, or -1 for none}
     *
     * @param r the row
     */
    public int cohortIndex(int r) {
        return cohort[r];
    }

    /**
     * {@return row {@code r}'s claimed first day of the window, an epoch day, or {@link CareData#NO_DAY}}
     *
     * @param r the row
     */
    public int firstDay(int r) {
        return firstDay[r];
    }

    /**
     * {@return row {@code r}'s claimed last day of the window (inclusive), or {@link CareData#NO_DAY}}
     *
     * @param r the row
     */
    public int lastDay(int r) {
        return lastDay[r];
    }

    /**
     * {@return the column of number {@code k}: {@code fields().get(4 + k)}}
     *
     * @param k the number, from 0 to {@link #numberCount()} exclusive
     */
    public DecimalColumn numbers(int k) {
        return numbers.get(k);
    }

    /** {@return how many columns of numbers each row has} */
    public int numberCount() {
        return numbers.size();
    }

    /**
     * {@return every figure of the claim, row after row in the order of {@link #fields()}, each made when it is
     * read: the same figures a {@link Claim} of them lists}
     */
    public List<Figure> figures() {
        return new Figures();
    }

    /** Returns figure {@code f} (in the order of {@link #fields()}) of row {@code r}. */
    Figure figure(int r, int f) {
        ClaimCheck.Section s = ClaimCheck.Section.PARTICIPANT;
        String id = id(r);
        String field = fields.get(f);
        switch (f) {
            case 0:
                return Figure.text(s, null, null, id, field, id);
            case 1:
                return Figure.text(s, null, null, id, field, cohort(r));
            case 2:
                return Figure.text(s, null, null, id, field, day(firstDay[r]));
            case 3:
                return Figure.text(s, null, null, id, field, day(lastDay[r]));
            default:
                BigDecimal value = numbers.get(f - TEXT_FIELDS.size()).get(r);
                return Figure.number(s, null, null, id, field, value);
        }
    }

    static String day(int day) {
        return day == CareData.NO_DAY ? null : LocalDate.ofEpochDay(day).toString();
    }

    /** Two are equal when they name the same young people with the same figures, of data with the same ids. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ClaimedParticipants other) || other.size() != size() || !other.fields.equals(fields)) {
            return false;
        }
        for (int r = 0; r < size(); r++) {
            if (!data.sameId(participants[r], other.data, other.participants[r]) || !Objects.equals(cohort(r), other.cohort(r))
                    || firstDay[r] != other.firstDay[r] || lastDay[r] != other.lastDay[r]) {
                return false;
            }
        }
        return numbers.equals(other.numbers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fields, Arrays.hashCode(firstDay), Arrays.hashCode(lastDay), numbers);
    }

    @Override
    public String toString() {
        return "ClaimedParticipants[" + size() + " young people, " + fields + "]";
    }

    /**
     * Collects a claim's young people one row at a time: {@link #add} each row's young person, cohort and days,
     * and each of its numbers to {@link #number(int)}. Not thread-safe.
     */
    public static final class Builder {
        private final CareData data;
        private final List<String> outcomeNames;
        private final List<String> cohorts = new ArrayList<>();
        private final Map<String, Integer> cohortIndex = new HashMap<>();
        private final DecimalColumn.Builder[] numbers;
        private int[] participants;
        private int[] cohort;
        private int[] firstDay;
        private int[] lastDay;
        private int size;

        private Builder(CareData data, List<String> outcomeNames, int capacity) {
            this.data = Objects.requireNonNull(data, "data");
            this.outcomeNames = List.copyOf(outcomeNames);
            int length = Math.max(0, capacity);
            participants = new int[length];
            cohort = new int[length];
            firstDay = new int[length];
            lastDay = new int[length];
            numbers = new DecimalColumn.Builder[COUNT_FIELDS.size() + outcomeNames.size() + (outcomeNames.isEmpty() ? 0 : 1)];
            for (int k = 0; k < numbers.length; k++) {
                numbers[k] = DecimalColumn.builder(length);
            }
        }

        /** {@return the cohort labels named so far, in the order first named} */
        public List<String> cohorts() {
            return Collections.unmodifiableList(cohorts);
        }

        /**
         * {@return a cohort label's position in {@link #cohorts()}, naming it if it is new; -1 for null (none)}
         *
         * @param label the cohort label, or null for none
         */
        public int cohort(String label) {
            if (label == null) {
                return -1;
            }
            return cohortIndex.computeIfAbsent(label, l -> {
                cohorts.add(l);
                return cohorts.size() - 1;
            });
        }

        /**
         * Adds a young person's row; its numbers go to {@link #number(int)}.
         *
         * @param participant their position in the data
         * @param cohortIndex their cohort's position in {@link #cohorts()}, or -1 for none
         * @param firstDay    the first day of the window, an epoch day, or {@link CareData#NO_DAY}
         * @param lastDay     the last day (inclusive), likewise
         * @return this builder
         */
        public Builder add(int participant, int cohortIndex, int firstDay, int lastDay) {
            if (size == participants.length) {
                int length = size + (size >> 1) + 16;
                participants = Arrays.copyOf(participants, length);
                cohort = Arrays.copyOf(cohort, length);
                this.firstDay = Arrays.copyOf(this.firstDay, length);
                this.lastDay = Arrays.copyOf(this.lastDay, length);
            }
            participants[size] = participant;
            cohort[size] = cohortIndex;
            this.firstDay[size] = firstDay;
            this.lastDay[size++] = lastDay;
            return this;
        }

        /**
         * {@return the column of number {@code k} (in the order of the class description), to add each row's to}
         *
         * @param k the number, in the order of the class description
         */
        public DecimalColumn.Builder number(int k) {
            return numbers[k];
        }

        /**
         * {@return the claim of the rows added; the builder is then done with}
         *
         * @throws IllegalArgumentException when a column of numbers does not have a value for every row, or a
         *                                  young person is not one of the data or is there twice
         */
        public ClaimedParticipants build() {
            List<DecimalColumn> columns = new ArrayList<>(numbers.length);
            for (DecimalColumn.Builder number : numbers) {
                columns.add(number.build());
            }
            return checked(data, outcomeNames, trimmed(participants), List.copyOf(cohorts), trimmed(cohort),
                    trimmed(firstDay), trimmed(lastDay), List.copyOf(columns));
        }

        private int[] trimmed(int[] column) {
            return column.length == size ? column : Arrays.copyOf(column, size);
        }
    }

    /** The figures of every row, made one at a time. */
    private final class Figures extends AbstractList<Figure> implements RandomAccess {
        @Override
        public Figure get(int index) {
            Objects.checkIndex(index, size());
            return figure(index / fields.size(), index % fields.size());
        }

        @Override
        public int size() {
            return participants.length * fields.size();
        }
    }
}
