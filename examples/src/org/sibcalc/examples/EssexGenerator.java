package org.sibcalc.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes an <b>illustrative, synthetic</b> data set shaped like the Essex Edge of Care social impact
 * bond: a participants file, a care-episodes file and the contract terms of docs/contract.md.
 *
 * <p><b>This is not Essex data.</b> No record describes a real young person; every date is drawn from
 * a seeded pseudo-random generator. The only thing taken from the real programme is its published
 * headline: 388 young people, a cumulative care proportion of 10.8% at March 2019 against a 55%
 * historical baseline, a reduction of over 96,000 care days. The generator builds data that
 * reproduces that headline under the rules of docs/rules.md, so that the library, its command line and its tests
 * have a realistic-looking example to run on.
 *
 * <h2>Command line</h2>
 * <pre>
 * java examples/src/org/sibcalc/examples/EssexGenerator.java --out DIR [--participants N] [--seed S]
 * </pre>
 * Defaults: {@value #DEFAULT_PARTICIPANTS} participants, seed {@value #DEFAULT_SEED}. N is 1 to
 * {@value #MAX_PARTICIPANTS}. Writes {@code DIR/participants.csv}, {@code DIR/episodes.csv} and
 * {@code DIR/contract.json} (UTF-8, {@code \n} line endings, dates {@code yyyy-MM-dd}), prints a
 * one-line summary to standard error and nothing to standard output. Other code can call
 * {@link #generate(Path, int, long)}. The bundled example in {@code examples/essex/} is the default run.
 * {@code IllustrativeGenerator} draws the same young people through {@code draw}, with other tracking
 * periods, and writes them with placements.
 *
 * <h2>Determinism</h2>
 * The output is a pure function of (N, seed): byte-for-byte identical on every run and platform.
 * Randomness comes only from {@link SplittableRandom}: two offsets first, then one {@code split()}
 * per participant, in participant order. No clock, default locale, default time zone or hash-ordered
 * collection is used, and floating point only ever draws a date, never counts a day.
 *
 * <h2>Shape of the data</h2>
 * <ul>
 *   <li><b>Participants</b> {@code MST0000001}, {@code MST0000002}, ... in order of start. Starts lie
 *       between 2013-04-01 and 2018-12-31 with a referral rate that rises linearly as the service
 *       becomes established (five times as many starts per day at the end as at the beginning);
 *       starts are stratified (participant <i>i</i> of <i>N</i> is drawn from the <i>i</i>-th
 *       <i>N</i>-quantile), so every N has the same shape with little sampling noise.</li>
 *   <li><b>Age at start</b> 11 to 17 completed years with weights 10, 11, 13, 16, 19, 18, 13 percent
 *       (mean 14.29), birth dates spread evenly within each year of age. Everyone has a birth date, so
 *       the 18th birthday ends tracking (the contract's {@code ageOutAt 18}).</li>
 *   <li><b>Exits</b> 3% move out of area: {@code exit_date} 14 to 912 days after start.</li>
 *   <li>Ages and exits are assigned with Weyl sequences rather than independent draws (see
 *       {@code Spread}), so even a few hundred participants have the intended mix, and the child days
 *       of a run vary little with the seed (standard deviation about 800 days at N = 388, against
 *       about 3,800 with independent draws).</li>
 *   <li><b>Care</b> about a third of young people have care episodes. Each of them has an intensity,
 *       the share of their tracking window spent in care (5% to 85%, skewed to short stays). Care
 *       comes in one to three spells separated by gaps; a spell is split into one to four touching
 *       episodes (placement moves: the next episode starts on the day the previous one ended). About
 *       one in twelve is already in care when the intervention starts, and half of those have an
 *       episode that began before their start date. A spell still running at the end of the tracking
 *       window runs on past it, and about a third of those are still open (blank {@code end}); one
 *       that reaches the 18th birthday usually ends on it. Episodes never overlap, never have zero
 *       length, never end before they start and never lie wholly outside the full 30-month window;
 *       every {@code type} is {@code CARE}.</li>
 *   <li><b>Extract date</b> the data cover every tracking window in full, as if extracted after the
 *       last one closed (mid 2021; run-on episodes end by mid 2022). Measured at an earlier reporting
 *       date, such as the headline date, episodes that begin after it lie outside the windows then.</li>
 * </ul>
 *
 * <h2>How the headline is reached</h2>
 * The generator reproduces, by construction, the published care proportion at the reporting date
 * D = {@value #HEADLINE_DATE_TEXT} under docs/rules.md, "Days" (tracking window {@code [start, min(start + P30M,
 * D + 1, exit_date, birth_date + 18 years))}, care days = union of episode spans inside the window):
 * <ol>
 *   <li>Pass 1 draws every participant and sums the child days C of their windows at D, and the
 *       "raw" care days R = Σ round(intensity × window length) of those with care.</li>
 *   <li>The target is T = round-half-up(0.108 × C) care days. Pass 2 draws the same participants again
 *       (same seed, same splits) and gives each one with care exactly its share of T, apportioned by
 *       raw care days with an exact integer running remainder, so the shares add up to T exactly. The
 *       spells are laid out so that exactly that many days fall inside the window at D; care before
 *       the start, after the window or after D (for those still being tracked at D) is added around it
 *       and is not counted at D.</li>
 * </ol>
 * The care proportion at D is therefore 0.108 to within 0.5 / C at every N (a share is only capped,
 * and the excess carried to the next participant, if it would exceed its window: this never happens
 * in practice because the intensity is at most 85% and the scale T/R is about 0.9). The start-date
 * and age shape were calibrated so that the default run (388 participants, seed 20130401) has about
 * 217,000 child days, hence care days avoided 0.55 × C − T of about 96,000.
 *
 * <h2>Size</h2>
 * Files are written as they are generated and each participant is held only while it is written, so
 * memory does not grow with N: 5,000,000 participants (about 390 MB of CSV) take about 7 seconds on
 * two cores, and run in a 64 MB heap.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class EssexGenerator {

    /** Number of participants when {@code --participants} is not given. */
    public static final int DEFAULT_PARTICIPANTS = 388;

    /** Seed when {@code --seed} is not given: the SIB's start date, 2013-04-01. */
    public static final long DEFAULT_SEED = 20130401L;

    /** Largest number of participants: identifiers have seven digits. */
    public static final int MAX_PARTICIPANTS = 9_999_999;

    /** The reporting date whose published headline the data reproduce, as text. */
    public static final String HEADLINE_DATE_TEXT = "2019-03-31";

    /** The reporting date whose published headline the data reproduce (the last day counted). */
    public static final LocalDate HEADLINE_DATE = LocalDate.parse(HEADLINE_DATE_TEXT);

    private static final String ID_PREFIX = "MST";
    private static final int ID_DIGITS = 7;

    private static final long FIRST_START = LocalDate.of(2013, 4, 1).toEpochDay();
    private static final long LAST_START = LocalDate.of(2018, 12, 31).toEpochDay();
    private static final long DAY_AFTER_HEADLINE = HEADLINE_DATE.plusDays(1).toEpochDay();

    private static final int TRACKING_MONTHS = 30;
    private static final int AGE_OUT_YEARS = 18;

    /** Published care proportion at the headline date, in thousandths (10.8%). */
    private static final long CARE_PROPORTION_PER_MILLE = 108;
    private static final BigDecimal BASELINE = new BigDecimal("0.55");

    /** Start density at 2013-04-01 relative to the mean; it rises linearly to 2 − this at 2018-12-31. */
    private static final double RAMP_START_DENSITY = 1.0 / 3.0;

    private static final int YOUNGEST = 11;
    /** Percent of participants aged 11, 12, ..., 17 in completed years at start. */
    private static final int[] AGE_PERCENT = {10, 11, 13, 16, 19, 18, 13};

    private static final double EXIT_SHARE = 0.03;
    private static final int EXIT_MIN_DAYS = 14;
    private static final int EXIT_MAX_DAYS = 913;

    private static final double CARE_SHARE = 1.0 / 3.0;
    private static final double INTENSITY_MIN = 0.05;
    private static final double INTENSITY_RANGE = 0.80;
    /** Exponent above 1 skews intensities towards short stays. */
    private static final double INTENSITY_SKEW = 1.6;

    private static final double IN_CARE_AT_START = 1.0 / 12.0;
    private static final double EARLIER_EPISODE = 0.5;
    private static final int EARLIER_EPISODE_MAX_DAYS = 400;
    private static final double STILL_IN_CARE_AT_WINDOW_END = 0.25;
    private static final double OPEN_AFTER_WINDOW = 1.0 / 3.0;
    private static final double ENDS_ON_18TH_BIRTHDAY = 0.7;
    private static final int RUN_ON_MAX_DAYS = 365;

    /** Percent of spell layouts with one, two, three spells of care. */
    private static final int[] SPELLS_PERCENT = {62, 28, 10};
    /** Percent of spells made of one, two, three, four episodes. */
    private static final int[] EPISODES_PERCENT = {55, 25, 13, 7};

    static final String CONTRACT_JSON = """
            {
              "name": "Essex Edge of Care SIB (illustrative terms)",
              "currency": "GBP",
              "episodeEnd": "EXCLUSIVE",
              "careTypes": ["CARE"],
              "tracking": { "period": "P30M", "ageOutAt": 18 },
              "cohorts": "QUARTER",
              "measurement": { "from": "2013-06-30", "to": "2021-06-30", "every": "QUARTER" },
              "baseline": { "proportion": "0.55" },
              "outcomes": [ { "type": "CARE_DAYS_AVOIDED", "pricePerDay": "45.00" } ],
              "netting": "PROGRAMME",
              "caps": { "total": "7100000.00" },
              "rounding": "HALF_UP",
              "clawback": false
            }
            """;

    private static final int BUFFER_CHARS = 1 << 16;

    private EssexGenerator() {
    }

    /**
     * What a run wrote, measured at {@link #HEADLINE_DATE} by the generator's own bookkeeping.
     *
     * @param participants number of participants written
     * @param episodes number of care episodes written
     * @param childDays total child days at the headline date
     * @param careDays total care days at the headline date
     */
    public record Summary(int participants, long episodes, long childDays, long careDays) {

        /**
         * Returns care days / child days at the headline date, half-even to 6 decimal places.
         *
         * @return the care proportion, or null when there are no child days
         */
        public BigDecimal careProportion() {
            return childDays == 0 ? null
                    : BigDecimal.valueOf(careDays).divide(BigDecimal.valueOf(childDays), 6, RoundingMode.HALF_EVEN);
        }

        /**
         * Returns 0.55 × child days − care days at the headline date (flat baseline), exact.
         *
         * @return the care days avoided, never null
         */
        public BigDecimal careDaysAvoided() {
            return BASELINE.multiply(BigDecimal.valueOf(childDays)).subtract(BigDecimal.valueOf(careDays));
        }
    }

    /**
     * Command line entry point; see the class documentation.
     *
     * @param args {@code --out DIR [--participants N] [--seed S]}
     */
    public static void main(String[] args) {
        Path out = null;
        int participants = DEFAULT_PARTICIPANTS;
        long seed = DEFAULT_SEED;
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (option.equals("--help") || option.equals("-h")) {
                    System.err.println(usage());
                    return;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Option " + option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--out" -> out = Path.of(value);
                    case "--participants" -> participants = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    default -> throw new IllegalArgumentException("Unknown option " + option);
                }
            }
            if (out == null) {
                throw new IllegalArgumentException("Option --out is required");
            }
            checkParticipants(participants);
        } catch (IllegalArgumentException e) {
            // NumberFormatException is an IllegalArgumentException: a bad number is a usage error too.
            System.err.println("EssexGenerator: " + e.getMessage() + "\n" + usage());
            System.exit(2);
            return;
        }
        try {
            Summary s = generate(out, participants, seed);
            System.err.println("EssexGenerator: wrote " + s.participants() + " participants and " + s.episodes()
                    + " episodes (seed " + seed + ") to " + out + "; at " + HEADLINE_DATE_TEXT + ": child days "
                    + s.childDays() + ", care days " + s.careDays() + ", care proportion " + s.careProportion()
                    + ", care days avoided " + s.careDaysAvoided().toPlainString());
        } catch (IOException e) {
            System.err.println("EssexGenerator: cannot write " + out + ": " + e);
            System.exit(1);
        }
    }

    private static String usage() {
        return "Usage: java examples/src/org/sibcalc/examples/EssexGenerator.java --out DIR"
                + " [--participants N (default " + DEFAULT_PARTICIPANTS + ", at most " + MAX_PARTICIPANTS + ")]"
                + " [--seed S (default " + DEFAULT_SEED + ")]";
    }

    private static void checkParticipants(int participants) {
        if (participants < 1 || participants > MAX_PARTICIPANTS) {
            throw new IllegalArgumentException("Argument 'participants' must be 1 to " + MAX_PARTICIPANTS
                    + ", but found " + participants);
        }
    }

    /**
     * Writes {@code participants.csv}, {@code episodes.csv} and {@code contract.json} into
     * {@code outDir}, creating it if needed and replacing those files if present.
     *
     * @param outDir the directory to write to, not null
     * @param participants the number of participants, 1 to {@value #MAX_PARTICIPANTS}
     * @param seed the seed; the same (participants, seed) always gives the same bytes
     * @return what was written, measured at {@link #HEADLINE_DATE}, never null
     * @throws IOException if a file cannot be written
     */
    public static Summary generate(Path outDir, int participants, long seed) throws IOException {
        if (outDir == null) {
            throw new IllegalArgumentException("Argument 'outDir' must not be null");
        }
        checkParticipants(participants);
        Files.createDirectories(outDir);
        Summary summary;
        try (Writer participantsCsv = open(outDir.resolve("participants.csv"));
                Writer episodesCsv = open(outDir.resolve("episodes.csv"))) {
            participantsCsv.write("id,start,cohort,birth_date,exit_date\n");
            episodesCsv.write("id,start,end,type\n");
            summary = draw(participants, seed, TRACKING_MONTHS, young -> {
                String id = young.id(ID_PREFIX);
                participantsCsv.write(id);
                participantsCsv.write(',');
                participantsCsv.write(date(young.start()));
                participantsCsv.write(",,");
                participantsCsv.write(date(young.birth()));
                participantsCsv.write(',');
                if (young.exit() >= 0) {
                    participantsCsv.write(date(young.exit()));
                }
                participantsCsv.write('\n');
                for (Episode episode : young.episodes()) {
                    episodesCsv.write(id);
                    episodesCsv.write(',');
                    episodesCsv.write(date(episode.start()));
                    episodesCsv.write(',');
                    if (!episode.isOpen()) {
                        episodesCsv.write(date(episode.end()));
                    }
                    episodesCsv.write(",CARE\n");
                }
            });
        }
        Files.writeString(outDir.resolve("contract.json"), CONTRACT_JSON, StandardCharsets.UTF_8);
        return summary;
    }

    /**
     * A young person as drawn, days as epoch days: {@code exit} is -1 when there is none, {@code trackingEnd}
     * the end of the full tracking window (exclusive: the earliest of start + the tracking months, the 18th
     * birthday and the exit), {@code episodes} the care episodes in date order.
     */
    record YoungPerson(int number, long start, long birth, long exit, long trackingEnd, List<Episode> episodes) {

        /** Returns the identifier: the prefix and the number in seven digits, such as {@code MST0000001}. */
        String id(String prefix) {
            String digits = Integer.toString(number);
            return prefix + "0".repeat(ID_DIGITS - digits.length()) + digits;
        }
    }

    /**
     * One care episode as laid out, epoch days {@code [start, end)}, {@code end} -1 when still open; it is
     * move {@code move} (0, 1, ...) of the young person's spell {@code spell} (0, 1, ...), so a move above 0
     * starts on the day the episode before it ended.
     */
    record Episode(long start, long end, int spell, int move) {

        boolean isOpen() {
            return end < 0;
        }
    }

    /** Takes each young person as they are drawn. */
    @FunctionalInterface
    interface YoungPeople {
        void accept(YoungPerson young) throws IOException;
    }

    /**
     * Draws the young people and their care, as {@link #generate(Path, int, long)} writes them when
     * {@code trackingMonths} is 30, and hands each one to {@code out} in order of start; a sibling
     * generator may write them differently. The headline is reached at {@link #HEADLINE_DATE} whatever the
     * tracking period.
     */
    static Summary draw(int participants, long seed, int trackingMonths, YoungPeople out) throws IOException {
        checkParticipants(participants);

        // Pass 1: child days and raw care days at the headline date, to fix the care-days target.
        long childDays = 0;
        long rawCareDays = 0;
        SplittableRandom master = new SplittableRandom(seed);
        Spread spread = Spread.draw(master);
        for (int i = 0; i < participants; i++) {
            Participant p = Participant.draw(i, participants, spread, master.split(), trackingMonths);
            childDays += p.daysAtHeadline();
            rawCareDays += p.rawCareDays();
        }
        long targetCareDays = (CARE_PROPORTION_PER_MILLE * childDays + 500) / 1000;
        double scale = rawCareDays == 0 ? 0.0 : (double) targetCareDays / rawCareDays;

        // Pass 2: the same participants again, now with their care laid out.
        long careDays = 0;
        long episodes = 0;
        long remainder = 0;  // of the exact apportionment targetCareDays × raw / rawCareDays
        long carried = 0;    // care days a full window could not take, passed to the next participant
        master = new SplittableRandom(seed);
        spread = Spread.draw(master);
        for (int i = 0; i < participants; i++) {
            SplittableRandom random = master.split();
            Participant p = Participant.draw(i, participants, spread, random, trackingMonths);
            List<Episode> care = List.of();
            if (p.hasCare()) {
                long share = carried;
                if (rawCareDays > 0) {
                    long numerator = targetCareDays * p.rawCareDays() + remainder;
                    share += numerator / rawCareDays;
                    remainder = numerator % rawCareDays;
                }
                long atHeadline = Math.min(share, p.daysAtHeadline());
                carried = share - atHeadline;
                careDays += atHeadline;
                care = episodes(p.layOutCare(atHeadline, scale, random), random);
                episodes += care.size();
            }
            out.accept(new YoungPerson(p.number(), p.start(), p.birth(), p.exit(), p.end(), care));
        }
        return new Summary(participants, episodes, childDays, careDays);
    }

    static Writer open(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                BUFFER_CHARS);
    }

    /**
     * One young person, all days as epoch days. {@code exit} is -1 when there is none; {@code end} is the
     * end of the full tracking window (exclusive), ignoring the reporting date.
     */
    private record Participant(int number, long start, long birth, long exit, long end, boolean hasCare,
            double intensity) {

        /** Draws participant {@code index} of {@code count}; pass 1 and pass 2 must call this identically. */
        static Participant draw(int index, int count, Spread spread, SplittableRandom random, int trackingMonths) {
            long start = stratifiedStart(index, count, random.nextDouble());
            LocalDate startDate = LocalDate.ofEpochDay(start);

            // The exact age at start, as a quantile: the band gives the completed years, the rest of
            // the quantile how far into that year of age the young person is.
            double percent = 100 * spread.ageQuantile(index);
            int band = pick(AGE_PERCENT, (int) percent);
            double intoYear = (percent - cumulativePercent(AGE_PERCENT, band)) / AGE_PERCENT[band];
            int age = YOUNGEST + band;
            LocalDate latestBirth = startDate.minusYears(age);
            LocalDate tooEarlyBirth = startDate.minusYears(age + 1L);
            long yearOfAge = latestBirth.toEpochDay() - tooEarlyBirth.toEpochDay();
            long birth = latestBirth.toEpochDay() - Math.min(yearOfAge - 1, (long) Math.floor(intoYear * yearOfAge));
            if (LocalDate.ofEpochDay(birth).plusYears(age + 1L).toEpochDay() <= start) {
                // born on 29 February, starting on 28 February: plusYears would make them a year older
                // on their start day, aged out already at 18; the next day keeps them at `age`.
                birth++;
            }

            long exit = spread.exits(index) ? start + random.nextInt(EXIT_MIN_DAYS, EXIT_MAX_DAYS) : -1;

            long end = Math.min(startDate.plusMonths(trackingMonths).toEpochDay(),
                    LocalDate.ofEpochDay(birth).plusYears(AGE_OUT_YEARS).toEpochDay());
            if (exit >= 0) {
                end = Math.min(end, exit);
            }

            boolean hasCare = random.nextDouble() < CARE_SHARE;
            double intensity = hasCare
                    ? INTENSITY_MIN + INTENSITY_RANGE * StrictMath.pow(random.nextDouble(), INTENSITY_SKEW)
                    : 0.0;
            return new Participant(index + 1, start, birth, exit, end, hasCare, intensity);
        }

        /** Inverse of the linearly rising start distribution at quantile (index + jitter) / count. */
        private static long stratifiedStart(int index, int count, double jitter) {
            double v = (index + jitter) / count;
            double a = RAMP_START_DENSITY;
            // cdf(t) = a t + (1 − a) t² on [0, 1]
            double t = (-a + StrictMath.sqrt(a * a + 4 * (1 - a) * v)) / (2 * (1 - a));
            long span = LAST_START - FIRST_START + 1;
            return FIRST_START + Math.min(span - 1, (long) Math.floor(t * span));
        }

        /** End of the tracking window at the headline date (exclusive). */
        long endAtHeadline() {
            return Math.min(end, DAY_AFTER_HEADLINE);
        }

        long daysAtHeadline() {
            return Math.max(0, endAtHeadline() - start);
        }

        long rawCareDays() {
            return hasCare ? Math.round(intensity * daysAtHeadline()) : 0;
        }

        /**
         * Lays out this young person's care: exactly {@code atHeadline} days inside the window at the
         * headline date; then, for someone still tracked after that date, care at the same scaled
         * intensity up to the end of the window; then a spell at the start may reach back before it and
         * one at the end of the window may run on past it.
         */
        Care layOutCare(long atHeadline, double scale, SplittableRandom random) {
            boolean inCareAtStart = random.nextDouble() < IN_CARE_AT_START;
            List<Spell> spells = layOut(start, endAtHeadline(), atHeadline, inCareAtStart, random);

            long afterHeadline = end - endAtHeadline();
            if (afterHeadline > 0) {
                boolean continuing = !spells.isEmpty() && spells.get(spells.size() - 1).to() == endAtHeadline();
                long later = Math.min(afterHeadline, Math.round(intensity * scale * afterHeadline));
                if (continuing) {
                    later = Math.max(1, later);
                }
                List<Spell> laterSpells = layOut(endAtHeadline(), end, later, continuing, random);
                if (continuing) {
                    // still in care on the day after the headline date: one spell across it
                    Spell before = spells.remove(spells.size() - 1);
                    spells.add(new Spell(before.from(), laterSpells.remove(0).to()));
                }
                spells.addAll(laterSpells);
            }
            if (spells.isEmpty()) {
                return new Care(spells, 0, 0, false);
            }

            long earlierDays = 0;
            if (spells.get(0).from() == start && random.nextDouble() < EARLIER_EPISODE) {
                earlierDays = random.nextInt(1, EARLIER_EPISODE_MAX_DAYS + 1);
            }
            long laterDays = 0;
            boolean open = false;
            if (spells.get(spells.size() - 1).to() == end) {
                boolean ageOut = end == LocalDate.ofEpochDay(birth).plusYears(AGE_OUT_YEARS).toEpochDay();
                if (!(ageOut && random.nextDouble() < ENDS_ON_18TH_BIRTHDAY)) {
                    // otherwise leaves care on the 18th birthday, exactly at the end of the window
                    open = random.nextDouble() < OPEN_AFTER_WINDOW;
                    laterDays = random.nextInt(RUN_ON_MAX_DAYS + 1);
                }
            }
            return new Care(spells, earlierDays, laterDays, open);
        }
    }

    /**
     * Where the ages and the exits fall: two Weyl sequences (multiples of the golden and the silver
     * ratio, modulo 1) with random offsets. Compared with independent draws, they give every N, down to
     * a few hundred, the intended age mix and exit share, so child days vary little from seed to seed;
     * and because the starts are stratified too, ages are evenly spread over the start dates.
     */
    private record Spread(double ageOffset, double exitOffset) {

        private static final double GOLDEN = (StrictMath.sqrt(5) - 1) / 2;
        private static final double SILVER = StrictMath.sqrt(2) - 1;

        /** Draws the offsets; must be the first use of the seed's generator. */
        static Spread draw(SplittableRandom master) {
            return new Spread(master.nextDouble(), master.nextDouble());
        }

        /** Quantile in [0, 1) of participant {@code index}'s exact age within the age distribution. */
        double ageQuantile(int index) {
            return fraction(ageOffset + index * GOLDEN);
        }

        /** Whether participant {@code index} moves out of area (3% of all). */
        boolean exits(int index) {
            return fraction(exitOffset + index * SILVER) < EXIT_SHARE;
        }

        private static double fraction(double x) {
            return x - Math.floor(x);
        }
    }

    /** A spell of continuous care {@code [from, to)}, epoch days; {@code from < to}. */
    private record Spell(long from, long to) {
    }

    /**
     * A young person's spells of care, disjoint and not touching, in date order. The first episode of
     * the first spell starts {@code earlierDays} before it (already in care before the start); the last
     * episode of the last spell ends {@code laterDays} after it, or is left open.
     */
    private record Care(List<Spell> spells, long earlierDays, long laterDays, boolean open) {
    }

    /**
     * Lays out exactly {@code careDays} days of care in [from, to) as one to three spells of at least a
     * day, separated by gaps of at least a day; the first starts at {@code from} when
     * {@code startsInCare}, and sometimes the last runs to {@code to}.
     */
    private static List<Spell> layOut(long from, long to, long careDays, boolean startsInCare,
            SplittableRandom random) {
        List<Spell> spells = new ArrayList<>(3);
        if (careDays <= 0) {
            return spells;
        }
        long freeDays = to - from - careDays;
        int count = 1 + pick(SPELLS_PERCENT, random.nextInt(100));
        count = (int) Math.min(count, Math.min(careDays, freeDays + 1));
        long[] lengths = split(careDays - count, count, random);

        double[] gapWeights = new double[count + 1];
        for (int g = 0; g <= count; g++) {
            gapWeights[g] = random.nextDouble();
        }
        if (startsInCare) {
            gapWeights[0] = 0;
        }
        if (random.nextDouble() < STILL_IN_CARE_AT_WINDOW_END && (count > 1 || !startsInCare)) {
            gapWeights[count] = 0;
        }
        long[] gaps = split(freeDays - (count - 1), gapWeights);

        long day = from + gaps[0];
        for (int s = 0; s < count; s++) {
            long spellEnd = day + 1 + lengths[s];
            spells.add(new Spell(day, spellEnd));
            day = spellEnd + (s + 1 < count ? 1 + gaps[s + 1] : 0);
        }
        return spells;
    }

    /**
     * Splits each spell into one to four touching episodes (placement moves); the spell is split before
     * the care before the start and after the window is added, so that no episode lies wholly outside
     * the tracking window.
     */
    private static List<Episode> episodes(Care care, SplittableRandom random) {
        List<Episode> episodes = new ArrayList<>();
        List<Spell> spells = care.spells();
        for (int s = 0; s < spells.size(); s++) {
            Spell spell = spells.get(s);
            long length = spell.to() - spell.from();
            int count = (int) Math.min(1 + pick(EPISODES_PERCENT, random.nextInt(100)), length);
            long[] lengths = split(length - count, count, random);
            long day = spell.from();
            for (int e = 0; e < count; e++) {
                long next = day + 1 + lengths[e];
                boolean first = s == 0 && e == 0;
                boolean last = s == spells.size() - 1 && e == count - 1;
                long start = first ? day - care.earlierDays() : day;
                long end = last && care.open() ? -1 : last ? next + care.laterDays() : next;
                episodes.add(new Episode(start, end, s, e));
                day = next;
            }
        }
        return episodes;
    }

    /** Splits {@code total ≥ 0} into {@code parts} non-negative parts with random weights. */
    private static long[] split(long total, int parts, SplittableRandom random) {
        double[] weights = new double[parts];
        for (int i = 0; i < parts; i++) {
            weights[i] = random.nextDouble();
        }
        return split(total, weights);
    }

    /**
     * Splits {@code total ≥ 0} into non-negative parts in proportion to {@code weights}, exactly: the
     * parts add up to {@code total}, and a part with weight 0 is 0 unless all weights are 0 (then the
     * last part takes everything).
     */
    static long[] split(long total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        long[] parts = new long[weights.length];
        if (sum <= 0) {
            parts[weights.length - 1] = total;
            return parts;
        }
        double cumulative = 0;
        long assigned = 0;
        for (int i = 0; i < weights.length - 1; i++) {
            cumulative += weights[i];
            long upTo = Math.min(total, (long) Math.floor(total * (cumulative / sum)));
            parts[i] = Math.max(0, upTo - assigned);
            assigned += parts[i];
        }
        parts[weights.length - 1] = total - assigned;
        return parts;
    }

    /** Sum of the weights before band {@code band}. */
    private static int cumulativePercent(int[] weightsPercent, int band) {
        int sum = 0;
        for (int i = 0; i < band; i++) {
            sum += weightsPercent[i];
        }
        return sum;
    }

    /** Index of the weight band that {@code percent} (0..99) falls in, for weights in percent. */
    static int pick(int[] weightsPercent, int percent) {
        int cumulative = 0;
        for (int i = 0; i < weightsPercent.length; i++) {
            cumulative += weightsPercent[i];
            if (percent < cumulative) {
                return i;
            }
        }
        return weightsPercent.length - 1;
    }

    static String date(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }
}
