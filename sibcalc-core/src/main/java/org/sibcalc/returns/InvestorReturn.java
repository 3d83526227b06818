package org.sibcalc.returns;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * What one investor, or all of them together, put in and got back up to the reporting date (README, "Investors' returns").
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param investor      the investor's name, or {@link Returns#ALL_INVESTORS} for all of them; not null
 * @param commitment    the capital committed, not null
 * @param drawn         the capital drawn up to the reporting date, not null
 * @param distributed   the distributions received up to the reporting date, all tiers, not null
 * @param moneyMultiple distributed / drawn, 6 places half-even; empty when nothing was drawn
 * @param irr           the IRR of the flows (XIRR, Act/365), 6 places half-even, as a fraction a year (0.083215
 *                      for 8.3215%); empty when there is no rate from −0.99 to 100 ({@link Xirr}); the flows
 *                      behind it are {@link Returns#flows(String)}
 */
public record InvestorReturn(String investor, MonetaryAmount commitment, MonetaryAmount drawn,
        MonetaryAmount distributed, Optional<BigDecimal> moneyMultiple, Optional<BigDecimal> irr) {

    /**
     * Checks the fields.
     *
     * @param investor the {@link #investor() investor} record component
     * @param commitment the {@link #commitment() commitment} record component
     * @param drawn the {@link #drawn() drawn} record component
     * @param distributed the {@link #distributed() distributed} record component
     * @param moneyMultiple the {@link #moneyMultiple() moneyMultiple} record component
     * @param irr the {@link #irr() irr} record component
     */
    public InvestorReturn {
        Objects.requireNonNull(investor, "investor");
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(drawn, "drawn");
        Objects.requireNonNull(distributed, "distributed");
        Objects.requireNonNull(moneyMultiple, "moneyMultiple");
        Objects.requireNonNull(irr, "irr");
    }

    /** {@return distributed − drawn: the investor's net gain (negative for a loss)} */
    public MonetaryAmount net() {
        return distributed.subtract(drawn);
    }
}
