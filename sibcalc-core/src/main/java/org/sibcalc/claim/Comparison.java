package org.sibcalc.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.basics.DecimalColumn;
import org.sibcalc.basics.Futures;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.measure.ExplanationTable;
import org.sibcalc.measure.Measurements;
import org.sibcalc.measure.TooManyCohortsException;
import org.sibcalc.payment.Payment;

/**
 * Why the numbers moved between two extracts of a programme's data (docs/ledger.md): what changed in the data and
 * the contract, and what it changed in the cumulative due and in each young person's figures.
 *
 * <p>Everything here comes from the two calculations' own results, compared: their data, their contract
 * terms, their statements and their explanations at one reporting date; nothing is worked out but the
 * differences. A participant is matched by id; an episode by all its fields (id, start, end, type and
 * placement), so a corrected end date is one episode removed and one added.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param asOf          the reporting date of both, not null
 * @param terms         every contract term that differs, in the order of the contract's fields; empty when
 *                      both folders have the same terms
 * @param participants  the participants added (in the new data's order), removed (in the old data's order) and
 *                      changed (in the new data's order)
 * @param episodes      the episodes added (in the new data's order) and removed (in the old data's order)
 * @param cumulativeDue the cumulative due before and after at every measurement date up to {@code asOf}
 * @param figures       the young people whose child days, care days, expected care days or outcome units at
 *                      {@code asOf} changed (including those added and removed, a missing figure counting
 *                      as zero), largest change first (the largest of a young person's changes in size, then
 *                      by id)
 */
