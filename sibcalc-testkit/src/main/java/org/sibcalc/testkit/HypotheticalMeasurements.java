package org.sibcalc.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.MeasurementDates;
import org.sibcalc.contract.Netting;
import org.sibcalc.contract.Outcome;
import org.sibcalc.measure.CohortMeasurement;
import org.sibcalc.measure.Measurement;
import org.sibcalc.measure.Measurements;
import org.sibcalc.payment.Payment;
import org.sibcalc.payment.PaymentSchedule;

/**
 * A contract's payment rules run on numbers you state instead of care histories: "if 1,000 care days are
 * avoided by 2019-03-31, what is paid, and does the cap bind?"
 *
 * <pre>{@code
 * ContractTerms terms = Contracts.careDaysAvoided("45.00", "0.55", "7100000.00").build();
 * List<Payment> payments = HypotheticalMeasurements.of(terms)
 *         .at("2019-03-31").careDaysAvoided("1000")       // 1,000 × £45.00 = £45,000.00
 *         .at("2019-06-30").careDaysAvoided("200000")     // £9,000,000.00, capped at £7,100,000.00
 *         .payments();
 * payments.get(1).capsBound();                            // [TOTAL]
 * payments.get(1).uncappedDue();                          // GBP 9000000.00
 * }</pre>
 *
 * <p>{@link #at(String)} starts the figures of a date; the payments are worked out at the dates given, in date
 * order, as if they were the contract's measurement dates, and every other term of the contract applies as
 * written (netting, caps, rounding, clawback). At each date you state, for the programme or for a
 * {@link #cohort(String)}:
 * <ul>
 *   <li>care: {@link #careDaysAvoided(String)}, or {@link #expectedCareDays(String)}, with
 *       {@link #childDays(long)} and {@link #careDays(long)}. Without either, the expected care days are the
 *       contract's flat baseline × child days (a monthly baseline needs them stated, since they depend on the
 *       months of each window). Care days default to 0 (to what a negative care days avoided needs), child
 *       days to the care days;</li>
 *   <li>the units of a participant outcome, by its name: for the cohort with {@link #units(String, long)}, or
 *       for one young person with {@link #youngPerson(String)} first, whose total the contract's
 *       {@code caps.perParticipant} then limits. A contract with that cap needs every unit given by young
 *       person, since the cap is on each one's total;</li>
 *   <li>{@link #participants(int)}: by default the young people named, and at least 1, since a cohort with no
 *       one in it is not measured.</li>
 * </ul>
 * Figures are what has been reached by the date, as a statement's are: cumulative, not the quarter's own.
 * Under COHORT netting every figure belongs to a cohort; under PROGRAMME netting a figure given without one
 * is the programme's.
 *
 * <p>A mistake is an {@link IllegalArgumentException} naming the date and what is wrong. Amounts and
 * decimals are strings, such as {@code "1000.5"}: exact. Not thread-safe; what it returns is immutable.
 */
public final class HypotheticalMeasurements {

    /** The cohort of figures given without one, under PROGRAMME netting. */
    public static final String PROGRAMME = "programme";

    private final ContractTerms terms;
    private final Map<LocalDate, Map<String, CohortFigures>> dates = new LinkedHashMap<>();
    private LocalDate date;
    private CohortFigures cohort;
    private String youngPerson;

    private HypotheticalMeasurements(ContractTerms terms) {
        this.terms = Objects.requireNonNull(terms, "terms");
    }

    /**
     * Returns an empty set of figures for this contract.
     *
     * @param terms the contract's terms
     * @return an empty set of figures
     */
    public static HypotheticalMeasurements of(ContractTerms terms) {
        return new HypotheticalMeasurements(terms);
    }

    /**
     * Returns an empty set of figures for the contract a builder makes.
     *
     * @param terms the builder of the contract's terms
     * @return an empty set of figures
     */
    public static HypotheticalMeasurements of(ContractTerms.Builder terms) {
        return of(terms.build());
    }

    /**
     * Starts the figures of a measurement date ({@code yyyy-MM-dd}): what everyone has reached by then.
     *
     * @param measurementDate the measurement date, {@code yyyy-MM-dd}
     * @return these figures
     * @throws IllegalArgumentException when the date was given before
     */
    public HypotheticalMeasurements at(String measurementDate) {
        LocalDate day = LocalDate.parse(measurementDate);
        if (dates.containsKey(day)) {
            throw new IllegalArgumentException(day + ": the figures of this date are given twice");
        }
        date = day;
        dates.put(day, new LinkedHashMap<>());
        cohort = null;
        youngPerson = null;
        return this;
    }

    /**
     * Makes the figures that follow, up to the next {@code cohort} or {@code at}, this cohort's.
     *
     * @param label the cohort's label
     * @return these figures
     */
    public HypotheticalMeasurements cohort(String label) {
        Objects.requireNonNull(label, "label");
        cohort = figures().computeIfAbsent(label, CohortFigures::new);
        youngPerson = null;
        return this;
    }

