package org.sibcalc.claim;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.sibcalc.Statement;
import org.sibcalc.measure.ParticipantExplanation;

/**
 * A provider's claim (docs/ledger.md): the figures of a statement as another system made it (docs/statement-json.md), and
 * optionally each young person's figures in the form of {@code explain}'s, each a {@link Figure}.
 *
 * <p>A million young people's figures are best given as columns ({@link #withParticipants(ClaimedParticipants)}):
 * the claim's {@link #figures()} then lists them as any others, each made when it is read, and
 * {@link ClaimCheck} compares them column by column.
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
     * Checks that the claim has its reporting date, and copies the figures (not the columns of young people's).
     *
     * @param figures the {@link #figures() figures} record component
     */
    public Claim {
        figures = figures instanceof WithColumns ? figures : List.copyOf(figures);
        asOf(figures instanceof WithColumns columns ? columns.others : figures);
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

    /**
     * {@return this claim with each young person's figures claimed too, as columns}
     *
     * @param participants each young person's claimed figures, as columns
     * @throws IllegalArgumentException when the claim already has young people's figures
     */
    public Claim withParticipants(ClaimedParticipants participants) {
        if (hasParticipants()) {
            throw new IllegalArgumentException("The claim already has young people's figures");
        }
        return new Claim(new WithColumns(figures, Objects.requireNonNull(participants, "participants")));
    }

    /** Returns the young people's figures when the claim has them as columns, else null. */
    ClaimedParticipants participantColumns() {
        return figures instanceof WithColumns columns ? columns.participants : null;
    }

    /** Returns the figures the claim does not hold as columns: all of them unless it has columns. */
    List<Figure> figuresBesideColumns() {
        return figures instanceof WithColumns columns ? columns.others : figures;
    }

    /** {@return the reporting date claimed: the statement's {@code asOf}} */
    public LocalDate asOf() {
        return asOf(figuresBesideColumns());
    }

    /** {@return true when the claim has young people's figures} */
    public boolean hasParticipants() {
        if (figures instanceof WithColumns columns) {
            return columns.participants.size() > 0;
        }
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

    /** The figures of a claim whose young people's are columns: the others, then the columns' figures. */
    static final class WithColumns extends AbstractList<Figure> implements RandomAccess {
        private final List<Figure> others;
        private final ClaimedParticipants participants;
        private final List<Figure> theirs;

        WithColumns(List<Figure> others, ClaimedParticipants participants) {
            this.others = List.copyOf(others);
            this.participants = participants;
            this.theirs = participants.figures();
        }

        @Override
        public Figure get(int index) {
            return index < others.size() ? others.get(index) : theirs.get(index - others.size());
        }

        @Override
        public int size() {
            return others.size() + theirs.size();
        }
    }
}
