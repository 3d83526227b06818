package org.sibcalc.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.basics.DecimalColumn;
import org.sibcalc.data.CareData;
import org.sibcalc.measure.ExplanationTable;

/**
 * A claim checked against the statement recomputed from the data (docs/ledger.md): every figure of the claim that
 * differs from the recomputed one, with where it is, both values and the difference.
 *
 * <p>The check compares two lists of {@link Figure}s, the claim's and the recomputed statement's (and
 * explanations'), place by place: nothing is worked out here but the differences. Numbers are compared by
 * value ({@code 45.0} is {@code 45.00}); texts (a label, a date) exactly.
 * <ul>
 *   <li>A cohort, a payment date, an outcome of a payment or a young person that only one side has is one
 *       difference, of the figure that names it ({@code cohort}, {@code date}, {@code outcomes[NAME].name},
 *       {@code id}), the other side's value null; the figures within it are not listed one by one.</li>
 *   <li>A figure that only the claim has is a difference, the recomputed value null.</li>
 *   <li>A figure that only the recomputed statement has is a difference when the claim gives that part of a
 *       statement: the statement JSON's own figures (docs/statement-json.md) always (the programme, the cohorts, and each payment's date,
 *       cumulative due, paid before and payment); a payment's outcomes, its ledger figures ({@code paid},
 *       {@code recomputedPayment}, {@code trueUp}), the programme's measurement at its date, its cohorts under
 *       COHORT netting, and the young people, each when the claim gives any figure of that kind. A part the
 *       claim does not give at all (another system's statement without outcomes) is not checked.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param contractName the contract's name, as the recomputed statement has it, not null
 * @param asOf        the reporting date of both, not null
 * @param compared    how many figures were compared
 * @param differences every figure that differs: in the order of the recomputed statement (the statement, the
 *                    programme, each cohort, each payment, each young person in the order of the data), then
 *                    the figures only the claim has, in the claim's order
 */
public record ClaimCheck(String contractName, LocalDate asOf, long compared, List<Difference> differences) {

    /** Where in a statement a figure is. */
    public enum Section {
        /** The statement's own fields: {@code contract}, {@code currency}, {@code asOf}. */
        STATEMENT,
        /** The whole programme at the reporting date. */
        PROGRAMME,
        /** A cohort at the reporting date. */
        COHORT,
        /** A payment at a measurement date, its outcomes and the measurements behind it. */
        PAYMENT,
        /** A young person's figures, as {@code explain} gives them. */
        PARTICIPANT
    }

    /**
     * One figure that differs.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param section     where the figure is, not null
     * @param cohort      the cohort's label, for a cohort or (under COHORT netting) a cohort of a payment; else null
     * @param date        the payment's measurement date, for a payment; else null
     * @param participant the young person's id, for a young person; else null
     * @param field       the figure's name ({@link Figure#field()}), not null
     * @param claimed     the claim's value as text, or null when the claim has none
     * @param recomputed  the recomputed value as text, or null when there is none
     * @param difference  claimed − recomputed, when both are numbers; else null
     */
    public record Difference(Section section, String cohort, LocalDate date, String participant, String field,
            String claimed, String recomputed, BigDecimal difference) {

        /**
         * Checks the fields.
         *
         * @param section the {@link #section() section} record component
         * @param cohort the {@link #cohort() cohort} record component
         * @param date the {@link #date() date} record component
         * @param participant the {@link #participant() participant} record component
         * @param field the {@link #field() field} record component
         * @param claimed the {@link #claimed() claimed} record component
         * @param recomputed the {@link #recomputed() recomputed} record component
         * @param difference the {@link #difference() difference} record component
         */
        public Difference {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(field, "field");
        }

        /** {@return where the figure is, as people read it: {@code payment 2019-03-31}, {@code cohort 2013-Q2}} */
        public String place() {
            return Figure.text(section, cohort, date, participant, field, null).place();
        }
    }

    /**
     * Checks the fields and copies the list.
     *
     * @param contractName the {@link #contractName() contractName} record component
     * @param asOf the {@link #asOf() asOf} record component
     * @param compared the {@link #compared() compared} record component
     * @param differences the {@link #differences() differences} record component
     */
    public ClaimCheck {
        Objects.requireNonNull(contractName, "contractName");
        Objects.requireNonNull(asOf, "asOf");
        differences = List.copyOf(differences);
    }

    /** {@return true when every figure of the claim is the recomputed one} */
    public boolean agrees() {
        return differences.isEmpty();
    }

