package org.sibcalc.ledger;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sibcalc.Statement;
import org.sibcalc.measure.ParticipantExplanation;

/**
 * A provider's claim: a statement as another system made it (SPEC §7), and optionally each young person's
 * figures in the form of {@code explain} (SPEC §9).
 *
 * <p>A statement from another system need not give every figure sibcalc's do: what it leaves out is not
 * checked. {@link #stated()} says which parts beyond the figures of SPEC §7 that every statement has
 * (the programme, the cohorts, and each payment's date, cumulative due, paid before and payment) the claim
 * gives; a part not stated is not compared, whatever the statement object holds there.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param statement    the statement claimed, not null
 * @param stated       the parts of each payment beyond SPEC §7's core that the claim gives, not null
 * @param participants each young person's figures claimed, in any order, one per id; null when the claim has
 *                     none (then no young person is checked)
 */
public record Claim(Statement statement, Set<Part> stated, List<ParticipantExplanation> participants) {

    /** The parts of a payment that a claim may leave out. */
    public enum Part {
        /** {@code outcomes}: each outcome's units and amount (SPEC §7, v2). */
        OUTCOMES,
        /** {@code paid}, {@code recomputedPayment} and {@code trueUp}, the payment ledger's (SPEC §9). */
        LEDGER,
        /** The programme's measurement at the payment's date (participants, child days, ...), as sibcalc gives it. */
        PAYMENT_MEASUREMENTS,
        /** Under COHORT netting, each cohort's measurement at the payment's date, as sibcalc gives it. */
        NETTED_COHORTS
    }

    /** Checks the fields and copies the collections. */
    public Claim {
        Objects.requireNonNull(statement, "statement");
        stated = stated.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(stated));
        participants = participants == null ? null : List.copyOf(participants);
    }

    /** Returns a claim of a whole statement, such as one sibcalc made: every part is stated; no young person. */
    public static Claim of(Statement statement) {
        return new Claim(statement, EnumSet.allOf(Part.class), null);
    }

    /** Returns this claim with each young person's figures claimed. */
    public Claim withParticipants(List<ParticipantExplanation> claimed) {
        return new Claim(statement, stated, Objects.requireNonNull(claimed, "claimed"));
    }
}
