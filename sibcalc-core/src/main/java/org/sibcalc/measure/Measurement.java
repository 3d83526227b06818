package org.sibcalc.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.sibcalc.basics.InvalidValueException;

/**
 * The care of a group of participants (a cohort or the whole programme) at a reporting date (docs/rules.md,
  * "Measurement").
 *
 * <p>This class is immutable and thread-safe. {@link #of(int, long, long, BigDecimal)} and
 * {@link #withoutBaseline(int, long, long)} make one without writing an {@code Optional}.
 *
 * @param participants     participants whose start is on or before the reporting date, zero or more
 * @param childDays        the sum of their child days, zero or more
 * @param careDays         the sum of their care days, from zero to {@code childDays}
 * @param expectedCareDays the sum of their baseline care days, exact (unrounded), zero or more; empty when the
 *                         contract has no baseline
 */
public record Measurement(int participants, long childDays, long careDays, Optional<BigDecimal> expectedCareDays) {

    /** The scale of {@link #careProportion()}: six decimal places. */
    public static final int PROPORTION_SCALE = 6;

    /** The measurement of no participants. */
    public static final Measurement NONE = new Measurement(0, 0, 0, Optional.of(BigDecimal.ZERO));

    /** The measurement of no participants under a contract without a baseline. */
    public static final Measurement NONE_WITHOUT_BASELINE = new Measurement(0, 0, 0, Optional.empty());

    /**
     * Validates the sums.
     *
     * @param participants the {@link #participants() participants} record component
     * @param childDays the {@link #childDays() childDays} record component
     * @param careDays the {@link #careDays() careDays} record component
     * @param expectedCareDays the {@link #expectedCareDays() expectedCareDays} record component
     */
    public Measurement {
        if (participants < 0) {
            throw new InvalidValueException("participants", participants + " is negative");
        }
        if (childDays < 0) {
            throw new InvalidValueException("childDays", childDays + " is negative");
        }
        if (careDays < 0 || careDays > childDays) {
            throw new InvalidValueException("careDays", careDays + " is not from 0 to childDays " + childDays);
        }
        Objects.requireNonNull(expectedCareDays, "expectedCareDays (an Optional)");
        if (expectedCareDays.isPresent() && expectedCareDays.get().signum() < 0) {
            throw new InvalidValueException("expectedCareDays", expectedCareDays.get().toPlainString() + " is negative");
        }
    }

    /**
     * {@return the measurement of a group under a contract with a baseline}
     *
     * @param participants the {@link #participants() participants} record component
     * @param childDays the {@link #childDays() childDays} record component
     * @param careDays the {@link #careDays() careDays} record component
     * @param expectedCareDays the sum of the group's baseline care days, exact, zero or more
     */
    public static Measurement of(int participants, long childDays, long careDays, BigDecimal expectedCareDays) {
        return new Measurement(participants, childDays, careDays, Optional.of(expectedCareDays));
    }

    /**
     * {@return the measurement of a group under a contract without a baseline}
     *
     * @param participants the {@link #participants() participants} record component
     * @param childDays the {@link #childDays() childDays} record component
     * @param careDays the {@link #careDays() careDays} record component
     */
    public static Measurement withoutBaseline(int participants, long childDays, long careDays) {
        return new Measurement(participants, childDays, careDays, Optional.empty());
    }

    /**
     * Returns care days / child days, rounded half-even to six decimal places, or empty when there are no
     * child days.
     *
     * @return the care proportion, or empty
     */
    public Optional<BigDecimal> careProportion() {
        if (childDays == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(careDays)
                .divide(BigDecimal.valueOf(childDays), PROPORTION_SCALE, RoundingMode.HALF_EVEN));
    }

    /**
     * Returns expected care days − care days, exact; negative when the group did worse than the baseline;
     * empty when the contract has no baseline.
     *
     * @return the care days avoided, or empty
     */
    public Optional<BigDecimal> careDaysAvoided() {
        return expectedCareDays.map(expected -> expected.subtract(BigDecimal.valueOf(careDays)));
    }

    /**
     * {@return the measurement of this group and another, disjoint one together}
     *
     * @param other the measurement of a group with no participant of this one
     */
    public Measurement plus(Measurement other) {
        return new Measurement(participants + other.participants, childDays + other.childDays,
                careDays + other.careDays, expectedCareDays.isEmpty() || other.expectedCareDays.isEmpty()
                        ? Optional.empty() : Optional.of(expectedCareDays.get().add(other.expectedCareDays.get())));
    }
}
