package org.sibcalc.properties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sibcalc.Calculation;
import org.sibcalc.contract.Outcome;
import org.sibcalc.data.CareData;
import org.sibcalc.measure.Measurements;
import org.sibcalc.measure.ParticipantExplanation;
import org.sibcalc.claim.Comparison.Change;
import org.sibcalc.claim.Comparison.EpisodeChange;
import org.sibcalc.claim.Comparison.FieldChange;
import org.sibcalc.claim.Comparison.FigureChange;
import org.sibcalc.claim.Comparison.FigureChanges;
import org.sibcalc.claim.Comparison.ParticipantChange;

/**
 * The data and young people's figures of a comparison (docs/ledger.md) worked out the plain way, as
 * {@link org.sibcalc.claim.Comparison} first did: each participant's fields as texts, each episode's by
 * their labels, each young person's figures from {@link Calculation#explain} as {@link BigDecimal}s. The
 * library's columns must give exactly this.
 */
final class ComparisonByFigures {

    private static final String[] PARTICIPANT_FIELDS = {"start", "cohort", "birth_date", "exit_date"};

    final List<ParticipantChange> participants = new ArrayList<>();
    final List<EpisodeChange> episodes = new ArrayList<>();
    final List<FigureChanges> figures;

    ComparisonByFigures(Calculation before, Calculation after, LocalDate asOf) {
        List<EpisodeChange> added = new ArrayList<>();
        List<EpisodeChange> removed = new ArrayList<>();
        data(before.data(), after.data(), added, removed);
        episodes.addAll(added);
        episodes.addAll(removed);
        figures = figures(before, after, asOf);
    }

    private void data(CareData old, CareData now, List<EpisodeChange> added, List<EpisodeChange> removed) {
        boolean[] matched = new boolean[old.participantCount()];
        List<ParticipantChange> changed = new ArrayList<>();
        List<ParticipantChange> addedParticipants = new ArrayList<>();
        for (int i = 0; i < now.participantCount(); i++) {
            String id = now.id(i);
            int o = old.indexOf(id);
            String[] after = fields(now, i);
            if (o < 0) {
                addedParticipants.add(new ParticipantChange(Change.ADDED, id, fieldChanges(null, after)));
                for (int n = 0; n < now.episodeCountOf(i); n++) {
                    added.add(new EpisodeChange(Change.ADDED, now.episode(now.episodeOf(i, n))));
                }
                continue;
            }
            matched[o] = true;
            List<FieldChange> fields = fieldChanges(fields(old, o), after);
            if (!fields.isEmpty()) {
                changed.add(new ParticipantChange(Change.CHANGED, id, fields));
            }
            episodes(old, o, now, i, added, removed);
        }
        List<ParticipantChange> removedParticipants = new ArrayList<>();
        List<EpisodeChange> removedWithParticipant = new ArrayList<>();
        for (int o = 0; o < matched.length; o++) {
            if (!matched[o]) {
                removedParticipants.add(new ParticipantChange(Change.REMOVED, old.id(o), fieldChanges(fields(old, o), null)));
                for (int n = 0; n < old.episodeCountOf(o); n++) {
                    removedWithParticipant.add(new EpisodeChange(Change.REMOVED, old.episode(old.episodeOf(o, n))));
                }
            }
        }
        participants.addAll(addedParticipants);
        participants.addAll(removedParticipants);
        participants.addAll(changed);
        removed.addAll(removedWithParticipant);
        removed.sort(Comparator.comparingInt(e -> old.indexOf(e.episode().participantId())));
    }

    private static String[] fields(CareData data, int i) {
        return new String[] {day(data.startDay(i)), data.explicitCohort(i), day(data.birthDay(i)), day(data.exitDay(i))};
    }

    private static String day(int day) {
        return day == CareData.NO_DAY ? null : LocalDate.ofEpochDay(day).toString();
    }

    private static List<FieldChange> fieldChanges(String[] before, String[] after) {
        List<FieldChange> changes = new ArrayList<>();
        for (int f = 0; f < PARTICIPANT_FIELDS.length; f++) {
            String b = before == null ? null : before[f];
            String a = after == null ? null : after[f];
            if (!Objects.equals(b, a)) {
                changes.add(new FieldChange(PARTICIPANT_FIELDS[f], b, a));
            }
        }
        return changes;
    }

