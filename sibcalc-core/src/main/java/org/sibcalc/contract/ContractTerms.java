package org.sibcalc.contract;

import static org.sibcalc.basics.InvalidValueException.required;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.basics.MoneyText;

/**
 * The terms of an outcomes contract that decide its payments (docs/rules.md and docs/contract.md). A contract is
 * data: the calculation is a pure function of the terms, the care data and a reporting date.
 *
 * <p>Field names in messages are the contract file's, such as {@code caps.perCohort}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name        the contract's name, shown on statements; not null or blank
 * @param currency    the currency of every amount, not null
 * @param episodeEnd  how an episode's end is read, not null
 * @param careTypes   the episode types that count as care (exact match), or null when every type counts
 * @param states      the named states beyond {@value State#CARE}, in contract order; empty for none, not null
 * @param tracking    how long each participant is tracked, not null
 * @param cohortRule  how a cohort is derived from the start when the data gives none, not null
 * @param measurement the measurement dates, not null
 * @param baseline    the expected care proportion; required with a {@link Outcome.CareDaysAvoided} outcome,
 *                    else optional (null for none)
 * @param outcomes    what is paid for: at least one outcome, at most one {@link Outcome.CareDaysAvoided}, names
 *                    unique, every condition naming {@value State#CARE} or one of {@code states}
 * @param netting     which unit is floored at zero, not null
 * @param caps        limits on what is due, not null ({@link Caps#NONE} for none)
 * @param rounding    how the cumulative due is rounded to the currency's minor unit, not null
 * @param clawback    whether a fall in cumulative due is paid back ({@code true}) or carried forward
 */