    /**
     * Recomputes the claim with the calculation, at the claim's reporting date and with the calculation's
     * ledger, and returns every difference: the statement, and each young person's figures when the claim
     * has them.
     *
     * @param claim the claim, not null
     * @param calculation the calculation of the contract and the data the claim is checked against, not null
     * @return the check, listing every difference
     */
    public static ClaimCheck of(Claim claim, Calculation calculation) {
        LocalDate asOf = claim.asOf();
        Statement statement = calculation.statement(asOf);
        ExplanationTable participants = claim.hasParticipants()
                ? ExplanationTable.of(calculation.terms(), calculation.data(), asOf) : null;
        return of(claim, statement, participants);
    }

    /**
     * {@return every difference between a claim and what was recomputed at its reporting date, so that the two
     * can be worked out side by side (the claim read while the statement is recomputed)}
     *
     * @param claim                  the claim read
     * @param recomputed             the statement recomputed at the claim's reporting date
     * @param recomputedParticipants every young person's explanation at that date; null when the claim has no
     *                               young people's figures
     * @throws IllegalArgumentException when the statement or the explanations are not at the claim's reporting
     *                                  date, or the claim has young people's figures and there are no explanations
     */
    public static ClaimCheck of(Claim claim, Statement recomputed, ExplanationTable recomputedParticipants) {
        LocalDate asOf = claim.asOf();
        if (!recomputed.asOf().equals(asOf)
                || recomputedParticipants != null && !recomputedParticipants.asOf().equals(asOf)) {
            throw new IllegalArgumentException("The claim is as of " + asOf + ": it is checked at that date");
        }
        if (claim.hasParticipants() && recomputedParticipants == null) {
            throw new IllegalArgumentException("The claim has young people's figures: their explanations are needed");
        }
        ClaimedParticipants columns = claim.participantColumns();
        if (columns == null) {
            List<Figure> figures = new ArrayList<>(Figure.of(recomputed));
            if (claim.hasParticipants()) {
                List<String> outcomes = recomputedParticipants.outcomeNames();
                for (int i = 0; i < recomputedParticipants.size(); i++) {
                    figures.addAll(Figure.of(outcomes, recomputedParticipants.explanation(i)));
                }
            }
            return between(claim, recomputed.contractName(), figures);
        }
        // The statement's figures as figures; the young people's column by column. The differences are in the
        // same order as if all were figures: the recomputed side's, then those only the claim has.
        Tally statement = new Tally();
        statement.compare(claim.figuresBesideColumns(), Figure.of(recomputed));
        Tally participants = new Tally();
        if (columns.size() > 0) {
            participants.compare(columns, recomputedParticipants);
        }
        List<Difference> differences = new ArrayList<>(statement.ours);
        differences.addAll(participants.ours);
        differences.addAll(statement.claimOnly);
        differences.addAll(participants.claimOnly);
        return new ClaimCheck(recomputed.contractName(), asOf, statement.compared + participants.compared, differences);
    }

    /**
     * Returns every difference between a claim and the figures recomputed at its reporting date.
     *
     * @param contract   the contract's name
     * @param recomputed the recomputed statement's figures ({@link Figure#of(Statement)}), and the young
     *                   people's when the claim has theirs
     * @param claim the claim, not null
     * @return the check, listing every difference
     */
    public static ClaimCheck between(Claim claim, String contract, List<Figure> recomputed) {
        Tally tally = new Tally();
        tally.compare(claim.figures(), recomputed);
        List<Difference> differences = new ArrayList<>(tally.ours);
        differences.addAll(tally.claimOnly);
        return new ClaimCheck(contract, claim.asOf(), tally.compared, differences);
    }

    /** Figures compared, and the differences found: in the recomputed side's order, and those only the claim has. */
    private static final class Tally {
        long compared;
        final List<Difference> ours = new ArrayList<>();
        final List<Difference> claimOnly = new ArrayList<>();

        /** Compares two lists of figures place by place. */
        void compare(List<Figure> claim, List<Figure> recomputed) {
            Map<Key, Figure> claimed = new HashMap<>();
            for (Figure f : claim) {
                if (claimed.put(Key.of(f), f) != null) {
                    throw new IllegalArgumentException("The claim has " + f.field() + " twice at " + f.place());
                }
            }
            Set<Key> present = new HashSet<>();
            recomputed.forEach(f -> present.add(Key.of(f)));
            Set<Part> stated = EnumSet.of(Part.REQUIRED);
            claim.forEach(f -> stated.add(Part.of(f)));

            Set<Key> matched = new HashSet<>();
            for (Figure r : recomputed) {
                Key key = Key.of(r);
                Key missing = firstMissing(key, claimed.keySet());
                if (missing != null) {
                    if (missing.equals(key) && stated.contains(Part.of(r))) {
                        compared++;
                        ours.add(difference(null, r));
                    }
                    continue;
                }
                Figure c = claimed.get(key);
                if (c != null) {
                    matched.add(key);
                    compared++;
                    if (!same(c, r)) {
                        ours.add(difference(c, r));
                    }
                } else if (stated.contains(Part.of(r))) {
                    compared++;
                    ours.add(difference(null, r));
                }
            }
            for (Figure c : claim) {
                Key key = Key.of(c);
                if (matched.contains(key)) {
                    continue;
                }
                Key missing = firstMissing(key, present);
                if (missing == null || missing.equals(key)) {
                    compared++;
                    claimOnly.add(difference(c, null));
                }
            }
        }

