package org.sibcalc.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.MeasurementDates;
import org.sibcalc.contract.Outcome;
import org.sibcalc.contract.OutcomeWindow;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.Participant;

/**
 * A generated, valid calculation: contract terms, participants, their episodes and a reporting date.
 *
 * <p>{@link #toString()} is what QuickTheories prints for a shrunk counterexample, so it lays the scenario
 * out the way a person would write it down: the terms on one line, then each participant with its episodes.
 */
record Scenario(ContractTerms terms, List<Participant> participants, List<CareEpisode> episodes, LocalDate asOf) {

    Scenario {
        Objects.requireNonNull(terms, "terms");
        participants = List.copyOf(participants);
        episodes = List.copyOf(episodes);
        Objects.requireNonNull(asOf, "asOf");
    }

    CareData data() {
        return CareData.of(participants, episodes);
    }

    Calculation calculation() {
        return Calculation.of(terms, data());
    }

    Statement statement() {
        return calculation().statement(asOf);
    }

    Scenario withTerms(ContractTerms newTerms) {
        return new Scenario(newTerms, participants, episodes, asOf);
    }

    Scenario withParticipants(List<Participant> newParticipants) {
        return new Scenario(terms, newParticipants, episodes, asOf);
    }

    Scenario withEpisodes(List<CareEpisode> newEpisodes) {
        return new Scenario(terms, participants, newEpisodes, asOf);
    }

    Scenario withAsOf(LocalDate newAsOf) {
        return new Scenario(terms, participants, episodes, newAsOf);
    }

    Scenario keepingEpisodes(Predicate<CareEpisode> keep) {
        return withEpisodes(episodes.stream().filter(keep).toList());
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("\nScenario asOf ").append(asOf).append('\n');
        text.append("  terms: ").append(describe(terms)).append('\n');
        List<CareEpisode> unlisted = new ArrayList<>(episodes);
        for (Participant p : participants) {
            text.append("  ").append(p.id()).append(" start ").append(p.start());
            if (p.birthDate() != null) {
                text.append(" born ").append(p.birthDate());
            }
            if (p.exitDate() != null) {
                text.append(" exit ").append(p.exitDate());
            }
            if (p.cohort() != null) {
                text.append(" cohort '").append(p.cohort()).append('\'');
            }
            text.append('\n');
            for (CareEpisode e : episodes) {
                if (e.participantId().equals(p.id())) {
                    text.append("      ").append(describe(e)).append('\n');
                    unlisted.remove(e);
                }
            }
        }
        for (CareEpisode e : unlisted) {
            text.append("  (no participant) ").append(e.participantId()).append(' ').append(describe(e)).append('\n');
        }
        return text.toString();
    }

    static String describe(CareEpisode e) {
        return "episode " + e.start() + " .. " + (e.end() == null ? "open" : e.end()) + " " + e.type()
                + (e.placement().isEmpty() ? "" : " placement " + e.placement());
    }

    static String describe(ContractTerms t) {
        StringBuilder text = new StringBuilder();
        text.append(t.episodeEnd());
        text.append(", careTypes ").append(t.careTypes() == null ? "all" : t.careTypes().stream().sorted().toList());
        text.append(", tracking ").append(t.tracking().period());
        if (t.tracking().ageOutAt() != null) {
            text.append(" ageOut ").append(t.tracking().ageOutAt());
        }
        text.append(", cohorts ").append(t.cohortRule());
        if (t.measurement() instanceof MeasurementDates.Every every) {
            text.append(", every ").append(every.every()).append(' ').append(every.from()).append(" .. ").append(every.to());
        } else {
            text.append(", dates ").append(t.measurement().dates());
        }
        if (t.baseline() == null) {
            text.append(", no baseline");
        } else if (t.baseline() instanceof Baseline.Flat flat) {
            text.append(", baseline flat ").append(flat.proportion().toPlainString());
        } else {
            text.append(", baseline monthly ").append(t.baseline().byMonth().stream()
                    .map(b -> b.toPlainString()).collect(Collectors.joining(" ", "[", "]")));
        }
        t.careDaysAvoided().ifPresent(c -> text.append(", price ").append(c.pricePerDay()));
        text.append(", netting ").append(t.netting());
        if (t.caps().total() != null) {
            text.append(", cap total ").append(t.caps().total());
        }
        if (t.caps().perCohort() != null) {
            text.append(", cap perCohort ").append(t.caps().perCohort());
        }
        if (t.caps().perParticipant() != null) {
            text.append(", cap perParticipant ").append(t.caps().perParticipant());
        }
        text.append(", rounding ").append(t.rounding());
        text.append(t.clawback() ? ", clawback" : ", no clawback");
        t.states().forEach((name, state) -> text.append("\n  state ").append(name)
                .append(state.types() == null ? "" : " types " + state.types())
                .append(state.placements() == null ? "" : " placements " + state.placements()));
        if (t.careDaysAvoided().isEmpty() || t.outcomes().size() > 1) {
            for (Outcome.PerParticipant o : t.participantOutcomes()) {
                text.append("\n  outcome ").append(describe(o));
            }
        }
        return text.toString();
    }

    /** A participant outcome on one line, as it might be written in a contract, defaults left out. */
    static String describe(Outcome.PerParticipant o) {
        StringBuilder text = new StringBuilder(o.name()).append(' ').append(o.type());
        if (o.condition() != null) {
            text.append(' ').append(o.condition());
        }
        if (o instanceof Outcome.Blocks b) {
            text.append(" block ").append(b.block());
            if (b.maxBlocks() != Outcome.Blocks.NO_MAXIMUM) {
                text.append(" maxBlocks ").append(b.maxBlocks());
            }
        } else if (o instanceof Outcome.Milestone m) {
            text.append(" sustained ").append(m.sustained()).append(m.fromStart() ? " fromStart" : "");
        }
        text.append(" price ").append(o.pricePerUnit());
        if (!o.window().equals(OutcomeWindow.WHOLE)) {
            text.append(" window ").append(o.window().from()).append(" .. ")
                    .append(o.window().to() == null ? "end" : o.window().to());
        }
        if (!o.cohorts().isEmpty()) {
            text.append(" cohorts ").append(o.cohorts());
        }
        if (o.deadweight().signum() != 0) {
            text.append(" deadweight ").append(o.deadweight().toPlainString());
        }
        return text.toString();
    }
}
