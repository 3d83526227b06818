package org.sibcalc.returns;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One movement of the SPV's cash, with the balance after it (README, "Investors' returns"). On each date the events come in the
 * order of {@link Kind}: drawdowns, receipts, costs, clawbacks, then the distribution to investors and the
 * surplus retained.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date            the day, not null
 * @param kind            what moved, not null
 * @param amount          the change in the SPV's cash: positive in, negative out; never zero; not null
 * @param balance         the SPV's cash after this event, not null
 * @param measurementDate for a receipt or a clawback, the measurement date of the outcome payment; else empty
 * @param description     a cost's description; empty for other events, never null
 * @param byInvestor      for a drawdown, what each investor put in; for a distribution, what each got; else
 *                        empty
 */
public record CashEvent(LocalDate date, Kind kind, MonetaryAmount amount, MonetaryAmount balance,
        Optional<LocalDate> measurementDate, String description, Optional<Allocation> byInvestor) {

    /** What moved the SPV's cash, in the order of the events of one date. */
    public enum Kind {
        /** Capital called from the investors: in. */
        DRAWDOWN,
        /** An outcome payment from the commissioner: in. */
        RECEIPT,
        /** A cost of the programme: out. */
        COST,
        /** A negative outcome payment (clawback) paid back to the commissioner: out. */
        CLAWBACK,
        /** The investors' part of a distribution, all tiers together: out. */
        DISTRIBUTION,
        /** The part of the surplus not for the investors, which leaves the SPV for the commissioner: out. */
        RETAINED
    }

    /**
     * Checks the fields.
     *
     * @param date the {@link #date() date} record component
     * @param kind the {@link #kind() kind} record component
     * @param amount the {@link #amount() amount} record component
     * @param balance the {@link #balance() balance} record component
     * @param measurementDate the {@link #measurementDate() measurementDate} record component
     * @param description the {@link #description() description} record component
     * @param byInvestor the {@link #byInvestor() byInvestor} record component
     */
    public CashEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(measurementDate, "measurementDate");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(byInvestor, "byInvestor");
    }
}