public record ContractTerms(
        String name,
        CurrencyUnit currency,
        EpisodeEnd episodeEnd,
        Set<String> careTypes,
        Map<String, State> states,
        Tracking tracking,
        CohortRule cohortRule,
        MeasurementDates measurement,
        Baseline baseline,
        List<Outcome> outcomes,
        Netting netting,
        Caps caps,
        RoundingMode rounding,
        boolean clawback) {

    /**
     * Validates every field and the combinations; see the class description.
     *
     * @param baseline the {@link #baseline() baseline} record component
     * @param caps the {@link #caps() caps} record component
     * @param careTypes the {@link #careTypes() careTypes} record component
     * @param clawback the {@link #clawback() clawback} record component
     * @param cohortRule the {@link #cohortRule() cohortRule} record component
     * @param currency the {@link #currency() currency} record component
     * @param episodeEnd the {@link #episodeEnd() episodeEnd} record component
     * @param measurement the {@link #measurement() measurement} record component
     * @param name the {@link #name() name} record component
     * @param netting the {@link #netting() netting} record component
     * @param outcomes the {@link #outcomes() outcomes} record component
     * @param rounding the {@link #rounding() rounding} record component
     * @param states the {@link #states() states} record component
     * @param tracking the {@link #tracking() tracking} record component
     */
    public ContractTerms {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "is required");
        }
        required("currency", currency);
        required("episodeEnd", episodeEnd);
        if (careTypes != null) {
            if (careTypes.isEmpty()) {
                throw new InvalidValueException("careTypes", "must list at least one type (leave it out to count every type)");
            }
            for (String type : careTypes) {
                if (type == null || type.isBlank() || !type.equals(type.strip())) {
                    throw new InvalidValueException("careTypes", "'" + type + "' is not a trimmed, non-blank type");
                }
            }
            careTypes = Set.copyOf(careTypes);
        }
        states = checkStates(states);
        required("tracking", tracking);
        required("cohorts", cohortRule);
        required("measurement", measurement);
        required("outcomes", outcomes);
        outcomes = List.copyOf(outcomes);
        checkOutcomes(outcomes, states, currency);
        if (careDaysAvoidedOf(outcomes) != null) {
            required("baseline", baseline);
        }
        required("netting", netting);
        required("caps", caps);
        required("rounding", rounding);
        checkCurrency("caps.total", caps.total(), currency, true);
        checkCurrency("caps.perCohort", caps.perCohort(), currency, true);
        checkCurrency("caps.perParticipant", caps.perParticipant(), currency, true);
        checkCapsAndNetting(caps, netting);
        checkNettingAndOutcomes(netting, outcomes);
    }

    /** The form of a state's name. */
    private static final Pattern STATE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private static Map<String, State> checkStates(Map<String, State> states) {
        if (states == null) {
            return Map.of();
        }
        Map<String, State> copy = new LinkedHashMap<>();
        states.forEach((name, state) -> {
            if (name == null || !STATE_NAME.matcher(name).matches()) {
                throw new InvalidValueException("states", "'" + name
                        + "' is not a state name: a letter, then letters, digits, '_' or '-'");
            }
            if (name.equals(State.CARE)) {
                throw new InvalidValueException("states." + name, "cannot be redefined: care is the episodes of careTypes");
            }
            copy.put(name, required("states." + name, state));
        });
        return Collections.unmodifiableMap(copy);
    }

    private static void checkOutcomes(List<Outcome> outcomes, Map<String, State> states, CurrencyUnit currency) {
        if (outcomes.isEmpty()) {
            throw new InvalidValueException("outcomes", "must list at least one outcome");
        }
        Map<String, Integer> names = new HashMap<>();
        int groupOutcomes = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            String at = "outcomes[" + i + "]";
            Outcome outcome = required(at, outcomes.get(i));
            Integer earlier = names.putIfAbsent(outcome.name(), i);
            if (earlier != null) {
                throw new InvalidValueException(at + ".name", "'" + outcome.name() + "' is also the name of outcomes["
                        + earlier + "]; give each outcome its own name");
            }
            if (outcome instanceof Outcome.CareDaysAvoided c) {
                if (++groupOutcomes > 1) {
                    throw new InvalidValueException(at + ".type", "a contract has at most one "
                            + Outcome.CareDaysAvoided.TYPE + " outcome");
                }
                checkCurrency(at + ".pricePerDay", c.pricePerDay(), currency, false);
            } else if (outcome instanceof Outcome.PerParticipant p) {
                Condition condition = p.condition();
                if (condition != null && !condition.state().equals(State.CARE) && !states.containsKey(condition.state())) {
                    throw new InvalidValueException(at + ".condition." + condition.field(), "'" + condition.state()
                            + "' is not a state: known are " + String.join(", ", stateNames(states)));
                }
                checkCurrency(at + "." + priceField(p), p.pricePerUnit(), currency, false);
            }
        }
    }

    private static List<String> stateNames(Map<String, State> states) {
        List<String> names = new ArrayList<>();
        names.add(State.CARE);
        names.addAll(states.keySet());
        return names;
    }

    /**
     * {@return the contract file's name of the price field of a participant outcome}
     *
     * @param outcome a participant outcome, not null
     */
    public static String priceField(Outcome.PerParticipant outcome) {
        if (outcome instanceof Outcome.Days) {
            return "pricePerDay";
        }
        return outcome instanceof Outcome.Blocks ? "pricePerBlock" : "price";
    }

    /**
     * Checks that COHORT netting has something to net: it applies to care days avoided only.
     *
     * @param netting the netting, not null
     * @param outcomes the contract's outcomes, not null
     * @throws InvalidValueException naming {@code netting}
     */
    public static void checkNettingAndOutcomes(Netting netting, List<Outcome> outcomes) {
        if (netting == Netting.COHORT && outcomes != null && careDaysAvoidedOf(outcomes) == null) {
            throw new InvalidValueException("netting", "COHORT nets care days avoided by cohort, but the contract has no "
                    + Outcome.CareDaysAvoided.TYPE + " outcome");
        }
    }

    /**
     * Checks the one combination of caps and netting that cannot work: a per-cohort cap without COHORT
     * netting.
     *
     * @param caps the caps, not null
     * @param netting the netting, not null
     * @throws InvalidValueException naming {@code caps.perCohort}
     */
    public static void checkCapsAndNetting(Caps caps, Netting netting) {
        if (caps != null && caps.perCohort() != null && netting != Netting.COHORT) {
            throw new InvalidValueException("caps.perCohort", "applies only with netting COHORT, but netting is " + netting);
        }
    }

    /**
     * Returns a builder with the required terms and every other term at its default.
     *
     * @param baseline the baseline, or null for a contract without a {@code CARE_DAYS_AVOIDED} outcome
     * @param name the contract's name, not null or blank
     * @param currency the currency of every amount, not null
     * @param tracking how long each participant is tracked, not null
     * @param measurement the measurement dates, not null
     * @param outcome the contract's one outcome, not null ({@link Builder#outcomes} sets several)
     * @return a builder; {@link Builder#build()} validates the terms
     */
    public static Builder builder(String name, CurrencyUnit currency, Tracking tracking,
            MeasurementDates measurement, Baseline baseline, Outcome outcome) {
        return new Builder(name, currency, tracking, measurement, baseline, outcome);
    }

    /** {@return the care-days-avoided outcome, or empty when the contract has none} */
    public Optional<Outcome.CareDaysAvoided> careDaysAvoided() {
        return Optional.ofNullable(careDaysAvoidedOf(outcomes));
    }

    /** {@return the participant outcomes, in contract order; possibly empty, never null} */
    public List<Outcome.PerParticipant> participantOutcomes() {
        List<Outcome.PerParticipant> list = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Outcome.PerParticipant p) {
                list.add(p);
            }
        }
        return List.copyOf(list);
    }

    /**
     * {@return true when episodes of this type count as care}
     *
     * @param type an episode's type, trimmed, not null
     */
    public boolean countsAsCare(String type) {
        return careTypes == null || careTypes.contains(type);
    }

    /**
     * Returns true when an episode of this type and placement is in the named state: {@value State#CARE} or
     * one of {@link #states()}.
     *
     * @param state {@value State#CARE} or the name of one of {@link #states()}, not null
     * @param type the episode's type, trimmed, not null
     * @param placement the episode's placement, trimmed, {@code ""} for none; not null
     * @return true when the episode is in the state
     * @throws IllegalArgumentException when the contract has no state of that name
     */
    public boolean inState(String state, String type, String placement) {
        if (state.equals(State.CARE)) {
            return countsAsCare(type);
        }
        State named = states.get(state);
        if (named == null) {
            throw new IllegalArgumentException("The contract has no state '" + state + "'");
        }
        return named.contains(type, placement);
    }

    /** {@return a builder holding these terms, to change some of them} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static Outcome.CareDaysAvoided careDaysAvoidedOf(List<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Outcome.CareDaysAvoided c) {
                return c;
            }
        }
        return null;
    }

    private static void checkCurrency(String field, MonetaryAmount amount, CurrencyUnit currency, boolean minorUnit) {
        if (amount == null) {
            return;
        }
        if (!amount.getCurrency().equals(currency)) {
            throw new InvalidValueException(field, MoneyText.withCurrency(amount) + " is not in the contract's currency " + currency);
        }
        int digits = currency.getDefaultFractionDigits();
        if (minorUnit && digits >= 0
                && amount.getNumber().numberValue(BigDecimal.class).stripTrailingZeros().scale() > digits) {
            throw new InvalidValueException(field, MoneyText.withCurrency(amount) + " has more than " + digits + " decimal places");
        }
    }

    /** Collects terms; every optional one starts at its default. Not thread-safe. */
    public static final class Builder {
        private String name;
        private CurrencyUnit currency;
        private EpisodeEnd episodeEnd = EpisodeEnd.EXCLUSIVE;
        private Set<String> careTypes;
        private Map<String, State> states = Map.of();
        private Tracking tracking;
        private CohortRule cohortRule = CohortRule.QUARTER;
        private MeasurementDates measurement;
        private Baseline baseline;
        private List<Outcome> outcomes;
        private Netting netting = Netting.PROGRAMME;
        private Caps caps = Caps.NONE;
        private RoundingMode rounding = RoundingMode.HALF_UP;
        private boolean clawback;

        private Builder(String name, CurrencyUnit currency, Tracking tracking, MeasurementDates measurement,
                Baseline baseline, Outcome outcome) {
            this.name = name;
            this.currency = currency;
            this.tracking = tracking;
            this.measurement = measurement;
            this.baseline = baseline;
            this.outcomes = List.of(Objects.requireNonNull(outcome, "outcome"));
        }

        private Builder(ContractTerms terms) {
            name = terms.name;
            currency = terms.currency;
            episodeEnd = terms.episodeEnd;
            careTypes = terms.careTypes;
            states = terms.states;
            tracking = terms.tracking;
            cohortRule = terms.cohortRule;
            measurement = terms.measurement;
            baseline = terms.baseline;
            outcomes = new ArrayList<>(terms.outcomes);
            netting = terms.netting;
            caps = terms.caps;
            rounding = terms.rounding;
            clawback = terms.clawback;
        }

        /**
         * Sets the contract's name, shown on statements.
         *
         * @param value the name, not null or blank
         * @return this builder
         */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /**
         * Sets how an episode's end is read (default {@link EpisodeEnd#EXCLUSIVE}).
         *
         * @param value how an episode's end is read, not null
         * @return this builder
         */
        public Builder episodeEnd(EpisodeEnd value) {
            episodeEnd = value;
            return this;
        }

        /**
         * Sets the types that count as care; null for every type.
         *
         * @param value the episode types that count as care (exact match), or null for every type
         * @return this builder
         */
        public Builder careTypes(Set<String> value) {
            careTypes = value;
            return this;
        }

        /**
         * Sets the named states beyond care, in order; empty for none.
         *
         * @param value the named states by name, in contract order; not null
         * @return this builder
         */
        public Builder states(Map<String, State> value) {
            states = value;
            return this;
        }

        /**
         * Sets how long each participant is tracked.
         *
         * @param value the tracking, not null
         * @return this builder
         */
        public Builder tracking(Tracking value) {
            tracking = value;
            return this;
        }

        /**
         * Sets how a cohort is derived from the start when the data gives none.
         *
         * @param value the cohort rule, not null
         * @return this builder
         */
        public Builder cohortRule(CohortRule value) {
            cohortRule = value;
            return this;
        }

        /**
         * Sets the measurement dates.
         *
         * @param value the measurement dates, not null
         * @return this builder
         */
        public Builder measurement(MeasurementDates value) {
            measurement = value;
            return this;
        }

        /**
         * Sets the expected care proportion; required with a care-days-avoided outcome.
         *
         * @param value the baseline, or null for none
         * @return this builder
         */
        public Builder baseline(Baseline value) {
            baseline = value;
            return this;
        }

        /**
         * Sets the one outcome of the contract.
         *
         * @param value the outcome, not null
         * @return this builder
         */
        public Builder outcome(Outcome value) {
            outcomes = List.of(value);
            return this;
        }

        /**
         * Sets the outcomes of the contract, in order.
         *
         * @param value the outcomes, at least one, not null
         * @return this builder
         */
        public Builder outcomes(List<? extends Outcome> value) {
            outcomes = List.copyOf(value);
            return this;
        }

        /**
         * Sets which unit is floored at zero.
         *
         * @param value the netting, not null
         * @return this builder
         */
        public Builder netting(Netting value) {
            netting = value;
            return this;
        }

        /**
         * Sets the limits on what is due.
         *
         * @param value the caps, not null ({@link Caps#NONE} for none)
         * @return this builder
         */
        public Builder caps(Caps value) {
            caps = value;
            return this;
        }

        /**
         * Sets how the cumulative due is rounded to the currency's minor unit.
         *
         * @param value the rounding, not null
         * @return this builder
         */
        public Builder rounding(RoundingMode value) {
            rounding = value;
            return this;
        }

        /**
         * Sets whether a fall in cumulative due is paid back ({@code true}) or carried forward.
         *
         * @param value true for clawback
         * @return this builder
         */
        public Builder clawback(boolean value) {
            clawback = value;
            return this;
        }

        /** {@return the terms, validated} */
        public ContractTerms build() {
            return new ContractTerms(name, currency, episodeEnd, careTypes, states, tracking, cohortRule, measurement,
                    baseline, outcomes, netting, caps, rounding, clawback);
        }
    }
}
