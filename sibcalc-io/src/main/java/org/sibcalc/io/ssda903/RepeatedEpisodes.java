package org.sibcalc.io.ssda903;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.sibcalc.basics.IntColumn;
import org.sibcalc.data.CareData;
import org.sibcalc.io.csv.EpisodeRows;
import org.sibcalc.io.csv.TextColumn;
import org.sibcalc.io.ValidationReport;

/**
 * The episodes of several SSDA903 Episodes tables (yearly returns) as one set, each episode once
 * (docs/input-files.md, "SSDA903 tables"), checked as the DfE's validator checks a return.
 *
 * <p><b>Merging.</b> An episode reported again, in a later year's table or in the same one, has the same
 * {@code CHILD} and {@code DECOM}. Its versions are one episode when they agree on {@code LS} and
 * {@code PLACE} and do not give two different {@code DEC}s: a closed version wins over an open one (the
 * return of the year it closed says when). Two closed versions with different {@code DEC}s, or versions with
 * different {@code LS} or {@code PLACE}, are an error at the later row, naming the earlier. Of the rows of
 * one episode the winning version is counted used and the others used as merged repeats.
 *
 * <p><b>Warnings</b>, over each child's merged episodes in order of {@code DECOM}, each naming the DfE rule
 * it echoes: 501, an episode starting before the one before it ended (or while it is open); 433, an
 * {@code RNE} of {@code P}, {@code L}, {@code T}, {@code U} or {@code B} (the period of care goes on) on an
 * episode that does not start on the day the one before it ended; 355, an episode that starts and ends on one
 * day. A warning's sentence is written only when it is shown.
 *
 * <p>This class is immutable once made; not thread-safe while it is made.
 */
public final class RepeatedEpisodes {

    /** The matched rows from which the second half of the groups is placed on another thread. */
    private static final int ROWS_PLACED_APART = 100_000;

    // Each matched row by its place in group order (see merge): its days, table, row, line and texts, read
    // here one after another rather than from the tables at random.
    private final int[] startOf;
    private final int[] endOf;
    private final int[] tableOf;
    private final int[] rowOf;
    private final int[] lineOf;
    private final int[] typeOf; // a number in texts
    private final int[] placementOf; // a number in texts
    private final List<String> texts;
    private final int[] keptParticipant;
    private final int[] keptAt; // kept episode → the place of its winning version

    private RepeatedEpisodes(Merge merge) {
        startOf = merge.startOf;
        endOf = merge.endOf;
        tableOf = merge.tableOf;
        rowOf = merge.rowOf;
        lineOf = merge.lineOf;
        typeOf = merge.typeOf;
        placementOf = merge.placementOf;
        texts = merge.texts;
        keptParticipant = Arrays.copyOf(merge.keptParticipant, merge.kept);
        keptAt = Arrays.copyOf(merge.keptAt, merge.kept);
    }

    /**
     * Merges the matched rows of the tables, reporting conflicts and warnings in the report of the table
     * of the row concerned, and counting each matched row used, merged or rejected there.
     *
     * @param tables        the tables, in the order given (a later one is a later year's)
     * @param participantOf for each table, each kept row's participant position, or -1 for a row matched to
     *                      no participant (already reported and counted)
     * @param participants  the number of participants
     * @return the episodes to keep, grouped by participant in the order the tables first name them (the
     *         first table's first), each participant's in order of {@code DECOM}
     */
    public static RepeatedEpisodes merge(List<EpisodesTable> tables, int[][] participantOf, int participants) {
        return merge(tables, participantOf, participants, ROWS_PLACED_APART);
    }