        /**
         * Compares the young people's claimed figures with their explanations, as {@link #compare(List, List)}
         * would compare them as figures, but a column at a time: a figure that agrees makes no object. Each
         * column marks the young people with a figure that differs; their figures are then compared one by one
         * to list the differences in order.
         */
        void compare(ClaimedParticipants claimed, ExplanationTable table) {
            List<String> ourFields = ClaimedParticipants.fields(table.outcomeNames());
            List<String> theirFields = claimed.fields();
            int[] theirs = new int[ourFields.size()]; // our field → the claim's, or -1
            for (int f = 0; f < theirs.length; f++) {
                theirs[f] = theirFields.indexOf(ourFields.get(f));
            }
            boolean[] onlyTheirs = new boolean[theirFields.size()];
            boolean anyOnlyTheirs = false;
            for (int c = 0; c < onlyTheirs.length; c++) {
                onlyTheirs[c] = !ourFields.contains(theirFields.get(c));
                anyOnlyTheirs |= onlyTheirs[c];
            }
            boolean sameLayout = ourFields.equals(theirFields);

            // Each claimed young person's row, by our participant; those we do not have are the claim's only.
            CareData ourData = table.data();
            CareData theirData = claimed.data();
            int n = table.size();
            int[] rowOf = new int[n];
            Arrays.fill(rowOf, -1);
            boolean[] notOurs = new boolean[claimed.size()];
            int matched = 0;
            for (int r = 0; r < claimed.size(); r++) {
                int p = claimed.participant(r);
                int i = ourData == theirData ? p : ourData.indexOf(theirData, p, p);
                if (i < 0) {
                    notOurs[r] = true;
                } else {
                    rowOf[i] = r;
                    matched++;
                }
            }
            // The claim's cohort labels as our cohorts' positions (-2: none of ours).
            int[] cohortOf = new int[claimed.cohorts().size()];
            for (int k = 0; k < cohortOf.length; k++) {
                int ours = table.cohorts().indexOf(claimed.cohorts().get(k));
                cohortOf[k] = ours < 0 ? -2 : ours;
            }

            Rows rows = sameLayout ? new Rows(claimed, table, cohortOf) : null; // else compared as figures
            compared += (n - matched) + (long) matched * ourFields.size();
            for (int i = 0; i < n; i++) {
                int r = rowOf[i];
                if (r < 0) {
                    ours.add(difference(null, Figure.of(table, i, 0)));
                    continue;
                }
                if (rows != null && rows.agree(r, i)) {
                    continue;
                }
                for (int f = 0; f < theirs.length; f++) {
                    int c = theirs[f];
                    if (c < 0) {
                        ours.add(difference(null, Figure.of(table, i, f)));
                        continue;
                    }
                    Figure claimedFigure = claimed.figure(r, c);
                    Figure recomputedFigure = Figure.of(table, i, f);
                    if (!same(claimedFigure, recomputedFigure)) {
                        ours.add(difference(claimedFigure, recomputedFigure));
                    }
                }
            }
            for (int r = 0; r < claimed.size(); r++) {
                if (notOurs[r]) {
                    compared++;
                    claimOnly.add(difference(claimed.figure(r, 0), null));
                    continue;
                }
                for (int c = 0; anyOnlyTheirs && c < theirFields.size(); c++) {
                    if (onlyTheirs[c]) {
                        compared++;
                        claimOnly.add(difference(claimed.figure(r, c), null));
                    }
                }
            }
        }
    }

    /**
     * A claimed young person's row and their explanation, of the same fields, compared as the figures they are:
     * texts exactly, numbers by value, no value only as no value; without making an object.
     */
    private static final class Rows {
        private final ClaimedParticipants claimed;
        private final ExplanationTable table;
        private final int[] cohortOf;
        private final DecimalColumn childDays;
        private final DecimalColumn careDays;
        private final DecimalColumn expected;
        private final DecimalColumn ourExpected;
        private final DecimalColumn[] units;
        private final DecimalColumn total;
        private final DecimalColumn ourTotal;

