package org.sibcalc.payment;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.sibcalc.measure.CohortMeasurement;
import org.sibcalc.measure.Measurement;

/**
 * The outcome payment at one measurement date (docs/rules.md, "Payments"), and, with a payment ledger, what
 * was actually paid (docs/ledger.md).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date              the measurement date, not null
 * @param cumulativeDue     what is due for all results up to the date, rounded and capped, not null
 * @param paidBefore        the sum of payments at earlier measurement dates (with a ledger, the payments
 *                          actually made), not null
 * @param payment           with a ledger entry at the date, the ledger's amount; otherwise cumulativeDue −
 *                          paidBefore, floored at zero unless the contract has clawback; not null
 * @param programme         the whole programme's measurement at the date, behind the amounts, not null
 * @param nettedCohorts     under COHORT netting, each cohort's measurement at the date, from which its due was
 *                          worked out; empty under PROGRAMME netting, where the programme is the one unit
 * @param outcomes          what each outcome of the contract adds up to at the date, in contract order
 * @param paid              true when the payment is the payment ledger's: it was made, and is a fact
 * @param recomputedPayment when {@code paid}, what the payment would be on today's data: cumulativeDue −
 *                          paidBefore, floored at zero unless the contract has clawback; empty when not paid
 * @param trueUp            at the first measurement date after the ledger's last, what today's data say was
 *                          paid too little before it (negative: too much): the paidBefore of the payment rules without a
 *                          ledger less the paidBefore from the ledger; it is part of {@code payment}. Empty at
 *                          every other date and without a ledger
 * @param uncappedDue       what the cumulative due would be without any cap: every outcome's amount before the
 *                          caps per cohort and per participant, summed and rounded as the cumulative due is, with
 *                          no total cap; equal to {@code cumulativeDue} when no cap bound, not null
 * @param capsBound         the caps that bound at the date, each of them having made what is due smaller: a
 *                          cohort's due above {@code caps.perCohort}, a young person's total above
 *                          {@code caps.perParticipant}, the rounded due above {@code caps.total}; in the order
 *                          of {@link Cap}; empty when none did. A cap that is merely reached does not bind
 */
public record Payment(LocalDate date, MonetaryAmount cumulativeDue, MonetaryAmount paidBefore,
        MonetaryAmount payment, Measurement programme, List<CohortMeasurement> nettedCohorts,
        List<OutcomeAmount> outcomes, boolean paid, Optional<MonetaryAmount> recomputedPayment,
        Optional<MonetaryAmount> trueUp, MonetaryAmount uncappedDue, Set<Cap> capsBound) {

    /**
     * Checks that every field is present, and that a recomputed payment is given exactly for a paid one.
     *
     * @param date the {@link #date() date} record component
     * @param cumulativeDue the {@link #cumulativeDue() cumulativeDue} record component
     * @param paidBefore the {@link #paidBefore() paidBefore} record component
     * @param payment the {@link #payment() payment} record component
     * @param programme the {@link #programme() programme} record component
     * @param nettedCohorts the {@link #nettedCohorts() nettedCohorts} record component
     * @param outcomes the {@link #outcomes() outcomes} record component
     * @param paid the {@link #paid() paid} record component
     * @param recomputedPayment the {@link #recomputedPayment() recomputedPayment} record component
     * @param trueUp the {@link #trueUp() trueUp} record component
     * @param uncappedDue the {@link #uncappedDue() uncappedDue} record component
     * @param capsBound the {@link #capsBound() capsBound} record component
     */
    public Payment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(cumulativeDue, "cumulativeDue");
        Objects.requireNonNull(paidBefore, "paidBefore");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(programme, "programme");
        nettedCohorts = List.copyOf(nettedCohorts);
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(recomputedPayment, "recomputedPayment (an Optional)");
        Objects.requireNonNull(trueUp, "trueUp (an Optional)");
        if (paid != recomputedPayment.isPresent()) {
            throw new IllegalArgumentException("recomputedPayment must be given exactly when the payment is paid");
        }
        if (paid && trueUp.isPresent()) {
            throw new IllegalArgumentException("a paid payment has no true-up: the true-up is at the first unpaid date");
        }
        Objects.requireNonNull(uncappedDue, "uncappedDue");
        capsBound = Objects.requireNonNull(capsBound, "capsBound").isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(capsBound));
    }

    /**
     * A payment with no cap known to have bound (its uncapped due is its cumulative due), such as one read from
     * a statement that does not say.
     *
     * @param date the {@link #date() date} record component
     * @param cumulativeDue the {@link #cumulativeDue() cumulativeDue} record component
     * @param paidBefore the {@link #paidBefore() paidBefore} record component
     * @param payment the {@link #payment() payment} record component
     * @param programme the {@link #programme() programme} record component
     * @param nettedCohorts the {@link #nettedCohorts() nettedCohorts} record component
     * @param outcomes the {@link #outcomes() outcomes} record component
     * @param paid the {@link #paid() paid} record component
     * @param recomputedPayment the {@link #recomputedPayment() recomputedPayment} record component
     * @param trueUp the {@link #trueUp() trueUp} record component
     */
    public Payment(LocalDate date, MonetaryAmount cumulativeDue, MonetaryAmount paidBefore, MonetaryAmount payment,
            Measurement programme, List<CohortMeasurement> nettedCohorts, List<OutcomeAmount> outcomes, boolean paid,
            Optional<MonetaryAmount> recomputedPayment, Optional<MonetaryAmount> trueUp) {
        this(date, cumulativeDue, paidBefore, payment, programme, nettedCohorts, outcomes, paid, recomputedPayment,
                trueUp, cumulativeDue, Set.of());
    }

    /** {@return true when at least one cap bound at the date: see {@link #capsBound()}} */
    public boolean capped() {
        return !capsBound.isEmpty();
    }

    /**
     * {@return true when this cap bound at the date}
     *
     * @param cap the cap
     */
    public boolean bound(Cap cap) {
        return capsBound.contains(cap);
    }

    /**
     * A payment worked out by the payment rules alone (docs/rules.md, "Payments"), without a payment ledger, with
     * no cap known to have bound.
     *
     * @param date the {@link #date() date} record component
     * @param cumulativeDue the {@link #cumulativeDue() cumulativeDue} record component
     * @param paidBefore the {@link #paidBefore() paidBefore} record component
     * @param payment the {@link #payment() payment} record component
     * @param programme the {@link #programme() programme} record component
     * @param nettedCohorts the {@link #nettedCohorts() nettedCohorts} record component
     * @param outcomes the {@link #outcomes() outcomes} record component
     */
    public Payment(LocalDate date, MonetaryAmount cumulativeDue, MonetaryAmount paidBefore, MonetaryAmount payment,
            Measurement programme, List<CohortMeasurement> nettedCohorts, List<OutcomeAmount> outcomes) {
        this(date, cumulativeDue, paidBefore, payment, programme, nettedCohorts, outcomes, false, Optional.empty(),
                Optional.empty());
    }
}
