package org.sibcalc.io.ssda903;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.sibcalc.basics.Futures;
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

    /** The matched rows from which the work is shared with another thread. */
    private static final int ROWS_PLACED_APART = 100_000;

    // The episodes kept, in order: each one's participant, days and texts (numbers in texts), and the table, row
    // and line of its winning version.
    private final IntColumn participants;
    private final IntColumn starts;
    private final IntColumn ends;
    private final IntColumn types;
    private final IntColumn placements;
    private final IntColumn tables;
    private final IntColumn rows;
    private final IntColumn lines;
    private final List<String> texts;

    private RepeatedEpisodes(Merge merge) {
        // The merge kept its episodes at the front of its arrays, which are handed over as they are.
        int kept = merge.kept;
        participants = new IntColumn(merge.keptParticipant, kept);
        starts = new IntColumn(merge.startOf, kept);
        ends = new IntColumn(merge.endOf, kept);
        types = new IntColumn(merge.typeOf, kept);
        placements = new IntColumn(merge.placementOf, kept);
        tables = new IntColumn(merge.tableOf, kept);
        rows = new IntColumn(merge.rowOf, kept);
        lines = new IntColumn(merge.lineOf, kept);
        texts = merge.texts;
    }

    /**
     * Matches the rows of the tables to the participants and merges them, reporting conflicts and warnings in
     * the report of the table of the row concerned, and counting each matched row used, merged or rejected there.
     *
     * @param tables       the tables, in the order given (a later one is a later year's)
     * @param match        matches table {@code t}'s kept rows: each one's participant position, or -1 for a row
     *                     matched to no participant (which it reports and counts). Called once for each table,
     *                     on two threads at once for two tables when there are many rows
     * @param participants the number of participants
     * @return the episodes to keep, grouped by participant in the order the tables first name them (the
     *         first table's first), each participant's in order of {@code DECOM}
     */
    public static RepeatedEpisodes merge(List<EpisodesTable> tables, IntFunction<int[]> match, int participants) {
        return merge(tables, match, participants, ROWS_PLACED_APART);
    }

    /**
     * As {@link #merge(List, IntFunction, int)}, sharing the work with another thread from {@code rowsPlacedApart}
     * rows.
     */
    static RepeatedEpisodes merge(List<EpisodesTable> tables, IntFunction<int[]> match, int participants,
            int rowsPlacedApart) {
        int n = tables.size();
        int rows = 0;
        for (EpisodesTable table : tables) {
            rows = Math.addExact(rows, table.rows().size());
        }
        int[][] participantOf = new int[n][];
        if (rows >= rowsPlacedApart) {
            // Another thread matches the later tables, about half the rows, then makes the merge's arrays (room
            // for every row, matched or not) and numbers the tables' texts, while this one matches the others
            // and makes the first pass: making a million rows' arrays is mostly the memory's first use, which
            // costs about as much as either.
            int split = n;
            for (int later = 0; split > 1 && later + tables.get(split - 1).rows().size() <= rows / 2; ) {
                later += tables.get(--split).rows().size();
            }
            int from = split;
            int room = rows;
            CompletableFuture<Void> laterMatched = new CompletableFuture<>();
            CompletableFuture<Merge> making = CompletableFuture.supplyAsync(() -> {
                try {
                    for (int t = from; t < n; t++) {
                        participantOf[t] = match.apply(t);
                    }
                    laterMatched.complete(null);
                } catch (RuntimeException | Error e) {
                    laterMatched.completeExceptionally(e);
                    throw e;
                }
                return new Merge(tables, room);
            });
            for (int t = 0; t < from; t++) {
                participantOf[t] = match.apply(t);
            }
            Futures.join(laterMatched);
            return merged(tables, participantOf, participants, making, true);
        }
        for (int t = 0; t < n; t++) {
            participantOf[t] = match.apply(t);
        }
        return merged(tables, participantOf, participants, CompletableFuture.completedFuture(new Merge(tables, rows)),
                false);
    }

    /** The merge of the matched rows, into the arrays {@code making} gives. */
    private static RepeatedEpisodes merged(List<EpisodesTable> tables, int[][] participantOf, int participants,
            CompletableFuture<Merge> making, boolean twoThreads) {
        // A counting sort of the matched rows by participant, rows of one participant in the order given.
        // Participants are numbered in the order the tables first name them (group), not by position: the
        // tables list each child's rows together, so the passes below walk the tables and these arrays in
        // step, where positions (a participants file in another order) would send every row anywhere.
        // First pass: each matched row's group, written over its participant, and the rows of each group counted.
        int[][] groupOfRow = participantOf; // each kept row's group, or -1 when it is matched to none
        int[] groupOf = new int[participants]; // participant → its group + 1, or 0 before its first row
        int[] participantOfGroup = new int[participants];
        int groups = 0;
        int[] first = new int[participants + 1];
        int longest = 0;
        for (int[] of : groupOfRow) {
            longest = Math.max(longest, of.length);
        }
        int[] scratch = new int[longest];
        for (int[] of : groupOfRow) {
            int grouped = groupInOneRun(of, scratch, groupOf, participantOfGroup, groups);
            groups = grouped >= 0 ? grouped : groupRuns(of, null, of, groupOf, participantOfGroup, groups);
            for (int group : of) {
                if (group >= 0) {
                    first[group + 1]++;
                }
            }
        }
        for (int k = 0; k < groups; k++) {
            first[k + 1] += first[k];
        }
        Merge merge = Futures.join(making);
        // Second pass: each matched row's days, table, row, line, texts and whether its RNE continues care, put
        // at its place in group order. The tables are read in order and the places written anywhere, rather than
        // the other way round: a processor waits for a read from memory, not for a write, so a million rows merge
        // in a fraction of the time; and what comes after reads these places in order.
        // With many rows, the groups of the second half are placed on another thread: each thread writes only
        // its own groups' places, so neither waits for the other.
        int[] next = Arrays.copyOf(first, groups);
        int all = groups;
        int half = twoThreads ? all / 2 : all;
        if (half == all) {
            merge.place(groupOfRow, next, 0, all);
        } else {
            CompletableFuture<Void> secondHalf = CompletableFuture.runAsync(() -> merge.place(groupOfRow, next, half, all));
            merge.place(groupOfRow, next, 0, half);
            Futures.join(secondHalf);
        }
        // Last: each group's rows sorted by DECOM, merged and checked, and the episodes kept moved to the front.
        merge.keep(participantOfGroup, first, groups, half);
        return new RepeatedEpisodes(merge);
    }

    /**
     * Groups one table's matched rows {@code of} (participants, or -1) when each participant new in this table has
     * its rows in one run, as a table listing each child's rows together has: the groups so far are read first, in
     * a pass of their own (reads anywhere in {@code groupOf} that do not wait for each other, where a loop that
     * needs each answer before the next read waits for every one), then each run new here is given the next
     * group. Writes each row's group over {@code of}.
     *
     * @param scratch            room for the table's rows
     * @param groupOf            each participant's group + 1, or 0 before its first row
     * @param participantOfGroup each group's participant
     * @param groups             the groups so far
     * @return the groups after this table's, or -1, having changed nothing, when a participant new in this table
     *         has two runs of rows in it
     */
    private static int groupInOneRun(int[] of, int[] scratch, int[] groupOf, int[] participantOfGroup, int groups) {
        for (int i = 0; i < of.length; i++) {
            int p = of[i];
            scratch[i] = p >= 0 ? groupOf[p] : 0;
        }
        int after = groupRuns(of, scratch, scratch, groupOf, participantOfGroup, groups);
        // A participant with a second run here was given a second group, its last.
        boolean oneRunEach = after >= 0;
        for (int k = groups; oneRunEach && k < after; k++) {
            oneRunEach = groupOf[participantOfGroup[k]] == k + 1;
        }
        if (oneRunEach) {
            System.arraycopy(scratch, 0, of, 0, of.length);
            return after;
        }
        int given = after >= 0 ? after : participantOfGroup.length; // the groups given here, all of them at -1
        for (int k = groups; k < given; k++) {
            groupOf[participantOfGroup[k]] = 0; // undone
        }
        return -1;
    }

    /**
     * Gives each run of a table's rows {@code of} (participants, or -1) its participant's group, the next one when
     * the participant has none, writing each row's group, or -1, to {@code into}.
     *
     * @param known              each row's participant's group + 1 before this table, read at the first row of
     *                           each run; or null to read the groups as they are given
     * @param groupOf            each participant's group + 1, or 0 before its first row
     * @param participantOfGroup each group's participant
     * @param groups             the groups so far
     * @return the groups after this table's, or -1 when there would be more groups than participants (a
     *         participant in two runs, each taken for new with {@code known})
     */
    private static int groupRuns(int[] of, int @Nullable [] known, int[] into, int[] groupOf, int[] participantOfGroup,
            int groups) {
        int lastParticipant = -1;
        int group = -1;
        for (int i = 0; i < of.length; i++) {
            int p = of[i];
            if (p < 0) {
                into[i] = -1;
                continue;
            }
            if (p != lastParticipant) { // once a run of a child's rows
                lastParticipant = p;
                int g = known != null ? known[i] : groupOf[p];
                if (g == 0) {
                    if (groups == participantOfGroup.length) {
                        return -1;
                    }
                    participantOfGroup[groups] = p;
                    g = ++groups;
                    groupOf[p] = g;
                }
                group = g - 1;
            }
            into[i] = group;
        }
        return groups;
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
        return participants.size();
    }

    /**
     * {@return the participant of kept episode {@code k}}
     *
     * @param k the kept episode, from 0 to {@link #size()} exclusive
     */
    public int participant(int k) {
        return participants.get(k);
    }

    /**
     * {@return the table of kept episode {@code k}: the table of its winning version}
     *
     * @param k the kept episode, from 0 to {@link #size()} exclusive
     */
    public int table(int k) {
        return tables.get(k);
    }

    /**
     * {@return the row, in its {@linkplain #table table}, of kept episode {@code k}'s winning version}
     *
     * @param k the kept episode, from 0 to {@link #size()} exclusive
     */
    public int row(int k) {
        return rows.get(k);
    }

    /**
     * {@return the line, in its {@linkplain #table table}, of kept episode {@code k}'s winning version}
     *
     * @param k the kept episode, from 0 to {@link #size()} exclusive
     */
    public int line(int k) {
        return lines.get(k);
    }

    /** {@return the {@linkplain #table table} of each kept episode, in order; not to be changed} */
    public IntColumn tables() {
        return tables;
    }

    /** {@return the {@linkplain #line line} of each kept episode, in order; not to be changed} */
    public IntColumn lines() {
        return lines;
    }

    /**
     * {@return the start (DECOM) of kept episode {@code k}, an epoch day}
     *
     * @param k the kept episode, from 0 to {@link #size()} exclusive
     */
    public int startDay(int k) {
        return starts.get(k);
    }

    /**
     * {@return the end (DEC) of kept episode {@code k}'s winning version, an epoch day or {@link CareData#OPEN}}
     *
     * @param k the kept episode, from 0 to {@link #size()} exclusive
     */
    public int endDay(int k) {
        return ends.get(k);
    }

    /**
     * {@return the type (LS) of kept episode {@code k}}
     *
     * @param k the kept episode, from 0 to {@link #size()} exclusive
     */
    public String type(int k) {
        return texts.get(types.get(k));
    }

    /**
     * {@return the placement (PLACE) of kept episode {@code k}; "" for none}
     *
     * @param k the kept episode, from 0 to {@link #size()} exclusive
     */
    public String placement(int k) {
        return texts.get(placements.get(k));
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
        builder.addEpisodes(participants, starts, ends, types, texts, placements, texts);
    }

    /**
     * The work of one merge: the matched rows by their place in group order, and the episodes kept so far,
     * moved to the front of the same arrays.
     */
    private static final class Merge {
        private final List<EpisodesTable> tables;
        private final int[] startOf;
        private final int[] endOf;
        private final int[] tableOf;
        private final int[] rowOf;
        private final int[] lineOf;
        private final int[] typeOf; // a number in texts
        private final int[] placementOf; // a number in texts
        private final boolean[] continues;
        private final int[] keptParticipant;
        private final List<String> texts = new ArrayList<>();
        private int kept; // the episodes kept, at the front of the arrays, once all are
        // Each table's texts numbered across the tables, and whether its rows' RNE continues care.
        private final int[][] typeNumbers;
        private final int[][] placementNumbers;
        private final boolean[][] continuing;

        /** Room for {@code matched} rows, and the tables' texts numbered. */
        Merge(List<EpisodesTable> tables, int matched) {
            this.tables = tables;
            startOf = new int[matched];
            endOf = new int[matched];
            tableOf = new int[matched];
            rowOf = new int[matched];
            lineOf = new int[matched];
            typeOf = new int[matched];
            placementOf = new int[matched];
            continues = new boolean[matched];
            keptParticipant = new int[matched];
            typeNumbers = new int[tables.size()][];
            placementNumbers = new int[tables.size()][];
            continuing = new boolean[tables.size()][];
            Map<String, Integer> textNumbers = new HashMap<>();
            for (int t = 0; t < tables.size(); t++) {
                EpisodeRows rows = tables.get(t).rows();
                typeNumbers[t] = numbers(rows.types(), textNumbers, texts);
                placementNumbers[t] = numbers(rows.placements(), textNumbers, texts);
                continuing[t] = tables.get(t).continuing();
            }
        }

        /**
         * Puts each matched row of the groups from {@code from} to {@code to} (exclusive) at its place in group
         * order, table by table: the next place of its group ({@code next}, moved on), with its texts numbered
         * across the tables and whether its RNE continues care. Threads placing other groups write elsewhere.
         *
         * @param groupOfRow each table's rows' groups, -1 for a row matched to none
         * @param next       each group's next place
         */
        void place(int[][] groupOfRow, int[] next, int from, int to) {
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

        /**
         * Merges and checks the groups {@code [0, half)} here and, when {@code half} is not {@code groups}, the
         * others on another thread: each keeps its episodes from its groups' first place on, and reports and
         * counts in reports of its own, which are added to the tables' once both are done (a table's problems
         * are put in order of line when its report is added to all the others). The second half's episodes are
         * then moved down to follow the first's.
         *
         * @param participantOfGroup each group's participant
         * @param first              each group's first place, and the end of the last
         */
        void keep(int[] participantOfGroup, int[] first, int groups, int half) {
            ValidationReport[] own = new ValidationReport[tables.size()];
            for (int t = 0; t < own.length; t++) {
                own[t] = tables.get(t).rows().report();
            }
            Keeper keeper = new Keeper(0, own);
            if (half == groups) {
                keeper.groups(participantOfGroup, first, 0, groups);
                kept = keeper.kept;
                return;
            }
            ValidationReport[] apart = new ValidationReport[tables.size()];
            for (int t = 0; t < apart.length; t++) {
                apart[t] = new ValidationReport();
            }
            Keeper later = new Keeper(first[half], apart);
            CompletableFuture<Void> secondHalf = CompletableFuture.runAsync(
                    () -> later.groups(participantOfGroup, first, half, groups));
            keeper.groups(participantOfGroup, first, 0, half);
            Futures.join(secondHalf);
            int from = first[half];
            int n = later.kept - from;
            int to = keeper.kept;
            for (int[] column : List.of(startOf, endOf, tableOf, rowOf, lineOf, typeOf, placementOf, keptParticipant)) {
                System.arraycopy(column, from, column, to, n);
            }
            kept = to + n;
            for (int t = 0; t < own.length; t++) {
                own[t].addAll(apart[t]);
            }
        }

        /**
         * Sorts the places {@code [from, to)} by DECOM, rows of one DECOM in the order given: a child's few
         * rows, most often in order already (the tables are in order of year).
         */
        private void sortByStart(int from, int to) {
            for (int m = from + 1; m < to; m++) {
                int start = startOf[m];
                if (startOf[m - 1] <= start) {
                    continue;
                }
                int end = endOf[m];
                int table = tableOf[m];
                int row = rowOf[m];
                int line = lineOf[m];
                int type = typeOf[m];
                int placement = placementOf[m];
                boolean goesOn = continues[m];
                int j = m - 1;
                for (; j >= from && startOf[j] > start; j--) {
                    startOf[j + 1] = startOf[j];
                    endOf[j + 1] = endOf[j];
                    tableOf[j + 1] = tableOf[j];
                    rowOf[j + 1] = rowOf[j];
                    lineOf[j + 1] = lineOf[j];
                    typeOf[j + 1] = typeOf[j];
                    placementOf[j + 1] = placementOf[j];
                    continues[j + 1] = continues[j];
                }
                startOf[j + 1] = start;
                endOf[j + 1] = end;
                tableOf[j + 1] = table;
                rowOf[j + 1] = row;
                lineOf[j + 1] = line;
                typeOf[j + 1] = type;
                placementOf[j + 1] = placement;
                continues[j + 1] = goesOn;
            }
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
         * Keeps the episodes of some groups, from a place on, reporting and counting in the given reports: one
         * thread's share of {@link #keep}.
         */
        private final class Keeper {
            private int kept;
            private final ValidationReport[] reports; // each table's problems go to reports[table]
            private final ValidationReport.RowTally[] tallies;

            Keeper(int from, ValidationReport[] reports) {
                kept = from;
                this.reports = reports;
                tallies = new ValidationReport.RowTally[reports.length];
                for (int t = 0; t < reports.length; t++) {
                    tallies[t] = reports[t].rowsOf(tables.get(t).name());
                }
            }

            /** Merges and checks the groups {@code [from, to)}, in order. */
            void groups(int[] participantOfGroup, int[] first, int from, int to) {
                for (int k = from; k < to; k++) {
                    participant(participantOfGroup[k], first[k], first[k + 1]);
                }
            }

            /**
             * Sorts participant {@code p}'s places {@code [from, to)} by DECOM, merges them and checks its episodes,
             * moving each episode kept to the next kept place. That place is never one of a row still to be read:
             * before each episode, no more episodes have been kept than rows read, each episode taking one row or more.
             */
            void participant(int p, int from, int to) {
                sortByStart(from, to);
                int previous = -1; // the last episode kept, by its kept place
                for (int k = from; k < to; ) {
                    int end = k + 1;
                    while (end < to && startOf[end] == startOf[k]) {
                        end++;
                    }
                    int winner = end - k == 1 ? k : winner(k, end);
                    tallies[tableOf[winner]].used();
                    check(previous, winner);
                    previous = moveToFront(winner, p);
                    k = end;
                }
            }

            /** Moves the episode at place {@code q} to the next kept place, as participant {@code p}'s; returns that place. */
            private int moveToFront(int q, int p) {
                int at = kept++;
                if (at != q) { // whether its RNE continues care is not asked of an episode kept
                    startOf[at] = startOf[q];
                    endOf[at] = endOf[q];
                    tableOf[at] = tableOf[q];
                    rowOf[at] = rowOf[q];
                    lineOf[at] = lineOf[q];
                    typeOf[at] = typeOf[q];
                    placementOf[at] = placementOf[q];
                }
                keptParticipant[at] = p;
                return at;
            }

            /**
             * The version that stands for the places {@code [from, to)} of one episode (one CHILD and DECOM):
             * the first closed one, or else the first. Each other row is counted as a merged repeat, or is an
             * error when it disagrees with the winner so far.
             */
            private int winner(int from, int to) {
                int winner = from;
                for (int g = from + 1; g < to; g++) {
                    String conflict = conflict(winner, g);
                    EpisodeRows rows = rows(g);
                    if (conflict != null) {
                        EpisodeRows winnerRows = rows(winner);
                        int w = row(winner);
                        int i = row(g);
                        reports[tableOf[g]].error(rows.name(), rows.line(i), conflict, "'" + value(rows, i, conflict)
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

            /**
             * Warns of what the DfE's rules 355, 501 and 433 would say of episode {@code g} (a place) after
             * {@code previous} (the kept place of the episode kept before it; -1 for none). The sentences are written
             * when shown.
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
                ValidationReport report = reports[tableOf[g]];
                int i = row(g);
                String file = rows.name();
                int line = rows.line(i);
                if (zeroLength) {
                    report.warning(file, line, "DEC", () -> "'" + Ssda903.date(end) + "' is the DECOM too: the episode of '"
                            + rows.id(rows.idOf(i)) + "' starts and ends on one day and counts no days (DfE rule 355)");
                }
                if (previous < 0) {
                    return; // an earlier episode, if any, is in a return not given
                }
                EpisodeRows before = rows(previous);
                int b = row(previous);
                int previousEnd = endOf[previous];
                if (overlaps) {
                    report.warning(file, line, "DECOM", () -> "'" + Ssda903.date(start) + "' "
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
                    report.warning(file, line, "RNE", () -> "'" + reason + "' says the period of care goes on, but "
                            + (previousEnd == CareData.OPEN
                                    ? "the episode of '" + before.id(before.idOf(b)) + "' before it, from "
                                            + Ssda903.date(before.startDay(b)) + " (" + where(before, b, rows) + "), has no DEC"
                                    : "the episode starts on " + Ssda903.date(start) + ", not on " + Ssda903.date(previousEnd)
                                            + " when the episode of '" + before.id(before.idOf(b)) + "' before it ended ("
                                            + where(before, b, rows) + ")")
                            + " (DfE rule 433)");
                }
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