    /** As {@link #merge(List, int[][], int)}, placing the rows on two threads from {@code rowsPlacedApart} rows. */
    static RepeatedEpisodes merge(List<EpisodesTable> tables, int[][] participantOf, int participants,
            int rowsPlacedApart) {
        // A counting sort of the matched rows by participant, rows of one participant in the order given.
        // Participants are numbered in the order the tables first name them (group), not by position: the
        // tables list each child's rows together, so the passes below walk the tables and these arrays in
        // step, where positions (a participants file in another order) would send every row anywhere.
        // First pass: each matched row's group, and the rows of each group counted.
        int[] groupOf = new int[participants]; // participant → its group + 1, or 0 before its first row
        int[] participantOfGroup = new int[participants];
        int groups = 0;
        int[] first = new int[participants + 1];
        int[][] groupOfRow = new int[tables.size()][]; // each kept row's group, or -1 when it is matched to none
        for (int t = 0; t < tables.size(); t++) {
            int[] of = participantOf[t];
            int[] rowGroups = new int[of.length];
            int lastParticipant = -1;
            int group = -1;
            for (int i = 0; i < of.length; i++) {
                int p = of[i];
                if (p < 0) {
                    rowGroups[i] = -1;
                    continue;
                }
                if (p != lastParticipant) { // once a run of a child's rows
                    lastParticipant = p;
                    if (groupOf[p] == 0) {
                        participantOfGroup[groups] = p;
                        groupOf[p] = ++groups;
                    }
                    group = groupOf[p] - 1;
                }
                rowGroups[i] = group;
                first[group + 1]++;
            }
            groupOfRow[t] = rowGroups;
        }
        for (int k = 0; k < groups; k++) {
            first[k + 1] += first[k];
        }
        // Second pass: each matched row's days, table, row, line, texts and whether its RNE continues care, put
        // at its place in group order. The tables are read in order and the places written anywhere, rather than
        // the other way round: a processor waits for a read from memory, not for a write, so a million rows merge
        // in a fraction of the time; and what comes after reads these places in order.
        // With many rows, the groups of the second half are placed on another thread: each thread writes only
        // its own groups' places, so neither waits for the other.
        Merge merge = new Merge(tables, first[groups], groupOfRow, Arrays.copyOf(first, groups));
        int all = groups;
        int half = first[all] < rowsPlacedApart ? all : all / 2;
        if (half == all) {
            merge.place(0, all);
        } else {
            CompletableFuture<Void> secondHalf = CompletableFuture.runAsync(() -> merge.place(half, all));
            merge.place(0, half);
            secondHalf.join();
        }
        // Last: each group's rows sorted by DECOM, merged and checked.
        for (int k = 0; k < groups; k++) {
            merge.participant(participantOfGroup[k], first[k], first[k + 1]);
        }
        return new RepeatedEpisodes(merge);
    }

    /**
     * Numbers a table's distinct texts as {@code numbers} does across the tables, adding new ones to
     * {@code texts}: the same text has the same number, and the same String, in every table.
     */
    private static int[] numbers(TextColumn column, Map<String, Integer> numbers, List<String> texts) {
        int[] of = new int[column.textCount()];
        for (int c = 0; c < of.length; c++) {
            String text = column.text(c);
            Integer number = numbers.get(text);
            if (number == null) {
                number = texts.size();
                texts.add(text);
                numbers.put(text, number);
            }
            of[c] = number;
        }
        return of;
    }

    /** {@return the number of episodes kept} */
    public int size() {
        return keptAt.length;
    }

    /**
     * {@return the participant of kept episode {@code k}}
     *
     * @param k the kept episode, from 0 to {@link #size()} exclusive
     */
    public int participant(int k) {
        return keptParticipant[k];
    }

    /**
     * {@return the table of kept episode {@code k}: the table of its winning version}
     *
     * @param k the kept episode, from 0 to {@link #size()} exclusive
     */
    public int table(int k) {
        return tableOf[keptAt[k]];
    }

    /**
     * {@return the row, in its {@linkplain #table table}, of kept episode {@code k}'s winning version}
     *
     * @param k the kept episode, from 0 to {@link #size()} exclusive
     */
    public int row(int k) {
        return rowOf[keptAt[k]];
    }

    /**
     * {@return the line, in its {@linkplain #table table}, of kept episode {@code k}'s winning version}
     *
     * @param k the kept episode, from 0 to {@link #size()} exclusive
     */
    public int line(int k) {
        return lineOf[keptAt[k]];
    }

