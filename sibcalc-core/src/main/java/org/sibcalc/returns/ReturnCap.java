package org.sibcalc.returns;

import java.math.BigDecimal;
import org.sibcalc.basics.InvalidValueException;

/**
 * What limits the investors' return, tier 2 of the waterfall (README, "Investors' returns"): nothing, a money multiple or an
 * IRR. What a cap holds back goes to tier 3, the surplus, shared between the investors and the commissioner.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface ReturnCap {

    /** No cap: after their capital, the investors get everything distributed. */
    ReturnCap NONE = new Uncapped();

    /**
     * {@return a cap of {@code multiple} times the capital drawn}
     *
     * @param multiple the money multiple, at least 1, not null
     */
    static ReturnCap multiple(BigDecimal multiple) {
        return new Multiple(multiple);
    }

    /**
     * {@return a cap at an IRR of {@code rate} a year (0.10 for 10%)}
     *
     * @param rate the annual rate (0.08 for 8% a year), zero or more, not null
     */
    static ReturnCap irr(BigDecimal rate) {
        return new Irr(rate);
    }

    /** No cap on the return. */
    record Uncapped() implements ReturnCap {
    }

    /**
     * The investors' distributions to date may reach {@code multiple} × the capital drawn to date (rounded
     * down to the minor unit), and no more: with 2.00, £1.5m drawn allows £3.0m distributed in all.
     *
     * <p>Field name in messages: {@code multiple}.
     *
     * @param multiple the money multiple, at least 1
     */
    record Multiple(BigDecimal multiple) implements ReturnCap {

        /**
         * Validates the multiple.
         *
         * @param multiple the {@link #multiple() multiple} record component
         */
        public Multiple {
            InvalidValueException.required("multiple", multiple);
            if (multiple.compareTo(BigDecimal.ONE) < 0) {
                throw new InvalidValueException("multiple", multiple.toPlainString()
                        + " is below 1: a cap below the capital drawn would keep back the capital itself");
            }
        }
    }

    /**
     * The investors' distributions at a date may reach the amount A that brings the investors' IRR on
     * their cash to date to exactly {@code rate}, and no more: {@code XNPV_rate(drawdowns to date,
     * earlier distributions, A at the date) = 0} (README, "Investors' returns"), A rounded down to the minor unit.
     *
     * <p>Field name in messages: {@code irr}.
     *
     * @param rate the annual rate (0.08 for 8% a year), zero or more
     */
    record Irr(BigDecimal rate) implements ReturnCap {

        /**
         * Validates the rate.
         *
         * @param rate the {@link #rate() rate} record component
         */
        public Irr {
            InvalidValueException.required("irr", rate);
            if (rate.signum() < 0) {
                throw new InvalidValueException("irr", rate.toPlainString() + " is negative");
            }
        }
    }
}
