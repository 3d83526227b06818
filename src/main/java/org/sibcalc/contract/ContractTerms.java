package org.sibcalc.contract;

import static org.sibcalc.basics.InvalidValueException.required;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.basics.MoneyText;

/**
 * The terms of an outcomes contract that decide its payments (SPEC §2–§6). A contract is data: the
 * calculation is a pure function of the terms, the care data and a reporting date.
 *
 * <p>Field names in messages are the contract file's, such as {@code caps.perCohort}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name        the contract's name, shown on statements; not null or blank
 * @param currency    the currency of every amount, not null
 * @param episodeEnd  how an episode's end is read, not null
 * @param careTypes   the episode types that count as care (exact match), or null when every type counts
 * @param tracking    how long each participant is tracked, not null
 * @param cohorts     how a cohort is derived from the start when the data gives none, not null
 * @param measurement the measurement dates, not null
 * @param baseline    the expected care proportion, not null
 * @param outcomes    what is paid for: exactly one {@link Outcome.CareDaysAvoided}
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
        Tracking tracking,
        CohortRule cohorts,
        MeasurementDates measurement,
        Baseline baseline,
        List<Outcome> outcomes,
        Netting netting,
        Caps caps,
        RoundingMode rounding,
        boolean clawback) {

    /** Validates every field and the combinations; see the class description. */
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
        required("tracking", tracking);
        required("cohorts", cohorts);
        required("measurement", measurement);
        required("baseline", baseline);
        required("outcomes", outcomes);
        if (outcomes.size() != 1) {
            throw new InvalidValueException("outcomes", "must list exactly one outcome, "
                    + Outcome.CareDaysAvoided.TYPE + ", but lists " + outcomes.size());
        }
        outcomes = List.copyOf(outcomes);
        required("netting", netting);
        required("caps", caps);
        required("rounding", rounding);
        checkCurrency("outcomes[0].pricePerDay", careDaysAvoidedOf(outcomes).pricePerDay(), currency, false);
        checkCurrency("caps.total", caps.total(), currency, true);
        checkCurrency("caps.perCohort", caps.perCohort(), currency, true);
        checkCapsAndNetting(caps, netting);
    }

    /**
     * Checks the one combination of caps and netting that cannot work: a per-cohort cap without COHORT
     * netting.
     *
     * @throws InvalidValueException naming {@code caps.perCohort}
     */
    public static void checkCapsAndNetting(Caps caps, Netting netting) {
        if (caps != null && caps.perCohort() != null && netting != Netting.COHORT) {
            throw new InvalidValueException("caps.perCohort", "applies only with netting COHORT, but netting is " + netting);
        }
    }

    /** Returns a builder with the required terms and every other term at its default. */
    public static Builder builder(String name, CurrencyUnit currency, Tracking tracking,
            MeasurementDates measurement, Baseline baseline, Outcome outcome) {
        return new Builder(name, currency, tracking, measurement, baseline, outcome);
    }

    /** Returns the care-days-avoided outcome, never null. */
    public Outcome.CareDaysAvoided careDaysAvoided() {
        return careDaysAvoidedOf(outcomes);
    }

    /** Returns true when episodes of this type count as care. */
    public boolean countsAsCare(String type) {
        return careTypes == null || careTypes.contains(type);
    }

    /** Returns a builder holding these terms, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static Outcome.CareDaysAvoided careDaysAvoidedOf(List<Outcome> outcomes) {
        return (Outcome.CareDaysAvoided) outcomes.get(0);
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
        private Tracking tracking;
        private CohortRule cohorts = CohortRule.QUARTER;
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
            tracking = terms.tracking;
            cohorts = terms.cohorts;
            measurement = terms.measurement;
            baseline = terms.baseline;
            outcomes = new ArrayList<>(terms.outcomes);
            netting = terms.netting;
            caps = terms.caps;
            rounding = terms.rounding;
            clawback = terms.clawback;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder episodeEnd(EpisodeEnd value) {
            episodeEnd = value;
            return this;
        }

        /** Sets the types that count as care; null for every type. */
        public Builder careTypes(Set<String> value) {
            careTypes = value;
            return this;
        }

        public Builder tracking(Tracking value) {
            tracking = value;
            return this;
        }

        public Builder cohorts(CohortRule value) {
            cohorts = value;
            return this;
        }

        public Builder measurement(MeasurementDates value) {
            measurement = value;
            return this;
        }

        public Builder baseline(Baseline value) {
            baseline = value;
            return this;
        }

        public Builder outcome(Outcome value) {
            outcomes = List.of(value);
            return this;
        }

        public Builder netting(Netting value) {
            netting = value;
            return this;
        }

        public Builder caps(Caps value) {
            caps = value;
            return this;
        }

        public Builder rounding(RoundingMode value) {
            rounding = value;
            return this;
        }

        public Builder clawback(boolean value) {
            clawback = value;
            return this;
        }

        /** Returns the terms, validated. */
        public ContractTerms build() {
            return new ContractTerms(name, currency, episodeEnd, careTypes, tracking, cohorts, measurement,
                    baseline, outcomes, netting, caps, rounding, clawback);
        }
    }
}
