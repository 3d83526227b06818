package org.sibcalc.measure;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.data.CareData;

/**
 * Each participant's days at a reporting date, counted one participant at a time straight from the rules
 * (docs/rules.md, "Days" and "Measurement"): the audit trail of a statement. Summed over a cohort, the explanations
 * give exactly that cohort's {@link Measurement}: its child days, care days, expected care days and care days
 * avoided. Each explanation also says why the young person's window ends and lists, for care and for every
 * state of the contract, the merged spans the days were counted from.
 */
public final class Explanations {

    private Explanations() {
    }

    /**
     * {@return the explanation of every participant, in the order of the data, at reporting date {@code asOf}}
     * A participant starting after {@code asOf} has an empty window and no days.
     *
     * <p>The stream is lazy and evaluated in order: it holds one participant at a time.
     *
     * @param terms the contract's terms
     * @param data the care data
     * @param asOf the reporting date
     */
    public static Stream<ParticipantExplanation> of(ContractTerms terms, CareData data, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Explainer explainer = new Explainer(Objects.requireNonNull(terms, "terms"), Objects.requireNonNull(data, "data"),
                asOf);
        Spliterator<ParticipantExplanation> participants = new Spliterators.AbstractSpliterator<>(
                data.participantCount(), Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.SIZED) {
            private int next;

            @Override
            public boolean tryAdvance(Consumer<? super ParticipantExplanation> action) {
                if (next >= data.participantCount()) {
                    return false;
                }
                action.accept(explainer.explanation(next++));
                return true;
            }
        };
        return StreamSupport.stream(participants, false);
    }
}
