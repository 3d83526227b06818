package org.sibcalc.returns;

import java.math.BigDecimal;
import org.sibcalc.basics.InvalidValueException;

/**
 * How each distribution is split (README, "Investors' returns"): (1) capital, to the investors until their distributions to
 * date equal the capital drawn to date; (2) return, to the investors, as far as the {@link ReturnCap}
 * allows; (3) surplus, what is left: {@code surplusToInvestors} of it (rounded down to the minor unit) to
 * the investors, the rest retained for the commissioner.
 *
 * <p>Field names in messages are those of the investment file: {@code waterfall.returnCap},
 * {@code waterfall.surplusToInvestors}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param returnCap          the cap on tier 2, not null ({@link ReturnCap#NONE} for none)
 * @param surplusToInvestors the investors' share of the surplus, from 0 to 1; zero without a cap, where
 *                           no surplus is left
 */
public record Waterfall(ReturnCap returnCap, BigDecimal surplusToInvestors) {

    /** No cap: everything after the capital is the investors' return. */
    public static final Waterfall UNCAPPED = new Waterfall(ReturnCap.NONE, BigDecimal.ZERO);

    /**
     * Validates the cap and the share.
     *
     * @param returnCap the {@link #returnCap() returnCap} record component
     * @param surplusToInvestors the {@link #surplusToInvestors() surplusToInvestors} record component
     */
    public Waterfall {
        InvalidValueException.required("waterfall.returnCap", returnCap);
        InvalidValueException.required("waterfall.surplusToInvestors", surplusToInvestors);
        if (surplusToInvestors.signum() < 0 || surplusToInvestors.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException("waterfall.surplusToInvestors", surplusToInvestors.toPlainString()
                    + " is not from 0 to 1");
        }
        if (returnCap instanceof ReturnCap.Uncapped && surplusToInvestors.signum() != 0) {
            throw new InvalidValueException("waterfall.surplusToInvestors",
                    "needs a returnCap: without a cap there is no surplus to share");
        }
    }

    /**
     * {@return a waterfall with a cap on the return and nothing of the surplus to the investors}
     *
     * @param returnCap the cap on the investors' return, not null
     */
    public static Waterfall capped(ReturnCap returnCap) {
        return new Waterfall(returnCap, BigDecimal.ZERO);
    }

    /**
     * {@return a waterfall with a cap on the return and a share of the surplus to the investors}
     *
     * @param returnCap the cap on the investors' return, not null
     * @param surplusToInvestors the investors' share of the surplus above the cap, from 0 to 1; not null
     */
    public static Waterfall capped(ReturnCap returnCap, BigDecimal surplusToInvestors) {
        return new Waterfall(returnCap, surplusToInvestors);
    }
}
