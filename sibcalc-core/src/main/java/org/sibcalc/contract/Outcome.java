package org.sibcalc.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.sibcalc.basics.EpochDays;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.basics.MoneyText;

/**
 * What the commissioner pays for. A contract lists one or more outcomes, each with a name unique in the
 * contract (by default its type):
 * <ul>
 *   <li>{@link CareDaysAvoided}, the group outcome: care days avoided against the baseline, per netting unit;</li>
 *   <li>the {@linkplain PerParticipant participant outcomes}, worked out for each young person:
 *       {@link Days}, {@link Blocks}, {@link Milestone} and {@link Engagement}.</li>
 * </ul>
 *
 * <p>Field names in messages are the contract file's, relative to the outcome ({@code pricePerBlock},
 * {@code window.to}).
 */
public sealed interface Outcome permits Outcome.CareDaysAvoided, Outcome.PerParticipant {

    /** {@return the outcome's name, unique in the contract; never null} */
    String name();

    /** {@return the outcome type as spelt in the contract, such as {@code CARE_DAYS_AVOIDED}; never null} */
    String type();

    /**
     * Returns the outcome that pays a price for every care day avoided.
     *
     * @param pricePerDay the price of one care day avoided, not null
     * @return the outcome, named {@value CareDaysAvoided#TYPE}
     */
    static CareDaysAvoided careDaysAvoided(MonetaryAmount pricePerDay) {
        return new CareDaysAvoided(pricePerDay);
    }

    /**
     * Returns the outcome that pays for every day that meets the condition.
     *
     * @param condition the condition the days meet, not null
     * @param pricePerDay the price of one day, not null
     * @return the outcome, named {@value Days#TYPE}, over the whole window, for every cohort, without deadweight
     */
    static Days days(Condition condition, MonetaryAmount pricePerDay) {
        return new Days(Days.TYPE, condition, pricePerDay, OutcomeWindow.WHOLE, Set.of(), BigDecimal.ZERO);
    }

    /**
     * Returns the outcome that pays for every complete block of consecutive days that meet the condition.
     *
     * @param condition the condition the days meet, not null
     * @param block the length of one block, positive, not null
     * @param pricePerBlock the price of one block, not null
     * @return the outcome, named {@value Blocks#TYPE}, without a limit, over the whole window, for every cohort,
     *     without deadweight
     */
    static Blocks blocks(Condition condition, Period block, MonetaryAmount pricePerBlock) {
        return new Blocks(Blocks.TYPE, condition, block, pricePerBlock, Blocks.NO_MAXIMUM, OutcomeWindow.WHOLE,
                Set.of(), BigDecimal.ZERO);
    }

    /**
     * Returns the outcome that pays once when the condition has been met for {@code sustained} without a break.
     *
     * @param condition the condition the days meet, not null
     * @param sustained how long the condition must be met without a break, positive, not null
     * @param price the price paid once, not null
     * @return the outcome, named {@value Milestone#TYPE}, over the whole window, for every cohort, without
     *     deadweight
     */
    static Milestone milestone(Condition condition, Period sustained, MonetaryAmount price) {
        return new Milestone(Milestone.TYPE, condition, sustained, price, false, OutcomeWindow.WHOLE, Set.of(),
                BigDecimal.ZERO);
    }

    /**
     * Returns the outcome that pays once for every participant whose outcome window has begun.
     *
     * @param price the price paid once per participant, not null
     * @return the outcome, named {@value Engagement#TYPE}, over the whole window, for every cohort, without
     *     deadweight
     */
    static Engagement engagement(MonetaryAmount price) {
        return new Engagement(Engagement.TYPE, price, OutcomeWindow.WHOLE, Set.of(), BigDecimal.ZERO);
    }

    /**
     * A price for every care day avoided against the baseline ({@code CARE_DAYS_AVOIDED}): for each netting
     * unit, {@code max(0, expected care days − care days) × pricePerDay}.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param name        the outcome's name, not null or blank
     * @param pricePerDay the price of one care day avoided, zero or more, not null
     */
    record CareDaysAvoided(String name, MonetaryAmount pricePerDay) implements Outcome {

        /** The type as spelt in the contract. */
        public static final String TYPE = "CARE_DAYS_AVOIDED";

        /**
         * Validates the name and the price.
         *
         * @param name the {@link #name() name} record component
         * @param pricePerDay the {@link #pricePerDay() pricePerDay} record component
         */
        public CareDaysAvoided {
            checkName(name);
            checkPrice("pricePerDay", pricePerDay);
        }