    /**
     * Sets how many young people of the cohort have started by the date, 1 or more.
     *
     * @param count how many young people, 1 or more
     * @return these figures
     */
    public HypotheticalMeasurements participants(int count) {
        if (count < 1) {
            throw new IllegalArgumentException(where() + "participants: " + count + " is not 1 or more");
        }
        current().participants = count;
        return this;
    }

    /**
     * Sets the child days: the days of every young person's tracking window up to the date.
     *
     * @param days the child days, zero or more
     * @return these figures
     */
    public HypotheticalMeasurements childDays(long days) {
        current().childDays = notNegative("childDays", days);
        return this;
    }

    /**
     * Sets the care days: the days of the windows in care.
     *
     * @param days the care days, zero or more
     * @return these figures
     */
    public HypotheticalMeasurements careDays(long days) {
        current().careDays = notNegative("careDays", days);
        return this;
    }

    /**
     * Sets the expected care days, what the baseline expects of the windows; exact, such as {@code "5500.25"}.
     *
     * @param days the expected care days, as an exact decimal
     * @return these figures
     */
    public HypotheticalMeasurements expectedCareDays(String days) {
        current().expectedCareDays = new BigDecimal(days);
        return this;
    }

    /**
     * Sets the care days avoided, expected care days − care days; exact, negative when worse than the baseline.
     *
     * @param days the care days avoided, as an exact decimal
     * @return these figures
     */
    public HypotheticalMeasurements careDaysAvoided(String days) {
        current().careDaysAvoided = new BigDecimal(days);
        return this;
    }

    /**
     * Makes the units that follow, up to the next {@code youngPerson}, {@code cohort} or {@code at}, this young
     * person's (of the current cohort).
     *
     * @param id the young person's id
     * @return these figures
     */
    public HypotheticalMeasurements youngPerson(String id) {
        Objects.requireNonNull(id, "id");
        current().youngPeople.computeIfAbsent(id, i -> new LinkedHashMap<>());
        youngPerson = id;
        return this;
    }

    /**
     * Adds units of the participant outcome with this name (days, blocks, milestones reached or young people
     * engaged) earned by the date: the current young person's, or else the cohort's.
     *
     * @param outcome the participant outcome's name
     * @param count how many units, zero or more
     * @return these figures
     * @throws IllegalArgumentException when the contract has no participant outcome of that name, or when it
     *                                  caps each young person's total and no young person is named
     */
    public HypotheticalMeasurements units(String outcome, long count) {
        outcomeIndex(outcome);
        notNegative("units of '" + outcome + "'", count);
        CohortFigures figures = current();
        if (youngPerson == null && terms.caps().perParticipant().isPresent()) {
            throw new IllegalArgumentException(where() + "units of '" + outcome + "': the contract caps each young "
                    + "person's total (caps.perParticipant), so give each one's units: youngPerson(\"A\").units(...)");
        }
        Map<String, Long> units = youngPerson == null ? figures.units : figures.youngPeople.get(youngPerson);
        units.merge(outcome, count, Long::sum);
        return this;
    }