    /**
     * {@return the start (DECOM) of kept episode {@code k}, an epoch day}
     *
     * @param k the kept episode, from 0 to {@link #size()} exclusive
     */
    public int startDay(int k) {
        return startOf[keptAt[k]];
    }

    /**
     * {@return the end (DEC) of kept episode {@code k}'s winning version, an epoch day or {@link CareData#OPEN}}
     *
     * @param k the kept episode, from 0 to {@link #size()} exclusive
     */
    public int endDay(int k) {
        return endOf[keptAt[k]];
    }

    /**
     * {@return the type (LS) of kept episode {@code k}}
     *
     * @param k the kept episode, from 0 to {@link #size()} exclusive
     */
    public String type(int k) {
        return texts.get(typeOf[keptAt[k]]);
    }

    /**
     * {@return the placement (PLACE) of kept episode {@code k}; "" for none}
     *
     * @param k the kept episode, from 0 to {@link #size()} exclusive
     */
    public String placement(int k) {
        return texts.get(placementOf[keptAt[k]]);
    }

    /**
     * Adds the kept episodes to {@code builder} in order, as {@link CareData.Builder#addEpisodes} adds them: each
     * {@linkplain #participant participant's}, from {@linkplain #startDay start} to {@linkplain #endDay end}, of
     * its {@linkplain #type type} and {@linkplain #placement placement}; every one or, when one is not valid, none.
     *
     * @param builder the builder holding the participants the episodes were matched to
     * @throws org.sibcalc.basics.InvalidValueException naming the field, for the first episode that is not valid
     */
    public void addTo(CareData.Builder builder) {
        int n = keptAt.length;
        IntColumn starts = new IntColumn(n);
        IntColumn ends = new IntColumn(n);
        IntColumn types = new IntColumn(n);
        IntColumn placements = new IntColumn(n);
        for (int k = 0; k < n; k++) {
            int q = keptAt[k];
            starts.add(startOf[q]);
            ends.add(endOf[q]);
            types.add(typeOf[q]);
            placements.add(placementOf[q]);
        }
        builder.addEpisodes(keptParticipant, starts, ends, types, texts, placements, texts);
    }

    /** The work of one merge: the matched rows by their place in group order, and the episodes kept so far. */
    private static final class Merge {
        private final List<EpisodesTable> tables;
        private final int[] startOf;
        private final int[] endOf;
        private final int[] tableOf;
        private final int[] rowOf;
        private final int[] lineOf;
        private final int[] typeOf;
        private final int[] placementOf;
        private final boolean[] continues;
        private final List<String> texts = new ArrayList<>();
        private final ValidationReport.RowTally[] tallies;
        private final int[] keptParticipant;
        private final int[] keptAt;
        private int kept;

        private final int[] order; // a group's places, sorted by DECOM
        // What the second pass reads: each table's rows' groups (-1: matched to none), the next place of each
        // group, and each table's texts numbered across the tables and whether its rows' RNE continues care.
        private final int[][] groupOfRow;
        private final int[] next;
        private final int[][] typeNumbers;
        private final int[][] placementNumbers;
        private final boolean[][] continuing;

        Merge(List<EpisodesTable> tables, int matched, int[][] groupOfRow, int[] next) {
            this.tables = tables;
            this.groupOfRow = groupOfRow;
            this.next = next;
            startOf = new int[matched];
            endOf = new int[matched];
            tableOf = new int[matched];
            rowOf = new int[matched];
            lineOf = new int[matched];
            typeOf = new int[matched];
            placementOf = new int[matched];
            continues = new boolean[matched];
            tallies = new ValidationReport.RowTally[tables.size()];
            typeNumbers = new int[tables.size()][];
            placementNumbers = new int[tables.size()][];
            continuing = new boolean[tables.size()][];
            Map<String, Integer> textNumbers = new HashMap<>();
            for (int t = 0; t < tables.size(); t++) {
                EpisodeRows rows = tables.get(t).rows();
                tallies[t] = rows.tally();
                typeNumbers[t] = numbers(rows.types(), textNumbers, texts);
                placementNumbers[t] = numbers(rows.placements(), textNumbers, texts);
                continuing[t] = tables.get(t).continuing();
            }
            keptParticipant = new int[matched];
            keptAt = new int[matched];
            order = new int[matched];
            for (int q = 0; q < matched; q++) {
                order[q] = q;
            }
        }