    private static void episodes(CareData old, int o, CareData now, int i, List<EpisodeChange> added,
            List<EpisodeChange> removed) {
        int oldCount = old.episodeCountOf(o);
        boolean[] oldMatched = new boolean[oldCount];
        for (int n = 0; n < now.episodeCountOf(i); n++) {
            int e = now.episodeOf(i, n);
            boolean found = false;
            for (int m = 0; m < oldCount && !found; m++) {
                int f = old.episodeOf(o, m);
                if (!oldMatched[m] && old.episodeStartDay(f) == now.episodeStartDay(e)
                        && old.episodeEndDay(f) == now.episodeEndDay(e)
                        && old.episodeTypes().get(old.episodeTypeIndex(f)).equals(now.episodeTypes().get(now.episodeTypeIndex(e)))
                        && old.episodePlacements().get(old.episodePlacementIndex(f))
                                .equals(now.episodePlacements().get(now.episodePlacementIndex(e)))) {
                    oldMatched[m] = true;
                    found = true;
                }
            }
            if (!found) {
                added.add(new EpisodeChange(Change.ADDED, now.episode(e)));
            }
        }
        for (int m = 0; m < oldCount; m++) {
            if (!oldMatched[m]) {
                removed.add(new EpisodeChange(Change.REMOVED, old.episode(old.episodeOf(o, m))));
            }
        }
    }

    private static List<FigureChanges> figures(Calculation before, Calculation after, LocalDate asOf) {
        List<String> oldOutcomes = before.terms().participantOutcomes().stream().map(Outcome::name).toList();
        List<String> newOutcomes = after.terms().participantOutcomes().stream().map(Outcome::name).toList();
        Set<String> outcomes = new LinkedHashSet<>(newOutcomes);
        outcomes.addAll(oldOutcomes);
        List<ParticipantExplanation> old = before.explain(asOf).toList();
        CareData oldData = before.data();
        boolean[] seen = new boolean[old.size()];
        List<FigureChanges> changes = new ArrayList<>();
        for (Iterator<ParticipantExplanation> it = after.explain(asOf).iterator(); it.hasNext(); ) {
            ParticipantExplanation p = it.next();
            int o = oldData.indexOf(p.id());
            ParticipantExplanation q = o < 0 ? null : old.get(o);
            if (o >= 0) {
                seen[o] = true;
            }
            List<FigureChange> list = new ArrayList<>();
            figure(list, "child_days", q == null ? null : BigDecimal.valueOf(q.childDays()), BigDecimal.valueOf(p.childDays()));
            figure(list, "care_days", q == null ? null : BigDecimal.valueOf(q.careDays()), BigDecimal.valueOf(p.careDays()));
            figure(list, "expected_care_days", q == null ? null : q.expectedCareDays(), p.expectedCareDays());
            for (String outcome : outcomes) {
                int b = oldOutcomes.indexOf(outcome);
                int a = newOutcomes.indexOf(outcome);
                figure(list, outcome, q == null || b < 0 ? null : BigDecimal.valueOf(q.outcomeUnits().get(b)),
                        a < 0 ? null : BigDecimal.valueOf(p.outcomeUnits().get(a)));
            }
            if (!list.isEmpty()) {
                changes.add(new FigureChanges(p.id(), o < 0 ? Change.ADDED : Change.CHANGED, list));
            }
        }
        for (int o = 0; o < old.size(); o++) {
            if (!seen[o]) {
                ParticipantExplanation q = old.get(o);
                List<FigureChange> list = new ArrayList<>();
                figure(list, "child_days", BigDecimal.valueOf(q.childDays()), null);
                figure(list, "care_days", BigDecimal.valueOf(q.careDays()), null);
                figure(list, "expected_care_days", q.expectedCareDays(), null);
                for (int u = 0; u < oldOutcomes.size(); u++) {
                    figure(list, oldOutcomes.get(u), BigDecimal.valueOf(q.outcomeUnits().get(u)), null);
                }
                if (!list.isEmpty()) {
                    changes.add(new FigureChanges(q.id(), Change.REMOVED, list));
                }
            }
        }
        changes.sort(Comparator.comparing(FigureChanges::largest).reversed()
                .thenComparing(FigureChanges::id, Measurements.CODE_POINT_ORDER));
        return changes;
    }

    private static void figure(List<FigureChange> list, String field, BigDecimal before, BigDecimal after) {
        BigDecimal b = before == null ? BigDecimal.ZERO : before;
        BigDecimal a = after == null ? BigDecimal.ZERO : after;
        if (a.compareTo(b) != 0) {
            list.add(new FigureChange(field, before, after, a.subtract(b)));
        }
    }
}