public record Comparison(LocalDate asOf, List<TermChange> terms, List<ParticipantChange> participants,
        List<EpisodeChange> episodes, List<DueChange> cumulativeDue, List<FigureChanges> figures) {

    /** What happened to a participant or an episode. */
    public enum Change {
        /** Only the new extract has it. */
        ADDED,
        /** Only the old extract has it. */
        REMOVED,
        /** Both have it, with different values. */
        CHANGED
    }

    /**
     * A contract term that differs.
     *
     * @param term   the term's path in the contract file, such as {@code outcomes[0].pricePerDay}, not null
     * @param before the old contract's value; empty when it does not set the term
     * @param after  the new contract's value; empty when it does not set the term
     */
    public record TermChange(String term, Optional<String> before, Optional<String> after) {
        /**
         * Checks the term's name.
         *
         * @param term the {@link #term() term} record component
         * @param before the {@link #before() before} record component
         * @param after the {@link #after() after} record component
         */
        public TermChange {
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(before, "before (an Optional)");
            Objects.requireNonNull(after, "after (an Optional)");
        }
    }

    /**
     * A field of a participant that differs, by its column in the participants file.
     *
     * @param field  {@code start}, {@code cohort}, {@code birth_date} or {@code exit_date}, not null
     * @param before the old value; empty when blank or absent
     * @param after  the new value; empty when blank or absent
     */
    public record FieldChange(String field, Optional<String> before, Optional<String> after) {
        /**
         * Checks the field's name.
         *
         * @param field the {@link #field() field} record component
         * @param before the {@link #before() before} record component
         * @param after the {@link #after() after} record component
         */
        public FieldChange {
            Objects.requireNonNull(field, "field");
        }
    }

    /**
     * A participant added, removed or changed, field by field. An added participant lists each field it has
     * with no value before; a removed one each field it had with no value after.
     *
     * @param change what happened, not null
     * @param id     the participant's id, not null
     * @param fields the fields that differ, in the order of the participants file's columns
     */
    public record ParticipantChange(Change change, String id, List<FieldChange> fields) {
        /**
         * Checks the fields and copies the list.
         *
         * @param change the {@link #change() change} record component
         * @param id the {@link #id() id} record component
         * @param fields the {@link #fields() fields} record component
         */
        public ParticipantChange {
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(id, "id");
            fields = List.copyOf(fields);
        }
    }

    /**
     * An episode added or removed.
     *
     * @param change {@code ADDED} or {@code REMOVED}, not null
     * @param episode the episode, as recorded, not null
     */
    public record EpisodeChange(Change change, CareEpisode episode) {
        /**
         * Checks the fields.
         *
         * @param change the {@link #change() change} record component
         * @param episode the {@link #episode() episode} record component
         */
        public EpisodeChange {
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(episode, "episode");
        }
    }

    /**
     * The cumulative due at one measurement date before and after.
     *
     * @param date       the measurement date, not null
     * @param before     the old statement's cumulative due; empty when the date is not one of the old contract's
     * @param after      the new statement's cumulative due; empty when the date is not one of the new contract's
     * @param difference after − before; empty when either is missing or their currencies differ
     */
    public record DueChange(LocalDate date, Optional<MonetaryAmount> before, Optional<MonetaryAmount> after,
            Optional<MonetaryAmount> difference) {
        /**
         * Checks the date.
         *
         * @param date the {@link #date() date} record component
         * @param before the {@link #before() before} record component
         * @param after the {@link #after() after} record component
         * @param difference the {@link #difference() difference} record component
         */
        public DueChange {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(before, "before (an Optional)");
            Objects.requireNonNull(after, "after (an Optional)");
            Objects.requireNonNull(difference, "difference (an Optional)");
        }
    }

    /**
     * One of a young person's figures that changed.
     *
     * @param field  {@code child_days}, {@code care_days}, {@code expected_care_days}, or the name of a
     *               participant outcome (its units), as {@code explain} heads its columns; not null
     * @param before the old figure; empty when the old extract has no such participant (or outcome, or baseline)
     * @param after  the new figure; empty likewise
     * @param change after − before, a missing figure counting as zero; not null
     */
    public record FigureChange(String field, Optional<BigDecimal> before, Optional<BigDecimal> after, BigDecimal change) {
        /**
         * Checks the fields.
         *
         * @param field the {@link #field() field} record component
         * @param before the {@link #before() before} record component
         * @param after the {@link #after() after} record component
         * @param change the {@link #change() change} record component
         */
        public FigureChange {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(before, "before (an Optional)");
            Objects.requireNonNull(after, "after (an Optional)");
            Objects.requireNonNull(change, "change");
        }
    }

    /**
     * A young person's figures that changed.
     *
     * @param id      the participant's id, not null
     * @param change  whether the participant was added, removed, or is in both extracts, not null
     * @param changes each figure that changed, in the order of {@code explain}'s columns, at least one
     */
    public record FigureChanges(String id, Change change, List<FigureChange> changes) {
        /**
         * Checks the fields and copies the list.
         *
         * @param id the {@link #id() id} record component
         * @param change the {@link #change() change} record component
         * @param changes the {@link #changes() changes} record component
         */
        public FigureChanges {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(change, "change");
            changes = List.copyOf(changes);
        }

        /** {@return the largest change in size, never negative} */
        public BigDecimal largest() {
            return changes.stream().map(c -> c.change().abs()).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        }
    }

    /**
     * Checks the fields and copies the lists.
     *
     * @param asOf the {@link #asOf() asOf} record component
     * @param terms the {@link #terms() terms} record component
     * @param participants the {@link #participants() participants} record component
     * @param episodes the {@link #episodes() episodes} record component
     * @param cumulativeDue the {@link #cumulativeDue() cumulativeDue} record component
     * @param figures the {@link #figures() figures} record component
     */
    public Comparison {
        Objects.requireNonNull(asOf, "asOf");
        terms = List.copyOf(terms);
        participants = List.copyOf(participants);
        episodes = List.copyOf(episodes);
        cumulativeDue = List.copyOf(cumulativeDue);
        figures = List.copyOf(figures);
    }

    /** {@return true when nothing differs: the same terms, data, cumulative due and figures} */
    public boolean isEmpty() {
        return terms.isEmpty() && participants.isEmpty() && episodes.isEmpty() && figures.isEmpty()
                && cumulativeDue.stream().allMatch(d -> d.difference().isPresent() && d.difference().get().isZero());
    }

    /**
     * {@return the participants of one kind of change, in the order of {@link #participants()}}
     *
     * @param change the kind of change, not null
     */
    public List<ParticipantChange> participants(Change change) {
        return participants.stream().filter(p -> p.change() == change).toList();
    }

    /**
     * {@return the episodes of one kind of change, in the order of {@link #episodes()}}
     *
     * @param change the kind of change, not null
     */
    public List<EpisodeChange> episodes(Change change) {
        return episodes.stream().filter(e -> e.change() == change).toList();
    }

    /**
     * Compares two extracts at a reporting date: the old calculation's terms, data, statement and
     * explanations against the new one's. The ledgers of the calculations do not matter: the cumulative due
     * does not depend on what was paid.
     *
     * <p>Each extract's statement and explanations are worked out in one pass each, the old extract's on
     * another thread (the common fork-join pool) while the new one's are worked out on this one.
     *
     * @param before the calculation of the old extract, not null
     * @param after the calculation of the new extract, not null
     * @param asOf the reporting date, not null
     * @return every difference between the two
     * @throws TooManyCohortsException when an extract's young people fall into more cohorts than a calculation can
     *         hold; its {@link TooManyCohortsException#extract() extract} is {@code "before"} or {@code "after"}
     *         (the old extract's when both)
     */
    public static Comparison of(Calculation before, Calculation after, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        CompletableFuture<Side> earlier = CompletableFuture.supplyAsync(() -> Side.of(before, asOf, "before"));
        Side now;
        Side old;
        try {
            now = Side.of(after, asOf, "after");
        } finally {
            old = Futures.join(earlier); // the old extract's error first, when both have one
        }
        List<ParticipantChange> participants = new ArrayList<>();
        List<EpisodeChange> added = new ArrayList<>();
        List<EpisodeChange> removed = new ArrayList<>();
        int[] oldIndex = data(before.data(), after.data(), participants, added, removed);
        List<EpisodeChange> episodes = new ArrayList<>(added);
        episodes.addAll(removed);
        return new Comparison(asOf, terms(before.terms(), after.terms()), participants, episodes,
                dues(old.statement, now.statement), figures(old.explanations, now.explanations, oldIndex));
    }

    /** One extract's statement and explanations at the reporting date. */
    private record Side(Statement statement, ExplanationTable explanations) {
        static Side of(Calculation calculation, LocalDate asOf, String which) {
            try {
                return new Side(calculation.statement(asOf),
                        ExplanationTable.of(calculation.terms(), calculation.data(), asOf));
            } catch (TooManyCohortsException e) {
                throw e.inExtract(which);
            }
        }
    }

    private static List<TermChange> terms(ContractTerms before, ContractTerms after) {
        Map<String, String> old = TermValues.of(before);
        Map<String, String> now = TermValues.of(after);
        Set<String> names = new LinkedHashSet<>(now.keySet());
        names.addAll(old.keySet());
        List<TermChange> changes = new ArrayList<>();
        for (String name : names) {
            if (!Objects.equals(old.get(name), now.get(name))) {
                changes.add(new TermChange(name, Optional.ofNullable(old.get(name)), Optional.ofNullable(now.get(name))));
            }
        }
        return changes;
    }

    private static final String[] PARTICIPANT_FIELDS = {"start", "cohort", "birth_date", "exit_date"};

    /**
     * Finds the participants and episodes added, removed and changed.
     *
     * @return each new participant's position in the old data, or -1 for one added
     */
    private static int[] data(CareData old, CareData now, List<ParticipantChange> participants,
            List<EpisodeChange> added, List<EpisodeChange> removed) {
        boolean[] matched = new boolean[old.participantCount()];
        int[] oldIndex = new int[now.participantCount()];
        List<ParticipantChange> changed = new ArrayList<>();
        List<ParticipantChange> addedParticipants = new ArrayList<>();
        int[] cohortOf = labels(old.cohortLabels(), now.cohortLabels()); // old label → new, or -2
        int[] typeOf = labels(old.episodeTypes(), now.episodeTypes());
        int[] placementOf = labels(old.episodePlacements(), now.episodePlacements());
        int hint = 0;
        for (int i = 0; i < now.participantCount(); i++) {
            // Ids in the same order in both (the usual case) are found where the last one left off.
            int o = old.indexOf(now, i, hint);
            oldIndex[i] = o;
            if (o < 0) {
                addedParticipants.add(new ParticipantChange(Change.ADDED, now.id(i), fieldChanges(null, fields(now, i))));
                for (int n = 0; n < now.episodeCountOf(i); n++) {
                    added.add(new EpisodeChange(Change.ADDED, now.episode(now.episodeOf(i, n))));
                }
                continue;
            }
            hint = o + 1;
            matched[o] = true;
            if (old.startDay(o) != now.startDay(i) || old.birthDay(o) != now.birthDay(i) || old.exitDay(o) != now.exitDay(i)
                    || !sameCohort(old.cohortIndex(o), now.cohortIndex(i), cohortOf)) {
                List<FieldChange> fields = fieldChanges(fields(old, o), fields(now, i));
                if (!fields.isEmpty()) {
                    changed.add(new ParticipantChange(Change.CHANGED, now.id(i), fields));
                }
            }
            if (!sameEpisodes(old, o, now, i, typeOf, placementOf)) {
                episodes(old, o, now, i, typeOf, placementOf, added, removed);
            }
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
        // Removed episodes in the old data's order: those of participants in both, then of those removed.
        removed.addAll(removedWithParticipant);
        removed.sort(Comparator.comparingInt(e -> old.indexOf(e.episode().participantId())));
        return oldIndex;
    }

    /** Each of the old labels' position among the new labels, or -2 when the new data has no such label. */
    private static int[] labels(List<String> old, List<String> now) {
        int[] of = new int[old.size()];
        for (int k = 0; k < of.length; k++) {
            int n = now.indexOf(old.get(k));
            of[k] = n < 0 ? -2 : n;
        }
        return of;
    }

    private static boolean sameCohort(int old, int now, int[] cohortOf) {
        return old == CareData.DERIVED_COHORT ? now == CareData.DERIVED_COHORT : cohortOf[old] == now;
    }

    private static @Nullable String[] fields(CareData data, int i) {
        return new String[] {day(data.startDay(i)), data.explicitCohort(i), day(data.birthDay(i)), day(data.exitDay(i))};
    }

    private static @Nullable String day(int day) {
        return day == CareData.NO_DAY ? null : LocalDate.ofEpochDay(day).toString();
    }

    private static List<FieldChange> fieldChanges(@Nullable String @Nullable [] before,
            @Nullable String @Nullable [] after) {
        List<FieldChange> changes = new ArrayList<>();
        for (int f = 0; f < PARTICIPANT_FIELDS.length; f++) {
            String b = before == null ? null : before[f];
            String a = after == null ? null : after[f];
            if (!Objects.equals(b, a)) {
                changes.add(new FieldChange(PARTICIPANT_FIELDS[f], Optional.ofNullable(b), Optional.ofNullable(a)));
            }
        }
        return changes;
    }

    /** Returns true when both extracts have the same episodes for a participant, in the same order. */
    private static boolean sameEpisodes(CareData old, int o, CareData now, int i, int[] typeOf, int[] placementOf) {
        int count = old.episodeCountOf(o);
        if (count != now.episodeCountOf(i)) {
            return false;
        }
        for (int n = 0; n < count; n++) {
            if (!sameEpisode(old, old.episodeOf(o, n), now, now.episodeOf(i, n), typeOf, placementOf)) {
                return false;
            }
        }
        return true;
    }

    /** Returns true when two episodes have the same fields: start, end, type and placement. */
    private static boolean sameEpisode(CareData old, int f, CareData now, int e, int[] typeOf, int[] placementOf) {
        return old.episodeStartDay(f) == now.episodeStartDay(e) && old.episodeEndDay(f) == now.episodeEndDay(e)
                && typeOf[old.episodeTypeIndex(f)] == now.episodeTypeIndex(e)
                && placementOf[old.episodePlacementIndex(f)] == now.episodePlacementIndex(e);
    }

    /** Matches a participant's episodes in the two extracts on all their fields, each at most once. */
    private static void episodes(CareData old, int o, CareData now, int i, int[] typeOf, int[] placementOf,
            List<EpisodeChange> added, List<EpisodeChange> removed) {
        int oldCount = old.episodeCountOf(o);
        int newCount = now.episodeCountOf(i);
        boolean[] oldMatched = new boolean[oldCount];
        for (int n = 0; n < newCount; n++) {
            int e = now.episodeOf(i, n);
            boolean found = false;
            for (int m = 0; m < oldCount && !found; m++) {
                if (!oldMatched[m] && sameEpisode(old, old.episodeOf(o, m), now, e, typeOf, placementOf)) {
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

    private static List<DueChange> dues(Statement old, Statement now) {
        Map<LocalDate, MonetaryAmount> before = new TreeMap<>();
        old.payments().forEach(p -> before.put(p.date(), p.cumulativeDue()));
        Map<LocalDate, MonetaryAmount> after = new TreeMap<>();
        now.payments().forEach(p -> after.put(p.date(), p.cumulativeDue()));
        TreeMap<LocalDate, Boolean> dates = new TreeMap<>();
        before.keySet().forEach(d -> dates.put(d, true));
        after.keySet().forEach(d -> dates.put(d, true));
        List<DueChange> changes = new ArrayList<>();
        for (LocalDate date : dates.keySet()) {
            MonetaryAmount b = before.get(date);
            MonetaryAmount a = after.get(date);
            changes.add(new DueChange(date, Optional.ofNullable(b), Optional.ofNullable(a),
                    b == null || a == null || !b.getCurrency().equals(a.getCurrency()) ? Optional.empty()
                            : Optional.of(a.subtract(b))));
        }
        return changes;
    }

    /**
     * Each young person's figures at {@code asOf} in both extracts, compared column by column: a young person
     * whose figures did not change makes no object.
     *
     * @param oldIndex each new participant's position in the old data, or -1
     */
    private static List<FigureChanges> figures(ExplanationTable old, ExplanationTable now, int[] oldIndex) {
        List<String> oldOutcomes = old.outcomeNames();
        List<String> newOutcomes = now.outcomeNames();
        Set<String> names = new LinkedHashSet<>(newOutcomes);
        names.addAll(oldOutcomes);
        List<String> outcomes = List.copyOf(names);
        int[] before = new int[outcomes.size()]; // outcome → its position in the old or new contract, or -1
        int[] after = new int[outcomes.size()];
        for (int u = 0; u < outcomes.size(); u++) {
            before[u] = oldOutcomes.indexOf(outcomes.get(u));
            after[u] = newOutcomes.indexOf(outcomes.get(u));
        }
        DecimalColumn oldExpected = old.expectedCareDays();
        DecimalColumn newExpected = now.expectedCareDays();
        boolean[] seen = new boolean[old.size()];
        List<FigureChanges> changes = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            int o = oldIndex[i];
            if (o >= 0) {
                seen[o] = true;
                if (sameFigures(old, o, now, i, before, after)) {
                    continue;
                }
            }
            List<FigureChange> list = new ArrayList<>();
            figure(list, "child_days", o < 0 ? null : BigDecimal.valueOf(old.childDays(o)), BigDecimal.valueOf(now.childDays(i)));
            figure(list, "care_days", o < 0 ? null : BigDecimal.valueOf(old.careDays(o)), BigDecimal.valueOf(now.careDays(i)));
            figure(list, "expected_care_days", o < 0 ? null : oldExpected.get(o), newExpected.get(i));
            for (int u = 0; u < outcomes.size(); u++) {
                figure(list, outcomes.get(u), o < 0 || before[u] < 0 ? null : BigDecimal.valueOf(old.outcomeUnits(before[u], o)),
                        after[u] < 0 ? null : BigDecimal.valueOf(now.outcomeUnits(after[u], i)));
            }
            if (!list.isEmpty()) {
                changes.add(new FigureChanges(now.id(i), o < 0 ? Change.ADDED : Change.CHANGED, list));
            }
        }
        for (int o = 0; o < old.size(); o++) {
            if (!seen[o]) {
                List<FigureChange> list = new ArrayList<>();
                figure(list, "child_days", BigDecimal.valueOf(old.childDays(o)), null);
                figure(list, "care_days", BigDecimal.valueOf(old.careDays(o)), null);
                figure(list, "expected_care_days", oldExpected.get(o), null);
                for (int u = 0; u < oldOutcomes.size(); u++) {
                    figure(list, oldOutcomes.get(u), BigDecimal.valueOf(old.outcomeUnits(u, o)), null);
                }
                if (!list.isEmpty()) {
                    changes.add(new FigureChanges(old.id(o), Change.REMOVED, list));
                }
            }
        }
        // Largest change first; then by id, so that the order does not depend on the order of the files.
        changes.sort(Comparator.comparing(FigureChanges::largest).reversed()
                .thenComparing(FigureChanges::id, Measurements.CODE_POINT_ORDER));
        return changes;
    }

    /**
     * Returns true when a young person in both extracts has the same child days, care days, expected care days
     * (no value counting as zero) and units of every outcome (one that only one contract has counting as zero).
     */
    private static boolean sameFigures(ExplanationTable old, int o, ExplanationTable now, int i, int[] before, int[] after) {
        if (old.childDays(o) != now.childDays(i) || old.careDays(o) != now.careDays(i)) {
            return false;
        }
        DecimalColumn b = old.expectedCareDays();
        DecimalColumn a = now.expectedCareDays();
        boolean same = b.isNull(o) ? a.isNull(i) || a.compareTo(i, 0) == 0
                : a.isNull(i) ? b.compareTo(o, 0) == 0 : a.compareTo(i, b, o) == 0;
        for (int u = 0; same && u < before.length; u++) {
            same = (before[u] < 0 ? 0 : old.outcomeUnits(before[u], o)) == (after[u] < 0 ? 0 : now.outcomeUnits(after[u], i));
        }
        return same;
    }

    /** Adds the change of one figure when it changed; a missing figure counts as zero. */
    private static void figure(List<FigureChange> list, String field, @Nullable BigDecimal before,
            @Nullable BigDecimal after) {
        BigDecimal b = before == null ? BigDecimal.ZERO : before;
        BigDecimal a = after == null ? BigDecimal.ZERO : after;
        if (a.compareTo(b) != 0) {
            list.add(new FigureChange(field, Optional.ofNullable(before), Optional.ofNullable(after), a.subtract(b)));
        }
    }
}