        /**
         * Puts each matched row of the groups from {@code from} to {@code to} (exclusive) at its place in group
         * order, table by table: the next place of its group ({@code next}, moved on), with its texts numbered
         * across the tables and whether its RNE continues care. Threads placing other groups write elsewhere.
         */
        void place(int from, int to) {
            for (int t = 0; t < tables.size(); t++) {
                EpisodeRows rows = tables.get(t).rows();
                TextColumn types = rows.types();
                TextColumn placements = rows.placements();
                int[] groups = groupOfRow[t];
                int[] typeNumber = typeNumbers[t];
                int[] placementNumber = placementNumbers[t];
                boolean[] goesOn = continuing[t];
                for (int i = 0; i < groups.length; i++) {
                    int group = groups[i];
                    if (group >= from && group < to) {
                        int q = next[group]++;
                        startOf[q] = rows.startDay(i);
                        endOf[q] = rows.endDay(i);
                        tableOf[q] = t;
                        rowOf[q] = i;
                        lineOf[q] = rows.line(i);
                        typeOf[q] = typeNumber[types.textIndex(i)];
                        placementOf[q] = placementNumber[placements.textIndex(i)];
                        continues[q] = goesOn[i];
                    }
                }
            }
        }

        /** Sorts participant {@code p}'s places {@code [from, to)} by DECOM, merges them and checks its episodes. */
        void participant(int p, int from, int to) {
            // a child's few rows, by DECOM; rows of one DECOM stay in the order given
            for (int m = from + 1; m < to; m++) {
                int q = order[m];
                int j = m - 1;
                while (j >= from && startOf[order[j]] > startOf[q]) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = q;
            }
            int previous = -1; // the last episode kept, by its place in group order
            for (int k = from; k < to; ) {
                int end = k + 1;
                while (end < to && startOf[order[end]] == startOf[order[k]]) {
                    end++;
                }
                int winner = end - k == 1 ? order[k] : winner(k, end);
                tallies[tableOf[winner]].used();
                check(previous, winner);
                keptParticipant[kept] = p;
                keptAt[kept] = winner;
                kept++;
                previous = winner;
                k = end;
            }
        }

        /**
         * The version that stands for the rows {@code order[from, to)} of one episode (one CHILD and DECOM):
         * the first closed one, or else the first. Each other row is counted as a merged repeat, or is an
         * error when it disagrees with the winner so far.
         */
        private int winner(int from, int to) {
            int winner = order[from];
            for (int k = from + 1; k < to; k++) {
                int g = order[k];
                String conflict = conflict(winner, g);
                EpisodeRows rows = rows(g);
                if (conflict != null) {
                    EpisodeRows winnerRows = rows(winner);
                    int w = row(winner);
                    int i = row(g);
                    rows.report().error(rows.name(), rows.line(i), conflict, "'" + value(rows, i, conflict)
                            + "' differs from " + conflict + " '" + value(winnerRows, w, conflict)
                            + "' of the same episode (CHILD '" + winnerRows.id(winnerRows.idOf(w)) + "', DECOM "
                            + Ssda903.date(winnerRows.startDay(w)) + ") on " + where(winnerRows, w, rows)
                            + (conflict.equals("DEC") ? ": two closed versions of one episode"
                                    : ": an episode reported again must have the same LS and PLACE"));
                    tallies[tableOf[g]].rejected();
                } else if (endOf[g] != CareData.OPEN && endOf[winner] == CareData.OPEN) {
                    tallies[tableOf[winner]].merged(); // the closed version wins
                    winner = g;
                } else {
                    tallies[tableOf[g]].merged();
                }
            }
            return winner;
        }