        Rows(ClaimedParticipants claimed, ExplanationTable table, int[] cohortOf) {
            this.claimed = claimed;
            this.table = table;
            this.cohortOf = cohortOf;
            childDays = claimed.numbers(0);
            careDays = claimed.numbers(1);
            expected = claimed.numbers(2);
            ourExpected = table.expectedCareDays();
            units = new DecimalColumn[table.outcomeNames().size()];
            for (int o = 0; o < units.length; o++) {
                units[o] = claimed.numbers(3 + o);
            }
            total = units.length == 0 ? null : claimed.numbers(3 + units.length);
            ourTotal = table.outcomeTotals();
        }

        /** Returns true when every figure of claimed row {@code r} is participant {@code i}'s. */
        boolean agree(int r, int i) {
            int cohort = claimed.cohortIndex(r);
            if (cohort < 0 || cohortOf[cohort] != table.cohortIndex(i) || claimed.firstDay(r) != table.firstDay(i)
                    || claimed.lastDay(r) != table.lastDay(i) || !whole(childDays, r, table.childDays(i))
                    || !whole(careDays, r, table.careDays(i)) || !expected.sameValue(r, ourExpected, i)) {
                return false;
            }
            for (int o = 0; o < units.length; o++) {
                if (!whole(units[o], r, table.outcomeUnits(o, i))) {
                    return false;
                }
            }
            return total == null || total.sameValue(r, ourTotal, i);
        }

        private static boolean whole(DecimalColumn claimed, int r, long ours) {
            return !claimed.isNull(r) && claimed.compareTo(r, ours) == 0;
        }
    }

    private static boolean same(Figure c, Figure r) {
        if (c.number() != null && r.number() != null) {
            return c.number().compareTo(r.number()) == 0;
        }
        return Objects.equals(c.text(), r.text());
    }

    private static Difference difference(Figure c, Figure r) {
        Figure at = r != null ? r : c;
        BigDecimal difference = c != null && r != null && c.number() != null && r.number() != null
                ? c.number().subtract(r.number()) : null;
        return new Difference(at.section(), at.cohort(), at.date(), at.participant(), at.field(),
                c == null ? null : c.text(), r == null ? null : r.text(), difference);
    }

    /**
     * Returns the figure naming the outermost cohort, payment, outcome or young person that holds the figure
     * at {@code key} (or is it) and is not among {@code present}; null when all are there.
     */
    private static Key firstMissing(Key key, Set<Key> present) {
        for (Key container : key.containers()) {
            if (!present.contains(container)) {
                return container;
            }
        }
        return null;
    }

    /** A figure's place: what must match for two figures to be compared. */
    private record Key(Section section, String cohort, LocalDate date, String participant, String field) {

        static Key of(Figure f) {
            return new Key(f.section(), f.cohort(), f.date(), f.participant(), f.field());
        }

        /** The figures naming what holds this one, outermost first. */
        List<Key> containers() {
            List<Key> containers = new ArrayList<>(2);
            switch (section) {
                case COHORT:
                    containers.add(new Key(section, cohort, null, null, "cohort"));
                    break;
                case PAYMENT:
                    containers.add(new Key(section, null, date, null, "date"));
                    if (cohort != null) {
                        containers.add(new Key(section, cohort, date, null, "cohort"));
                    } else if (field.startsWith("outcomes[")) {
                        containers.add(new Key(section, null, date, null, field.substring(0, field.lastIndexOf('.')) + ".name"));
                    }
                    break;
                case PARTICIPANT:
                    containers.add(new Key(section, null, null, participant, "id"));
                    break;
                default:
                    break;
            }
            return containers;
        }
    }

    /** The parts of a statement a claim may give or leave out. */
    private enum Part {
        REQUIRED, OUTCOMES, LEDGER, PAYMENT_MEASUREMENTS, NETTED_COHORTS, PARTICIPANTS;

        static Part of(Figure f) {
            switch (f.section()) {
                case PARTICIPANT:
                    return PARTICIPANTS;
                case PAYMENT:
                    if (f.cohort() != null) {
                        return NETTED_COHORTS;
                    }
                    if (f.field().startsWith("outcomes[")) {
                        return OUTCOMES;
                    }
                    switch (f.field()) {
                        case "date":
                        case "cumulativeDue":
                        case "paidBefore":
                        case "payment":
                            return REQUIRED;
                        case "paid":
                        case "recomputedPayment":
                        case "trueUp":
                            return LEDGER;
                        default:
                            return PAYMENT_MEASUREMENTS;
                    }
                default:
                    return REQUIRED;
            }
        }
    }
}
