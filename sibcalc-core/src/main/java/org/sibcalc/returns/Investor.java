package org.sibcalc.returns;

import javax.money.MonetaryAmount;

/**
 * An investor in the SPV and the most it has agreed to put in. Every dated amount is shared among the
 * investors pro rata to their commitments ({@link ProRata}).
 *
 * <p>Field names in messages are those of the investment file: {@code name}, {@code commitment}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name       the investor's name, unique among the investors; not blank, no leading or trailing blanks
 * @param commitment the capital committed: positive, with at most the currency's minor-unit places
 */
public record Investor(String name, MonetaryAmount commitment) {

    /**
     * Validates the name and the commitment.
     *
     * @param name the {@link #name() name} record component
     * @param commitment the {@link #commitment() commitment} record component
     */
    public Investor {
        name = Amounts.trimmedText("name", name);
        Amounts.positive("commitment", commitment);
    }

    /**
     * {@return an investor; see the record description}
     *
     * @param name the investor's name, not null or blank
     * @param commitment the capital the investor commits, not null
     */
    public static Investor of(String name, MonetaryAmount commitment) {
        return new Investor(name, commitment);
    }
}