        /** The column in which two versions of one episode disagree, or null when they are one episode. */
        private @Nullable String conflict(int a, int b) {
            if (typeOf[a] != typeOf[b]) {
                return "LS";
            }
            if (placementOf[a] != placementOf[b]) {
                return "PLACE";
            }
            int endA = endOf[a];
            int endB = endOf[b];
            return endA != endB && endA != CareData.OPEN && endB != CareData.OPEN ? "DEC" : null;
        }

        private static String value(EpisodeRows rows, int i, String column) {
            switch (column) {
                case "LS":
                    return rows.type(i);
                case "PLACE":
                    return rows.placement(i);
                default:
                    return Ssda903.date(rows.endDay(i));
            }
        }

        /**
         * Warns of what the DfE's rules 355, 501 and 433 would say of episode {@code g} after {@code previous}
         * (each a row by its place in group order; -1 for none). The sentences are written when shown.
         */
        private void check(int previous, int g) {
            int start = startOf[g];
            int end = endOf[g];
            boolean zeroLength = end == start;
            boolean overlaps = previous >= 0 && (endOf[previous] == CareData.OPEN || start < endOf[previous]);
            boolean gap = previous >= 0 && continues[g] && endOf[previous] != start;
            if (!(zeroLength || overlaps || gap)) {
                return; // the rows are read only for a warning
            }
            EpisodeRows rows = rows(g);
            int i = row(g);
            String file = rows.name();
            int line = rows.line(i);
            if (zeroLength) {
                rows.report().warning(file, line, "DEC", () -> "'" + Ssda903.date(end) + "' is the DECOM too: the episode of '"
                        + rows.id(rows.idOf(i)) + "' starts and ends on one day and counts no days (DfE rule 355)");
            }
            if (previous < 0) {
                return; // an earlier episode, if any, is in a return not given
            }
            EpisodeRows before = rows(previous);
            int b = row(previous);
            int previousEnd = endOf[previous];
            if (overlaps) {
                rows.report().warning(file, line, "DECOM", () -> "'" + Ssda903.date(start) + "' "
                        + (previousEnd == CareData.OPEN ? "falls in the episode of '" + before.id(before.idOf(b))
                                + "' from " + Ssda903.date(before.startDay(b)) + " (" + where(before, b, rows)
                                + "), which has no DEC"
                                : "is before " + Ssda903.date(previousEnd) + ", the DEC of the episode of '"
                                        + before.id(before.idOf(b)) + "' from " + Ssda903.date(before.startDay(b)) + " ("
                                        + where(before, b, rows) + ")")
                        + ": the episodes overlap (DfE rule 501)");
            }
            if (gap) {
                String reason = tables.get(tableOf[g]).reason(i);
                rows.report().warning(file, line, "RNE", () -> "'" + reason + "' says the period of care goes on, but "
                        + (previousEnd == CareData.OPEN
                                ? "the episode of '" + before.id(before.idOf(b)) + "' before it, from "
                                        + Ssda903.date(before.startDay(b)) + " (" + where(before, b, rows) + "), has no DEC"
                                : "the episode starts on " + Ssda903.date(start) + ", not on " + Ssda903.date(previousEnd)
                                        + " when the episode of '" + before.id(before.idOf(b)) + "' before it ended ("
                                        + where(before, b, rows) + ")")
                        + " (DfE rule 433)");
            }
        }

        /** Where row {@code i} of {@code rows} is, as seen from a message about a row of {@code from}. */
        private static String where(EpisodeRows rows, int i, EpisodeRows from) {
            return (rows == from ? "" : rows.name() + " ") + "line " + rows.line(i);
        }

        private EpisodeRows rows(int g) {
            return tables.get(tableOf[g]).rows();
        }

        private int row(int q) {
            return rowOf[q];
        }
    }
}