        /**
         * Returns the outcome named by its type.
         *
         * @param pricePerDay the {@link #pricePerDay() pricePerDay} record component
         */
        public CareDaysAvoided(MonetaryAmount pricePerDay) {
            this(TYPE, pricePerDay);
        }

        @Override
        public String type() {
            return TYPE;
        }

        /**
         * {@return a copy with another name}
         *
         * @param newName the name, not null or blank
         */
        public CareDaysAvoided withName(String newName) {
            return new CareDaysAvoided(newName, pricePerDay);
        }
    }

    /**
     * An outcome worked out for each participant from the days that meet its condition inside its
     * {@linkplain OutcomeWindow outcome window}: a number of <b>units</b> at each reporting date D (days,
     * blocks, 0 or 1), each worth {@link #pricePerUnit()} less the {@link #deadweight()}.
     *
     * <p>A <b>run</b> is a longest span of consecutive days of the outcome window that all meet the
     * condition. Because the window at D ends at D + 1, a unit whose last day is on or before D counts at D;
     * so the units follow from the runs of the whole window, each unit placed on the day it is earned, and
     * nothing is worked out day by day.
     */
    sealed interface PerParticipant extends Outcome permits Days, Blocks, Milestone, Engagement {

        /**
         * {@return the condition the days must meet; empty for {@link Engagement}, which has none} Days, Blocks
         * and Milestone also give theirs as {@code condition()}.
         */
        Optional<Condition> conditionIfAny();

        /** {@return the part of the tracking window counted, never null} */
        OutcomeWindow window();

        /** {@return the cohorts whose participants count, or an empty set for every cohort; never null} */
        Set<String> cohorts();

        /** {@return the share in [0, 1) that would have happened anyway, never null} */
        BigDecimal deadweight();

        /** {@return the price of one unit before the deadweight, never null} */
        MonetaryAmount pricePerUnit();

        /** {@return the price of one unit less the deadweight, {@code pricePerUnit × (1 − deadweight)}, exact} */
        default BigDecimal amountPerUnit() {
            return pricePerUnit().getNumber().numberValue(BigDecimal.class).multiply(BigDecimal.ONE.subtract(deadweight()));
        }

        /**
         * {@return true when participants of this cohort count for the outcome}
         *
         * @param cohort the participant's cohort label, not null
         */
        default boolean counts(String cohort) {
            return cohorts().isEmpty() || cohorts().contains(cohort);
        }

        /**
         * Gives one participant's units: each on the day it is earned, counted at every reporting date on or
         * after that day.
         *
         * @param runs  the participant's runs in its whole outcome window (for {@link Engagement}, the window
         *              itself as one run when it is not empty)
         * @param units receives the units
         */
        void addUnits(Runs runs, Units units);
    }

    /**
     * A participant's runs: the longest spans of consecutive days of the outcome window that meet the
     * condition, in order, as half-open spans of epoch days ({@link LocalDate#toEpochDay()}).
     */
    interface Runs {

        /** {@return the outcome window's first day; the window is empty when {@link #windowEnd()} is not after it} */
        int windowStart();

        /** {@return the first day after the outcome window} */
        int windowEnd();

        /** {@return the number of runs} */
        int count();

        /**
         * {@return the first day of run {@code r}}
         *
         * @param r the run, from 0 to {@link #count()} exclusive
         */
        int start(int r);

        /**
         * {@return the first day after run {@code r}}
         *
         * @param r the run, from 0 to {@link #count()} exclusive
         */
        int end(int r);
    }

    /** Receives a participant's units, each on the day it is earned (an epoch day). */
    interface Units {

        /**
         * One unit on each day of {@code [from, to)}.
         *
         * @param from the first day, an epoch day
         * @param to the day after the last, an epoch day
         */
        void perDay(int from, int to);

        /**
         * {@code count} units on {@code day}.
         *
         * @param day the day, an epoch day
         * @param count the number of units, zero or more
         */
        void on(int day, int count);

        /**
         * One unit on each of {@code count} days {@code first, first + step, ...}; step is positive.
         *
         * @param first the first day, an epoch day
         * @param step the days from one to the next, positive
         * @param count the number of days, zero or more
         */
        default void onEvery(int first, int step, int count) {
            for (int k = 0; k < count; k++) {
                on(first + k * step, 1);
            }
        }
    }

