package org.sibcalc.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.sibcalc.Statement;
import org.sibcalc.measure.ParticipantExplanation;

/**
 * A provider's claim (docs/ledger.md): the figures of a statement as another system made it (docs/statement-json.md), and
 * optionally each young person's figures in the form of {@code explain}'s, each a {@link Figure}.
 *
 * <p>A claim is held as its figures, exactly as claimed, not as a {@link Statement}: a claim may be wrong in
 * ways a statement cannot be (a care proportion that is not its care days over its child days), and a
 * statement from another system need not give every figure sibcalc's do. What a claim leaves out is not
 * checked; see {@link ClaimCheck}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param figures the figures claimed, in the order claimed, no place twice; among them the statement's
 *                {@code asOf}
 */
public record Claim(List<Figure> figures) {

    /**
     * Checks that the claim has its reporting date, and copies the figures.
     *
     * @param figures the {@link #figures() figures} record component
     */
    public Claim {
        figures = List.copyOf(figures);
        asOf(figures);
    }

    /**
     * {@return the claim of a whole statement, such as one sibcalc made; no young person's figures}
     *
     * @param statement the statement claimed, not null
     */
    public static Claim of(Statement statement) {
        return new Claim(Figure.of(statement));
    }

    /**
     * Returns this claim with each young person's figures claimed too.
     *
     * @param outcomeNames the names of the contract's participant outcomes, in contract order
     * @param claimed each young person's figures claimed, not null
     * @return a claim with this claim's figures and theirs
     */
    public Claim withParticipants(List<String> outcomeNames, Collection<ParticipantExplanation> claimed) {
        List<Figure> all = new ArrayList<>(figures);
        claimed.forEach(p -> all.addAll(Figure.of(outcomeNames, p)));
        return new Claim(all);
    }

    /** {@return the reporting date claimed: the statement's {@code asOf}} */
    public LocalDate asOf() {
        return asOf(figures);
    }

    /** {@return true when the claim has young people's figures} */
    public boolean hasParticipants() {
        return figures.stream().anyMatch(f -> f.section() == ClaimCheck.Section.PARTICIPANT);
    }

    private static LocalDate asOf(List<Figure> figures) {
        for (Figure f : figures) {
            if (f.section() == ClaimCheck.Section.STATEMENT && f.field().equals("asOf")) {
                return LocalDate.parse(Objects.requireNonNull(f.text(), "asOf"));
            }
        }
        throw new IllegalArgumentException("A claim must have the statement's asOf");
    }
}
