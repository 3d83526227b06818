package org.sibcalc.contract;

import javax.money.MonetaryAmount;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.basics.MoneyText;

/** What the commissioner pays for. */
public sealed interface Outcome permits Outcome.CareDaysAvoided {

    /** Returns the outcome type as spelt in the contract, such as {@code CARE_DAYS_AVOIDED}. */
    String type();

    /** Returns the outcome that pays a price for every care day avoided. */
    static CareDaysAvoided careDaysAvoided(MonetaryAmount pricePerDay) {
        return new CareDaysAvoided(pricePerDay);
    }

    /**
     * A price for every care day avoided against the baseline ({@code CARE_DAYS_AVOIDED}).
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param pricePerDay the price of one care day avoided, zero or more, not null
     */
    record CareDaysAvoided(MonetaryAmount pricePerDay) implements Outcome {

        /** The type as spelt in the contract. */
        public static final String TYPE = "CARE_DAYS_AVOIDED";

        /** Validates the price. */
        public CareDaysAvoided {
            if (pricePerDay == null) {
                throw new InvalidValueException("pricePerDay", "is required");
            }
            if (pricePerDay.isNegative()) {
                throw new InvalidValueException("pricePerDay", MoneyText.withCurrency(pricePerDay) + " is negative");
            }
        }

        @Override
        public String type() {
            return TYPE;
        }
    }
}