    /**
     * A price for every day of the outcome window that meets the condition ({@code DAYS}).
     *
     * <p>Example: {@code {"type": "DAYS", "condition": {"outOf": "care"}, "pricePerDay": "10.00",
     * "deadweight": "0.33"}}. A young person tracked from 1 March whose only care episode is 11–20 March
     * (10 days) has, at 31 March, 31 − 10 = 21 days out of care: 21 × 10.00 × 0.67 = 140.70.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param name        the outcome's name, not null or blank
     * @param condition   the condition the days meet, not null
     * @param pricePerDay the price of one day, zero or more, not null
     * @param window      the part of the tracking window counted, not null
     * @param cohorts     the cohorts counted, empty for every cohort; not null
     * @param deadweight  the share in [0, 1) that would have happened anyway, not null
     */
    record Days(String name, Condition condition, MonetaryAmount pricePerDay, OutcomeWindow window, Set<String> cohorts,
            BigDecimal deadweight) implements PerParticipant {

        /** The type as spelt in the contract. */
        public static final String TYPE = "DAYS";

        /**
         * Validates every field.
         *
         * @param name the {@link #name() name} record component
         * @param condition the {@link #condition() condition} record component
         * @param pricePerDay the {@link #pricePerDay() pricePerDay} record component
         * @param window the {@link #window() window} record component
         * @param cohorts the {@link #cohorts() cohorts} record component
         * @param deadweight the {@link #deadweight() deadweight} record component
         */
        public Days {
            checkName(name);
            checkCondition(condition);
            checkPrice("pricePerDay", pricePerDay);
            window = Objects.requireNonNullElse(window, OutcomeWindow.WHOLE);
            cohorts = checkCohorts(cohorts);
            deadweight = checkDeadweight(deadweight);
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Optional<Condition> conditionIfAny() {
            return Optional.of(condition);
        }

        @Override
        public MonetaryAmount pricePerUnit() {
            return pricePerDay;
        }

        /** Each run's days, one unit a day. */
        @Override
        public void addUnits(Runs runs, Units units) {
            for (int r = 0; r < runs.count(); r++) {
                units.perDay(runs.start(r), runs.end(r));
            }
        }

        /**
         * Returns a copy with another name.
         *
         * @param value the name, not null or blank
         * @return the copy
         */
        public Days withName(String value) {
            return new Days(value, condition, pricePerDay, window, cohorts, deadweight);
        }

        /**
         * Returns a copy counting another part of the tracking window.
         *
         * @param value the window ({@link OutcomeWindow#WHOLE} for the whole tracking window)
         * @return the copy
         */
        public Days withWindow(OutcomeWindow value) {
            return new Days(name, condition, pricePerDay, value, cohorts, deadweight);
        }

        /**
         * Returns a copy counting other cohorts.
         *
         * @param value the cohorts counted, empty for every cohort
         * @return the copy
         */
        public Days withCohorts(Set<String> value) {
            return new Days(name, condition, pricePerDay, window, value, deadweight);
        }

        /**
         * Returns a copy with another deadweight.
         *
         * @param value the share in [0, 1) that would have happened anyway
         * @return the copy
         */
        public Days withDeadweight(BigDecimal value) {
            return new Days(name, condition, pricePerDay, window, cohorts, value);
        }
    }

    /**
     * A price for every complete block of consecutive days that meet the condition ({@code BLOCKS}), at most
     * {@code maxBlocks} per participant. In a run {@code [a, b)}, block k = 1, 2, ... is complete when
     * {@code a.plus(block × k) ≤ b}; a care episode breaks the run, and the next run starts its blocks afresh.
     *
     * <p>Example: blocks of {@code P7D} out of care. A run from 1 March to 17 March (16 days) holds two
     * complete weeks, earned on 7 and 14 March; an episode from 17 March ends the run, and the next run
     * starts counting again from the day the episode ends. Blocks of {@code P1M} from a run starting on
     * 31 January are complete on 28 (or 29) February, 31 March, 30 April, ...: the k-th ends at
     * {@code 31 January + k months}.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param name          the outcome's name, not null or blank
     * @param condition     the condition the days meet, not null
     * @param block         the length of one block, a positive period, not null
     * @param pricePerBlock the price of one block, zero or more, not null
     * @param maxBlocks     the most blocks paid per participant, at least 1; {@link #NO_MAXIMUM} for no maximum
     * @param window        the part of the tracking window counted, not null
     * @param cohorts       the cohorts counted, empty for every cohort; not null
     * @param deadweight    the share in [0, 1) that would have happened anyway, not null
     */
    record Blocks(String name, Condition condition, Period block, MonetaryAmount pricePerBlock, int maxBlocks,
            OutcomeWindow window, Set<String> cohorts, BigDecimal deadweight) implements PerParticipant {

        /** The type as spelt in the contract. */
        public static final String TYPE = "BLOCKS";

        /** The {@code maxBlocks} of an outcome without a maximum. */
        public static final int NO_MAXIMUM = Integer.MAX_VALUE;

        /**
         * Validates every field.
         *
         * @param name the {@link #name() name} record component
         * @param condition the {@link #condition() condition} record component
         * @param block the {@link #block() block} record component
         * @param pricePerBlock the {@link #pricePerBlock() pricePerBlock} record component
         * @param maxBlocks the {@link #maxBlocks() maxBlocks} record component
         * @param window the {@link #window() window} record component
         * @param cohorts the {@link #cohorts() cohorts} record component
         * @param deadweight the {@link #deadweight() deadweight} record component
         */
        public Blocks {
            checkName(name);
            checkCondition(condition);
            OutcomeWindow.checkPositive("block", block);
            checkPrice("pricePerBlock", pricePerBlock);
            if (maxBlocks < 1) {
                throw new InvalidValueException("maxBlocks", maxBlocks + " is not at least 1");
            }
            window = Objects.requireNonNullElse(window, OutcomeWindow.WHOLE);
            cohorts = checkCohorts(cohorts);
            deadweight = checkDeadweight(deadweight);
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Optional<Condition> conditionIfAny() {
            return Optional.of(condition);
        }

        @Override
        public MonetaryAmount pricePerUnit() {
            return pricePerBlock;
        }

        /** Each complete block, on its last day, the first {@code maxBlocks} of them. */
        @Override
        public void addUnits(Runs runs, Units units) {
            int left = maxBlocks;
            boolean inDays = block.getYears() == 0 && block.getMonths() == 0;
            for (int r = 0; r < runs.count() && left > 0; r++) {
                int a = runs.start(r);
                int b = runs.end(r);
                if (inDays) {
                    int length = block.getDays();
                    int complete = (int) Math.min(left, ((long) b - a) / length);
                    units.onEvery(a + length - 1, length, complete);
                    left -= complete;
                } else {
                    long civil = EpochDays.civil(a);
                    for (int k = 1; left > 0; k++) {
                        int end = EpochDays.plusMultiple(a, civil, block, k);
                        if (end > b) {
                            break;
                        }
                        units.on(end - 1, 1);
                        left--;
                    }
                }
            }
        }

        /**
         * Returns a copy with another name.
         *
         * @param value the name, not null or blank
         * @return the copy
         */
        public Blocks withName(String value) {
            return new Blocks(value, condition, block, pricePerBlock, maxBlocks, window, cohorts, deadweight);
        }

        /**
         * Returns a copy with another limit of blocks per participant.
         *
         * @param value the most blocks paid per participant
         * @return the copy
         */
        public Blocks withMaxBlocks(int value) {
            return new Blocks(name, condition, block, pricePerBlock, value, window, cohorts, deadweight);
        }

        /**
         * Returns a copy counting another part of the tracking window.
         *
         * @param value the window ({@link OutcomeWindow#WHOLE} for the whole tracking window)
         * @return the copy
         */
        public Blocks withWindow(OutcomeWindow value) {
            return new Blocks(name, condition, block, pricePerBlock, maxBlocks, value, cohorts, deadweight);
        }

        /**
         * Returns a copy counting other cohorts.
         *
         * @param value the cohorts counted, empty for every cohort
         * @return the copy
         */
        public Blocks withCohorts(Set<String> value) {
            return new Blocks(name, condition, block, pricePerBlock, maxBlocks, window, value, deadweight);
        }

        /**
         * Returns a copy with another deadweight.
         *
         * @param value the share in [0, 1) that would have happened anyway
         * @return the copy
         */
        public Blocks withDeadweight(BigDecimal value) {
            return new Blocks(name, condition, block, pricePerBlock, maxBlocks, window, cohorts, value);
        }
    }

    /**
     * A price paid once per participant when the condition has been met for {@code sustained} without a
     * break ({@code MILESTONE}): some run {@code [a, b)} has {@code a.plus(sustained) ≤ b}; with
     * {@code fromStart}, only a run that begins on the outcome window's first day counts.
     *
     * <p>Example: {@code P52W} (364 days) in a foster placement. A placement from 1 March 2021 reaches the
     * milestone on 27 February 2022, its 364th day, and pays then; one that breaks after 300 days and
     * starts again needs 364 more days from the new start, unless {@code fromStart} is true, when it can no
     * longer be reached.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param name       the outcome's name, not null or blank
     * @param condition  the condition the days meet, not null
     * @param sustained  how long the condition must be met without a break, a positive period, not null
     * @param price      the price of the milestone, zero or more, not null
     * @param fromStart  true when the run must begin on the outcome window's first day
     * @param window     the part of the tracking window counted, not null
     * @param cohorts    the cohorts counted, empty for every cohort; not null
     * @param deadweight the share in [0, 1) that would have happened anyway, not null
     */
    record Milestone(String name, Condition condition, Period sustained, MonetaryAmount price, boolean fromStart,
            OutcomeWindow window, Set<String> cohorts, BigDecimal deadweight) implements PerParticipant {

        /** The type as spelt in the contract. */
        public static final String TYPE = "MILESTONE";

        /**
         * Validates every field.
         *
         * @param name the {@link #name() name} record component
         * @param condition the {@link #condition() condition} record component
         * @param sustained the {@link #sustained() sustained} record component
         * @param price the {@link #price() price} record component
         * @param fromStart the {@link #fromStart() fromStart} record component
         * @param window the {@link #window() window} record component
         * @param cohorts the {@link #cohorts() cohorts} record component
         * @param deadweight the {@link #deadweight() deadweight} record component
         */
        public Milestone {
            checkName(name);
            checkCondition(condition);
            OutcomeWindow.checkPositive("sustained", sustained);
            checkPrice("price", price);
            window = Objects.requireNonNullElse(window, OutcomeWindow.WHOLE);
            cohorts = checkCohorts(cohorts);
            deadweight = checkDeadweight(deadweight);
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Optional<Condition> conditionIfAny() {
            return Optional.of(condition);
        }

        @Override
        public MonetaryAmount pricePerUnit() {
            return price;
        }

        /** One unit on the last day of the first run that lasts {@code sustained}. */
        @Override
        public void addUnits(Runs runs, Units units) {
            for (int r = 0; r < runs.count(); r++) {
                int a = runs.start(r);
                if (fromStart && a != runs.windowStart()) {
                    return;
                }
                int reached = EpochDays.plus(a, sustained);
                if (reached <= runs.end(r)) {
                    units.on(reached - 1, 1);
                    return;
                }
                if (fromStart) {
                    return;
                }
            }
        }

        /**
         * Returns a copy with another name.
         *
         * @param value the name, not null or blank
         * @return the copy
         */
        public Milestone withName(String value) {
            return new Milestone(value, condition, sustained, price, fromStart, window, cohorts, deadweight);
        }

        /**
         * Returns a copy in which the run must, or need not, begin on the outcome window's first day.
         *
         * @param value true when the run must begin on the outcome window's first day
         * @return the copy
         */
        public Milestone withFromStart(boolean value) {
            return new Milestone(name, condition, sustained, price, value, window, cohorts, deadweight);
        }

        /**
         * Returns a copy counting another part of the tracking window.
         *
         * @param value the window ({@link OutcomeWindow#WHOLE} for the whole tracking window)
         * @return the copy
         */
        public Milestone withWindow(OutcomeWindow value) {
            return new Milestone(name, condition, sustained, price, fromStart, value, cohorts, deadweight);
        }

        /**
         * Returns a copy counting other cohorts.
         *
         * @param value the cohorts counted, empty for every cohort
         * @return the copy
         */
        public Milestone withCohorts(Set<String> value) {
            return new Milestone(name, condition, sustained, price, fromStart, window, value, deadweight);
        }

        /**
         * Returns a copy with another deadweight.
         *
         * @param value the share in [0, 1) that would have happened anyway
         * @return the copy
         */
        public Milestone withDeadweight(BigDecimal value) {
            return new Milestone(name, condition, sustained, price, fromStart, window, cohorts, value);
        }
    }

    /**
     * A price paid once per participant whose outcome window has begun ({@code ENGAGEMENT}): 1 unit on the
     * window's first day when the window is not empty.
     *
     * <p>Example: {@code {"type": "ENGAGEMENT", "price": "500.00", "window": {"from": "P3M"}}} pays 500.00 for
     * a young person still tracked three months after the start, on that day; nothing for one who left
     * before.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param name       the outcome's name, not null or blank
     * @param price      the price, zero or more, not null
     * @param window     the part of the tracking window counted, not null
     * @param cohorts    the cohorts counted, empty for every cohort; not null
     * @param deadweight the share in [0, 1) that would have happened anyway, not null
     */
    record Engagement(String name, MonetaryAmount price, OutcomeWindow window, Set<String> cohorts,
            BigDecimal deadweight) implements PerParticipant {

        /** The type as spelt in the contract. */
        public static final String TYPE = "ENGAGEMENT";

        /**
         * Validates every field.
         *
         * @param name the {@link #name() name} record component
         * @param price the {@link #price() price} record component
         * @param window the {@link #window() window} record component
         * @param cohorts the {@link #cohorts() cohorts} record component
         * @param deadweight the {@link #deadweight() deadweight} record component
         */
        public Engagement {
            checkName(name);
            checkPrice("price", price);
            window = Objects.requireNonNullElse(window, OutcomeWindow.WHOLE);
            cohorts = checkCohorts(cohorts);
            deadweight = checkDeadweight(deadweight);
        }

        @Override
        public String type() {
            return TYPE;
        }

        /** Returns empty: engagement has no condition. */
        @Override
        public Optional<Condition> conditionIfAny() {
            return Optional.empty();
        }

        @Override
        public MonetaryAmount pricePerUnit() {
            return price;
        }

        /** One unit on the window's first day, when the window is not empty. */
        @Override
        public void addUnits(Runs runs, Units units) {
            if (runs.windowEnd() > runs.windowStart()) {
                units.on(runs.windowStart(), 1);
            }
        }

        /**
         * Returns a copy with another name.
         *
         * @param value the name, not null or blank
         * @return the copy
         */
        public Engagement withName(String value) {
            return new Engagement(value, price, window, cohorts, deadweight);
        }

        /**
         * Returns a copy counting another part of the tracking window.
         *
         * @param value the window ({@link OutcomeWindow#WHOLE} for the whole tracking window)
         * @return the copy
         */
        public Engagement withWindow(OutcomeWindow value) {
            return new Engagement(name, price, value, cohorts, deadweight);
        }

        /**
         * Returns a copy counting other cohorts.
         *
         * @param value the cohorts counted, empty for every cohort
         * @return the copy
         */
        public Engagement withCohorts(Set<String> value) {
            return new Engagement(name, price, window, value, deadweight);
        }

        /**
         * Returns a copy with another deadweight.
         *
         * @param value the share in [0, 1) that would have happened anyway
         * @return the copy
         */
        public Engagement withDeadweight(BigDecimal value) {
            return new Engagement(name, price, window, cohorts, value);
        }
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank() || !name.equals(name.strip())) {
            throw new InvalidValueException("name", "'" + name + "' is not a trimmed, non-blank name");
        }
    }

    private static void checkPrice(String field, MonetaryAmount price) {
        if (price == null) {
            throw new InvalidValueException(field, "is required");
        }
        if (price.isNegative()) {
            throw new InvalidValueException(field, MoneyText.withCurrency(price) + " is negative");
        }
    }

    private static void checkCondition(Condition condition) {
        if (condition == null) {
            throw new InvalidValueException("condition", "is required");
        }
    }

    private static Set<String> checkCohorts(Set<String> cohorts) {
        if (cohorts == null) {
            return Set.of();
        }
        for (String cohort : cohorts) {
            if (cohort == null || cohort.isBlank() || !cohort.equals(cohort.strip())) {
                throw new InvalidValueException("cohorts", "'" + cohort + "' is not a trimmed, non-blank cohort label");
            }
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(cohorts));
    }

    private static BigDecimal checkDeadweight(BigDecimal deadweight) {
        if (deadweight == null) {
            return BigDecimal.ZERO;
        }
        if (deadweight.signum() < 0 || deadweight.compareTo(BigDecimal.ONE) >= 0) {
            throw new InvalidValueException("deadweight", deadweight.toPlainString() + " is not in [0, 1)");
        }
        return deadweight;
    }
}