    /**
     * Returns the measurements these figures make, one reporting date per date given.
     *
     * @return the measurements
     * @throws IllegalArgumentException when no date was given
     */
    public Measurements measurements() {
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("Give the figures of at least one date: at(\"2019-03-31\")...");
        }
        List<Outcome.PerParticipant> outcomes = terms.participantOutcomes();
        BigDecimal cap = terms.caps().perParticipant().map(c -> c.getNumber().numberValue(BigDecimal.class))
                .orElse(null);
        List<Measurements.Figures> figures = new ArrayList<>();
        for (Map.Entry<LocalDate, Map<String, CohortFigures>> at : dates.entrySet()) {
            long[] units = new long[outcomes.size()];
            BigDecimal participantTotals = BigDecimal.ZERO;
            List<CohortMeasurement> cohorts = new ArrayList<>();
            for (CohortFigures c : at.getValue().values()) {
                cohorts.add(new CohortMeasurement(c.label, c.measurement(at.getKey())));
                for (int o = 0; o < outcomes.size(); o++) {
                    long given = c.units.getOrDefault(outcomes.get(o).name(), 0L);
                    units[o] += given;
                    participantTotals = participantTotals.add(outcomes.get(o).amountPerUnit().multiply(BigDecimal.valueOf(given)));
                }
                for (Map<String, Long> own : c.youngPeople.values()) {
                    BigDecimal total = BigDecimal.ZERO;
                    for (int o = 0; o < outcomes.size(); o++) {
                        long given = own.getOrDefault(outcomes.get(o).name(), 0L);
                        units[o] += given;
                        total = total.add(outcomes.get(o).amountPerUnit().multiply(BigDecimal.valueOf(given)));
                    }
                    participantTotals = participantTotals.add(cap == null ? total : total.min(cap));
                }
            }
            figures.add(new Measurements.Figures(at.getKey(), cohorts,
                    Arrays.stream(units).boxed().toList(), participantTotals));
        }
        return Measurements.given(figures);
    }

    /**
     * Returns the payment at every date given, in date order: each with its cumulative due (rounded and
     * capped), what would be due without caps ({@link Payment#uncappedDue()}), the caps that bound
     * ({@link Payment#capsBound()}) and the payment itself.
     *
     * @return the payments, in date order
     */
    public List<Payment> payments() {
        Measurements measurements = measurements();
        ContractTerms atTheseDates = terms.toBuilder().measurement(MeasurementDates.of(measurements.dates())).build();
        List<LocalDate> given = measurements.dates();
        return PaymentSchedule.of(atTheseDates, measurements, given.get(given.size() - 1));
    }

    /**
     * Returns the payment at one of the dates given.
     *
     * @param measurementDate the date, {@code yyyy-MM-dd}
     * @return the payment at that date
     * @throws IllegalArgumentException when no figures were given at that date
     */
    public Payment payment(String measurementDate) {
        LocalDate day = LocalDate.parse(measurementDate);
        return payments().stream().filter(p -> p.date().equals(day)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(day + ": no figures were given at this date"));
    }

    private Map<String, CohortFigures> figures() {
        if (date == null) {
            throw new IllegalArgumentException("Give the date first: at(\"2019-03-31\")");
        }
        return dates.get(date);
    }

    private CohortFigures current() {
        if (cohort == null) {
            if (terms.netting() == Netting.COHORT) {
                throw new IllegalArgumentException(where() + "the contract nets by cohort, so give each figure's "
                        + "cohort first: cohort(\"2019-Q1\")");
            }
            cohort(PROGRAMME);
        }
        return cohort;
    }

    private String where() {
        return (date == null ? "" : date + ": ") + (cohort == null || cohort.label.equals(PROGRAMME) ? ""
                : "cohort " + cohort.label + ": ");
    }

    private long notNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(where() + field + ": " + value + " is negative");
        }
        return value;
    }

    private int outcomeIndex(String name) {
        List<Outcome.PerParticipant> outcomes = terms.participantOutcomes();
        for (int o = 0; o < outcomes.size(); o++) {
            if (outcomes.get(o).name().equals(name)) {
                return o;
            }
        }
        throw new IllegalArgumentException(where() + "units: the contract has no participant outcome '" + name
                + "'; its participant outcomes are " + outcomes.stream().map(Outcome::name).toList());
    }

    /** One cohort's figures at one date, as given. */
    private final class CohortFigures {
        private final String label;
        private Integer participants;
        private Long childDays;
        private Long careDays;
        private BigDecimal expectedCareDays;
        private BigDecimal careDaysAvoided;
        private final Map<String, Long> units = new LinkedHashMap<>();
        private final Map<String, Map<String, Long>> youngPeople = new LinkedHashMap<>();

        CohortFigures(String label) {
            this.label = label;
        }

        Measurement measurement(LocalDate at) {
            String place = at + ": " + (label.equals(PROGRAMME) ? "" : "cohort " + label + ": ");
            if (expectedCareDays != null && careDaysAvoided != null) {
                throw new IllegalArgumentException(place + "give expectedCareDays or careDaysAvoided, not both");
            }
            long care = careDays != null ? careDays
                    : careDaysAvoided != null && careDaysAvoided.signum() < 0
                            ? careDaysAvoided.negate().setScale(0, RoundingMode.CEILING).longValueExact() : 0;
            long child = childDays != null ? childDays : care;
            BigDecimal expected;
            if (expectedCareDays != null) {
                expected = expectedCareDays;
            } else if (careDaysAvoided != null) {
                expected = careDaysAvoided.add(BigDecimal.valueOf(care));
                if (expected.signum() < 0) {
                    throw new IllegalArgumentException(place + "care days avoided " + careDaysAvoided.toPlainString()
                            + " need more than the " + care + " care days given: expected care days cannot be negative");
                }
            } else if (terms.baseline().isEmpty()) {
                expected = null;
            } else if (terms.baseline().get() instanceof Baseline.Flat flat) {
                expected = flat.proportion().multiply(BigDecimal.valueOf(child));
            } else if (child == 0) {
                expected = BigDecimal.ZERO;
            } else {
                throw new IllegalArgumentException(place + "give expectedCareDays or careDaysAvoided: under a monthly "
                        + "baseline they depend on the months of each young person's window, not on child days alone");
            }
            int count = participants != null ? participants : Math.max(1, youngPeople.size());
            try {
                return new Measurement(count, child, care, Optional.ofNullable(expected));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(place + e.getMessage(), e);
            }
        }
    }
}
