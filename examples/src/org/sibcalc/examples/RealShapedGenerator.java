package org.sibcalc.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a <b>synthetic</b> data set shaped like a council's real extract rather than like a tidy example, in
 * sibcalc's own CSV form and as SSDA903 tables, the same young people and care in both: the benchmark's
 * real-shaped data ({@code bench/run --scenarios real,real-903}, BENCHMARKS.md).
 *
 * <h2>Command line</h2>
 * <pre>
 * java -cp CLASSES org.sibcalc.examples.RealShapedGenerator --csv DIR --ssda903 DIR [--participants N] [--seed S]
 * </pre>
 * Defaults: 1,000,000 participants, seed 20130401. {@code --csv} gets {@code contract.json},
 * {@code participants.csv} and {@code episodes.csv}; {@code --ssda903} gets {@code contract.json},
 * {@code participants.csv}, {@code header.csv} and one Episodes table a year ({@link Ssda903Writer}).
 *
 * <h2>How it differs from the Essex shape</h2>
 * The young people, their tracking windows and their care in the window are {@link EssexGenerator}'s, with
 * legal statuses and placements as {@link IllustrativeGenerator}'s edge-of-care examples draw them. Then:
 * <ul>
 *   <li><b>Ids in no order.</b> Each young person's id is a council-style number, {@code 10000001} and up, in
 *       a random order (a seeded shuffle): the participants file lists young people by start, so its ids are
 *       out of order, and the episodes (in both forms) are listed by id, as an export sorted by child would be,
 *       so they are in another order than the participants.</li>
 *   <li><b>A full care history.</b> {@value #WITH_HISTORY_PERCENT}% of young people (about 142,000 of a
 *       million) also have a spell of care wholly outside their tracking window, as a council's records go
 *       back to early childhood and on to adulthood: three in four an earlier spell (ended 30 to 900 days
 *       before the intervention or their first care), one in four a later one (30 to 400 days after the window
 *       and their last care, before their 18th birthday and the last return). A spell is one to three touching
 *       episodes, each a change of placement. Those episodes count no day and are each a warning.</li>
 *   <li><b>Yearly returns.</b> The SSDA903 form repeats every episode open at a year's end in the next year's
 *       table, and its participants file gives a birth date only to young people never looked after (the
 *       others' is the Header's {@code DOB}).</li>
 * </ul>
 * The contract is Essex's with {@code careTypes} the legal statuses used ({@link Essex903Generator}), in both
 * folders. Memory: the young people with care are held until they are written in order of id (about 0.5 GB at
 * a million).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RealShapedGenerator {

    static final int WITH_HISTORY_PERCENT = 14;
    private static final double WITH_HISTORY = 0.142;
    private static final double HISTORY_BEFORE = 0.75;
    private static final long ID_STREAM = 0x4944_5348_5546_464CL;
    private static final long HISTORY_STREAM = 0x4849_5354_4F52_5921L;
    private static final long FIRST_ID = 10_000_001L;
    /** Care ends before the end of the last return's year, 2023-04-01. */
    private static final long LAST_DAY = LocalDate.of(Essex903Generator.LAST_RETURN + 1, 4, 1).toEpochDay() - 1;

    private static final String[] STATUSES = {"V2", "C1", "C2"};
    private static final int[] STATUS_PERCENT = {50, 20, 30};
    private static final String[] PLACEMENTS = {"U1", "U3", "U4", "U6", "K2", "R1", "H5", "P1"};
    private static final int[] PLACEMENT_PERCENT = {5, 12, 10, 40, 18, 4, 7, 4};
    /** Percent of history spells of one, two, three episodes. */
    private static final int[] EPISODES_PERCENT = {60, 30, 10};

    private RealShapedGenerator() {
    }

    /** A young person with care, held until written in order of id. */
    private record Child(String id, long birth, List<IllustrativeGenerator.Row> rows) {
    }

    /**
     * Command line entry point; see the class documentation.
     *
     * @param args {@code --csv DIR --ssda903 DIR [--participants N] [--seed S]}
     */
    public static void main(String[] args) throws IOException {
        Path csv = null;
        Path ssda903 = null;
        int participants = 1_000_000;
        long seed = EssexGenerator.DEFAULT_SEED;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--csv" -> csv = Path.of(args[i + 1]);
                case "--ssda903" -> ssda903 = Path.of(args[i + 1]);
                case "--participants" -> participants = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        if (csv == null || ssda903 == null || args.length % 2 != 0) {
            System.err.println("Usage: java -cp CLASSES org.sibcalc.examples.RealShapedGenerator --csv DIR --ssda903 DIR"
                    + " [--participants N] [--seed S]");
            System.exit(2);
            return;
        }
        long[] counts = generate(csv, ssda903, participants, seed);
        System.err.println("RealShapedGenerator: wrote " + participants + " participants, " + counts[0] + " episodes ("
                + counts[1] + " of them outside the window, of " + counts[2] + " young people) to " + csv + ", and "
                + counts[3] + " Episodes rows to " + ssda903);
    }

    /**
     * Writes both folders.
     *
     * @return the numbers of episodes, of episodes outside the window, of young people with such episodes, and
     *         of SSDA903 Episodes rows
     */
    static long[] generate(Path csvDir, Path ssdaDir, int participants, long seed) throws IOException {
        Files.createDirectories(csvDir);
        Files.createDirectories(ssdaDir);
        int[] idOf = shuffledIds(participants, new SplittableRandom(seed ^ ID_STREAM));
        Child[] byId = new Child[participants];
        SplittableRandom own = new SplittableRandom(seed ^ IllustrativeGenerator.OWN_STREAM);
        SplittableRandom history = new SplittableRandom(seed ^ HISTORY_STREAM);
        long[] counts = new long[4];
        try (Writer csvParticipants = EssexGenerator.open(csvDir.resolve("participants.csv"));
                Writer ssdaParticipants = EssexGenerator.open(ssdaDir.resolve("participants.csv"))) {
            csvParticipants.write("id,start,cohort,birth_date,exit_date\n");
            ssdaParticipants.write("id,start,cohort,birth_date,exit_date\n");
            EssexGenerator.draw(participants, seed, 30, young -> {
                int position = idOf[young.number() - 1];
                String id = Long.toString(FIRST_ID + position);
                List<IllustrativeGenerator.Row> rows = new ArrayList<>(IllustrativeGenerator.edgeOfCare(young, own.split()));
                SplittableRandom random = history.split();
                if (random.nextDouble() < WITH_HISTORY) {
                    int added = addHistory(young, rows, random);
                    counts[1] += added;
                    counts[2] += added > 0 ? 1 : 0;
                }
                rows.sort(Comparator.comparingLong(IllustrativeGenerator.Row::start));
                counts[0] += rows.size();
                String start = EssexGenerator.date(young.start());
                String exit = young.exit() >= 0 ? EssexGenerator.date(young.exit()) : "";
                String birth = EssexGenerator.date(young.birth());
                csvParticipants.write(id + ',' + start + ",," + birth + ',' + exit + '\n');
                ssdaParticipants.write(id + ',' + start + ",," + (rows.isEmpty() ? birth : "") + ',' + exit + '\n');
                if (!rows.isEmpty()) {
                    byId[position] = new Child(id, young.birth(), rows);
                }
            });
        }
        try (Writer episodes = EssexGenerator.open(csvDir.resolve("episodes.csv"));
                Ssda903Writer tables = new Ssda903Writer(ssdaDir, Essex903Generator.LAST_RETURN)) {
            episodes.write("id,start,end,type,placement\n");
            SplittableRandom columns = new SplittableRandom(seed ^ HISTORY_STREAM ^ ID_STREAM);
            for (Child child : byId) {
                if (child == null) {
                    continue;
                }
                for (IllustrativeGenerator.Row row : child.rows()) {
                    episodes.write(child.id() + ',' + EssexGenerator.date(row.start()) + ','
                            + (row.end() >= 0 ? EssexGenerator.date(row.end()) : "") + ',' + row.type() + ','
                            + row.placement() + '\n');
                }
                tables.child(child.id(), child.birth(), Ssda903Writer.episodes(child.rows()), columns.split());
            }
            counts[3] = tables.rows();
        }
        Files.writeString(csvDir.resolve("contract.json"), Essex903Generator.CONTRACT_JSON, StandardCharsets.UTF_8);
        Files.writeString(ssdaDir.resolve("contract.json"), Essex903Generator.CONTRACT_JSON, StandardCharsets.UTF_8);
        return counts;
    }

    /** A seeded shuffle of 0 .. n − 1 (Fisher–Yates): young person k gets the id of position {@code ids[k]}. */
    private static int[] shuffledIds(int n, SplittableRandom random) {
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = ids[i];
            ids[i] = ids[j];
            ids[j] = swap;
        }
        return ids;
    }

    /**
     * Adds a spell of care wholly outside the young person's tracking window, before it or (when there is room
     * before the 18th birthday and the last return) after it; returns the number of episodes added, 0 when
     * neither fits.
     */
    private static int addHistory(EssexGenerator.YoungPerson young, List<IllustrativeGenerator.Row> rows,
            SplittableRandom random) {
        long eighteen = LocalDate.ofEpochDay(young.birth()).plusYears(18).toEpochDay();
        boolean lastOpen = rows.stream().anyMatch(row -> row.end() < 0);
        long firstCare = rows.stream().mapToLong(IllustrativeGenerator.Row::start).min().orElse(young.start());
        long lastCare = rows.stream().mapToLong(IllustrativeGenerator.Row::end).max().orElse(young.trackingEnd());
        boolean before = random.nextDouble() < HISTORY_BEFORE;
        long from;
        long to;
        if (!before && !lastOpen) {
            from = Math.max(young.trackingEnd(), lastCare) + random.nextInt(30, 401);
            to = Math.min(Math.min(from + random.nextInt(14, 501), eighteen), LAST_DAY);
            if (to - from >= 7) {
                return spell(from, to, rows, random);
            }
        }
        to = Math.min(young.start(), firstCare) - random.nextInt(30, 901);
        from = Math.max(to - random.nextInt(14, 701), young.birth() + 1);
        return to - from >= 7 ? spell(from, to, rows, random) : 0;
    }

    /** Adds the spell {@code [from, to)} as one to three touching episodes, each in another placement. */
    private static int spell(long from, long to, List<IllustrativeGenerator.Row> rows, SplittableRandom random) {
        int count = (int) Math.min(1 + EssexGenerator.pick(EPISODES_PERCENT, random.nextInt(100)), to - from);
        double[] weights = new double[count];
        for (int k = 0; k < count; k++) {
            weights[k] = random.nextDouble();
        }
        long[] lengths = EssexGenerator.split(to - from - count, weights);
        String status = STATUSES[EssexGenerator.pick(STATUS_PERCENT, random.nextInt(100))];
        String placement = "";
        long day = from;
        for (int k = 0; k < count; k++) {
            String next = placement;
            while (next.equals(placement)) {
                next = PLACEMENTS[EssexGenerator.pick(PLACEMENT_PERCENT, random.nextInt(100))];
            }
            placement = next;
            rows.add(new IllustrativeGenerator.Row(day, day + 1 + lengths[k], status, placement));
            day += 1 + lengths[k];
        }
        return count;
    }
}
