package org.sibcalc.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the <b>illustrative, synthetic</b> examples beside the Essex one: one contract for each family
 * of payment mechanism that UK children's-care outcomes contracts use (docs/rules.md, "Outcomes"), each with young
  * people
 * whose care episodes carry SSDA903-like legal statuses ({@code type}) and placements ({@code placement}).
 *
 * <p><b>None of this is real data</b>, and the contracts are not the real contracts: each takes the shape
 * of one published mechanism, with the published prices where there are any (the It's All About Me
 * adoption stages) and invented ones otherwise. Each example's {@code README.md} says which is which.
 *
 * <h2>Command line</h2>
 * <pre>
 * ./mvnw -q test-compile
 * java -cp target/test-classes org.sibcalc.examples.IllustrativeGenerator [--out DIR]
 * </pre>
 * Writes every example into its folder under {@code DIR} (default {@code examples}): {@code contract.json},
 * {@code participants.csv} and {@code episodes.csv} (UTF-8, {@code \n} line endings, dates
 * {@code yyyy-MM-dd}), one line to standard error per example and nothing to standard output.
 *
 * <h2>Where the data come from</h2>
 * The young people are those of {@link EssexGenerator} (its starts from 2013-04 to 2018-12, ages, exits),
 * drawn with each example's own number, seed and tracking period. What is added — every legal status and
 * placement, and for two of the shapes the care itself — comes from a second random stream of the same
 * seed ({@link #OWN_STREAM}), one {@code split()} per young person, so the Essex generator's own draws are
 * untouched. Three shapes:
 * <ul>
 *   <li><b>Edge of care</b> (Norfolk, Pan-London): the Essex generator's care episodes as they are, about a
 *       third of young people with some care. A spell of care starts as section 20 accommodation
 *       ({@code V2}, 60%) or under an interim care order ({@code C1}); each later episode of the spell is
 *       either a change of legal status in the same placement ({@code C1} → {@code C2} half the time,
 *       {@code V2} → {@code C1} 15% of the time) or a placement move. Placements: foster care
 *       {@code U1}–{@code U6} (64%), children's homes {@code K2} (20%) and {@code R1} (4%), semi-independent
 *       living {@code H5} (8%), placed with parents {@code P1} (4%).</li>
 *   <li><b>Step down from residential care</b> (Pyramid, Birmingham, Gloucestershire): everyone is in a
 *       residential placement ({@code K2} 75%, {@code R1}) when they start, having been there 30 to 700
 *       days, under a care order ({@code C2}, 70%) or section 20 ({@code V2}). After 14 to 240 days, 70%
 *       step down into foster care ({@code U6} 50%, {@code U4} 30%, the other {@code U} codes 4–6% each),
 *       15% move to another home and 15% leave care. A foster placement breaks down within 14 to 180 days
 *       40% of the time (then back to a home, 60%, or another foster placement); otherwise it lasts 180 to
 *       900 days, and then the young person leaves care or moves to another foster carer, half and half.
 *       A home placement after the first lasts 30 to 360 days. At each move a {@code V2} becomes
 *       {@code C2} one time in four. Care ends on the 18th birthday.</li>
 *   <li><b>Adoption</b> (It's All About Me): children aged 1 to 8 at registration (the start), who have
 *       waited 180 to 900 days in foster care ({@code U1}–{@code U6}) under a placement order ({@code E1},
 *       75%) or a care order ({@code C2}); 30% move foster carer once while waiting. 75% are placed with
 *       adopters 30 to 540 days after registration: {@code A5}/{@code A3} with the current foster carer
 *       (always after {@code U2} or {@code U5}, foster carers who are also approved adopters, and 10% of the
 *       time after the others) or else {@code A6}/{@code A4}; {@code A5}/{@code A6} under a placement order
 *       and {@code A3}/{@code A4} with consent under a care order. The adoption order, 150 to 450 days after
 *       placement, ends the episode and care. 6% of placements disrupt before the order, and the child
 *       goes back to foster care ({@code U6}) and is not placed again. The young people's ages are drawn
 *       afresh; the Essex generator's are not used. No age-out.</li>
 * </ul>
 * In the step-down and adoption shapes the data are extracted up to a year after each young person's
 * tracking window: an episode still going on then ends on that day or, one time in three, is open (blank
 * {@code end}). Episodes never overlap, never have zero length and never lie wholly outside the tracking
 * window.
 *
 * <h2>Determinism</h2>
 * Every file is a pure function of the {@link Example}: byte-for-byte identical on every run and platform
 * (the build checks that the bundled folders are what this class writes).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class IllustrativeGenerator {

    /** Mixed into each example's seed for the draws this class adds, a stream apart from the Essex draws. */
    static final long OWN_STREAM = 0x5344_4139_3033_4C53L;

    private static final int RUN_ON_MAX_DAYS = 365;
    private static final double OPEN_AT_EXTRACT = 1.0 / 3.0;
    private static final int AGE_OUT_YEARS = 18;

    private static final String[] EDGE_OF_CARE_PLACEMENTS = {"U1", "U2", "U3", "U4", "U5", "U6", "K2", "R1", "H5", "P1"};
    private static final int[] EDGE_OF_CARE_PERCENT = {4, 2, 10, 8, 2, 38, 20, 4, 8, 4};
    private static final String[] FOSTER_PLACEMENTS = {"U1", "U2", "U3", "U4", "U5", "U6"};
    private static final int[] STEP_DOWN_FOSTER_PERCENT = {6, 4, 6, 30, 4, 50};
    private static final int[] WAITING_FOSTER_PERCENT = {8, 3, 10, 20, 4, 55};
    private static final String[] RESIDENTIAL_PLACEMENTS = {"K2", "R1"};
    private static final int[] RESIDENTIAL_PERCENT = {75, 25};

    private IllustrativeGenerator() {
    }

    /** The shape of an example's care data; see the class documentation. */
    enum Shape { EDGE_OF_CARE, STEP_DOWN, ADOPTION }

    /**
     * One illustrative example: its folder under {@code examples/}, the prefix of its ids, its number of
     * young people, seed and tracking period in months (that of its contract), the shape of its data and its
     * contract.
     */
    enum Example {
        NORFOLK_DAYS("illustrative-norfolk-days", "NFK", 300, 20170401L, 36, Shape.EDGE_OF_CARE, """
                {
                  "name": "Norfolk-style days out of care (illustrative)",
                  "currency": "GBP",
                  "episodeEnd": "EXCLUSIVE",
                  "tracking": { "period": "P3Y", "ageOutAt": 18 },
                  "cohorts": "QUARTER",
                  "measurement": { "from": "2013-06-30", "to": "2021-12-31", "every": "QUARTER" },
                  "outcomes": [
                    { "type": "DAYS", "name": "days out of care", "condition": { "outOf": "care" },
                      "pricePerDay": "25.00", "deadweight": "0.33", "window": { "to": "P3Y" } }
                  ],
                  "rounding": "HALF_UP",
                  "clawback": false
                }
                """),
        PAN_LONDON_WEEKS("illustrative-pan-london-weeks", "PFP", 350, 20180401L, 24, Shape.EDGE_OF_CARE, """
                {
                  "name": "Pan-London Positive Families Partnership-style weeks out of care (illustrative)",
                  "currency": "GBP",
                  "episodeEnd": "EXCLUSIVE",
                  "tracking": { "period": "P2Y", "ageOutAt": 18 },
                  "cohorts": "QUARTER",
                  "measurement": { "from": "2013-06-30", "to": "2020-12-31", "every": "QUARTER" },
                  "outcomes": [
                    { "type": "BLOCKS", "name": "weeks out of care", "condition": { "outOf": "care" },
                      "block": "P7D", "pricePerBlock": "150.00" }
                  ],
                  "rounding": "HALF_UP",
                  "clawback": false
                }
                """),
        PYRAMID_FOSTER_WEEKS("illustrative-pyramid-foster-weeks", "PYR", 120, 20150401L, 36, Shape.STEP_DOWN, """
                {
                  "name": "Pyramid-style weeks in a family placement (illustrative)",
                  "currency": "GBP",
                  "episodeEnd": "EXCLUSIVE",
                  "states": { "foster": { "placements": ["U1", "U2", "U3", "U4", "U5", "U6"] } },
                  "tracking": { "period": "P3Y", "ageOutAt": 18 },
                  "cohorts": "QUARTER",
                  "measurement": { "from": "2013-06-30", "to": "2021-12-31", "every": "QUARTER" },
                  "outcomes": [
                    { "type": "BLOCKS", "name": "weeks in a foster placement", "condition": { "in": "foster" },
                      "block": "P7D", "pricePerBlock": "500.00", "maxBlocks": 104 }
                  ],
                  "rounding": "HALF_UP",
                  "clawback": false
                }
                """),
        BIRMINGHAM_STEP_DOWN("illustrative-birmingham-step-down", "BSD", 115, 20140701L, 24, Shape.STEP_DOWN, """
                {
                  "name": "Birmingham Step Down-style 52 weeks in foster care (illustrative)",
                  "currency": "GBP",
                  "episodeEnd": "EXCLUSIVE",
                  "states": { "foster": { "placements": ["U1", "U2", "U3", "U4", "U5", "U6"] } },
                  "tracking": { "period": "P2Y", "ageOutAt": 18 },
                  "cohorts": "QUARTER",
                  "measurement": { "from": "2013-06-30", "to": "2020-12-31", "every": "QUARTER" },
                  "outcomes": [
                    { "type": "MILESTONE", "name": "52 weeks in foster care", "condition": { "in": "foster" },
                      "sustained": "P52W", "price": "35000.00" }
                  ],
                  "rounding": "HALF_UP",
                  "clawback": false
                }
                """),
        ADOPTION_STAGES("illustrative-adoption-stages", "IAM", 100, 20130801L, 48, Shape.ADOPTION, """
                {
                  "name": "It's All About Me-style adoption stages (illustrative)",
                  "currency": "GBP",
                  "episodeEnd": "EXCLUSIVE",
                  "states": {
                    "adoptive": { "placements": ["A3", "A4", "A5", "A6"] },
                    "foster": { "placements": ["U1", "U2", "U3", "U4", "U5", "U6"] }
                  },
                  "tracking": { "period": "P4Y" },
                  "cohorts": "QUARTER",
                  "measurement": { "from": "2013-09-30", "to": "2022-12-31", "every": "QUARTER" },
                  "outcomes": [
                    { "type": "ENGAGEMENT", "name": "registration", "price": "8000.00" },
                    { "type": "MILESTONE", "name": "placement", "condition": { "in": "adoptive" },
                      "sustained": "P1D", "price": "23000.00" },
                    { "type": "MILESTONE", "name": "one year after placement", "condition": { "outOf": "foster" },
                      "sustained": "P1Y", "price": "6800.00" },
                    { "type": "MILESTONE", "name": "two years after placement", "condition": { "outOf": "foster" },
                      "sustained": "P2Y", "price": "15800.00" }
                  ],
                  "rounding": "HALF_UP",
                  "clawback": false
                }
                """),
        GLOUCESTERSHIRE_RESIDENTIAL("illustrative-gloucestershire-residential", "GLS", 100, 20160401L, 36,
                Shape.STEP_DOWN, """
                {
                  "name": "Gloucestershire-style quarters out of residential care (illustrative)",
                  "currency": "GBP",
                  "episodeEnd": "EXCLUSIVE",
                  "states": { "residential": { "placements": ["K2", "R1"] } },
                  "tracking": { "period": "P3Y", "ageOutAt": 18 },
                  "cohorts": "QUARTER",
                  "measurement": { "from": "2013-06-30", "to": "2021-12-31", "every": "QUARTER" },
                  "outcomes": [
                    { "type": "BLOCKS", "name": "quarters out of residential care",
                      "condition": { "outOf": "residential" }, "block": "P3M", "pricePerBlock": "3000.00" }
                  ],
                  "rounding": "HALF_UP",
                  "clawback": false
                }
                """);

        final String folder;
        final String idPrefix;
        final int participants;
        final long seed;
        final int trackingMonths;
        final Shape shape;
        final String contractJson;

        Example(String folder, String idPrefix, int participants, long seed, int trackingMonths, Shape shape,
                String contractJson) {
            this.folder = folder;
            this.idPrefix = idPrefix;
            this.participants = participants;
            this.seed = seed;
            this.trackingMonths = trackingMonths;
            this.shape = shape;
            this.contractJson = contractJson;
        }
    }

    /**
     * Command line entry point; see the class documentation.
     *
     * @param args {@code [--out DIR]}
     */
    public static void main(String[] args) {
        Path out = Path.of("examples");
        if (args.length == 2 && args[0].equals("--out")) {
            out = Path.of(args[1]);
        } else if (args.length != 0) {
            System.err.println("Usage: java -cp target/test-classes org.sibcalc.examples.IllustrativeGenerator"
                    + " [--out DIR (default examples)]");
            System.exit(2);
            return;
        }
        for (Example example : Example.values()) {
            Path folder = out.resolve(example.folder);
            try {
                int[] counts = generate(example, folder);
                System.err.println("IllustrativeGenerator: wrote " + counts[0] + " participants and " + counts[1]
                        + " episodes to " + folder);
            } catch (IOException e) {
                System.err.println("IllustrativeGenerator: cannot write " + folder + ": " + e);
                System.exit(1);
            }
        }
    }

    /**
     * Writes {@code participants.csv}, {@code episodes.csv} and {@code contract.json} of {@code example}
     * into {@code outDir}, creating it if needed and replacing those files if present.
     *
     * @param example the example, not null
     * @param outDir the directory to write to, not null
     * @return the numbers of participants and of episodes written
     * @throws IOException if a file cannot be written
     */
    static int[] generate(Example example, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        SplittableRandom own = new SplittableRandom(example.seed ^ OWN_STREAM);
        int[] counts = new int[2];
        try (Writer participantsCsv = EssexGenerator.open(outDir.resolve("participants.csv"));
                Writer episodesCsv = EssexGenerator.open(outDir.resolve("episodes.csv"))) {
            participantsCsv.write("id,start,cohort,birth_date,exit_date\n");
            episodesCsv.write("id,start,end,type,placement\n");
            EssexGenerator.draw(example.participants, example.seed, example.trackingMonths, young -> {
                SplittableRandom random = own.split();
                String id = young.id(example.idPrefix);
                long birth = example.shape == Shape.ADOPTION
                        ? young.start() - random.nextLong(365, 9 * 365)  // aged 1 to 8
                        : young.birth();
                List<Row> episodes = switch (example.shape) {
                    case EDGE_OF_CARE -> edgeOfCare(young, random);
                    case STEP_DOWN -> stepDown(young, random);
                    case ADOPTION -> adoption(young, example.trackingMonths, random);
                };
                participantsCsv.write(id + ',' + EssexGenerator.date(young.start()) + ",," + EssexGenerator.date(birth)
                        + ',' + (young.exit() >= 0 ? EssexGenerator.date(young.exit()) : "") + '\n');
                for (Row row : episodes) {
                    episodesCsv.write(id + ',' + EssexGenerator.date(row.start()) + ','
                            + (row.end() >= 0 ? EssexGenerator.date(row.end()) : "") + ',' + row.type() + ','
                            + row.placement() + '\n');
                }
                counts[0]++;
                counts[1] += episodes.size();
            });
        }
        Files.writeString(outDir.resolve("contract.json"), example.contractJson, StandardCharsets.UTF_8);
        return counts;
    }

    /** An episode row: epoch days {@code [start, end)}, {@code end} -1 when open; legal status and placement. */
    record Row(long start, long end, String type, String placement) {
    }

    /** The Essex generator's episodes, each with a legal status and a placement (also for {@link Ssda903Writer}). */
    static List<Row> edgeOfCare(EssexGenerator.YoungPerson young, SplittableRandom random) {
        List<Row> rows = new ArrayList<>();
        String type = "";
        String placement = "";
        for (EssexGenerator.Episode episode : young.episodes()) {
            if (episode.move() == 0) {
                type = random.nextInt(100) < 60 ? "V2" : "C1";
                placement = draw(EDGE_OF_CARE_PLACEMENTS, EDGE_OF_CARE_PERCENT, random);
            } else if (type.equals("C1") && random.nextInt(100) < 50) {
                type = "C2";
            } else if (type.equals("V2") && random.nextInt(100) < 15) {
                type = "C1";
            } else {
                placement = another(placement, EDGE_OF_CARE_PLACEMENTS, EDGE_OF_CARE_PERCENT, random);
            }
            rows.add(new Row(episode.start(), episode.end(), type, placement));
        }
        return rows;
    }

    /** Care from a residential placement at the start, stepping down to foster care or not. */
    private static List<Row> stepDown(EssexGenerator.YoungPerson young, SplittableRandom random) {
        Pathway pathway = new Pathway(young.trackingEnd(), adulthood(young), random);
        String type = random.nextInt(100) < 70 ? "C2" : "V2";
        boolean residential = true;
        String placement = draw(RESIDENTIAL_PLACEMENTS, RESIDENTIAL_PERCENT, random);
        long from = young.start() - random.nextInt(30, 701);
        long to = young.start() + random.nextInt(14, 241);
        boolean brokeDown = false;
        while (pathway.add(from, to, type, placement)) {
            int next = random.nextInt(100);
            if (residential) {
                if (next >= 85) {
                    break;  // leaves care
                }
                residential = next >= 70;
            } else if (brokeDown) {
                residential = next < 60;
            } else if (next < 50) {
                break;  // leaves care after a lasting foster placement
            }
            if (type.equals("V2") && random.nextInt(100) < 25) {
                type = "C2";
            }
            from = to;
            if (residential) {
                placement = another(placement, RESIDENTIAL_PLACEMENTS, RESIDENTIAL_PERCENT, random);
                to = from + random.nextInt(30, 361);
            } else {
                placement = another(placement, FOSTER_PLACEMENTS, STEP_DOWN_FOSTER_PERCENT, random);
                brokeDown = random.nextInt(100) < 40;
                to = from + (brokeDown ? random.nextInt(14, 181) : random.nextInt(180, 901));
            }
        }
        return pathway.rows();
    }

    /** Foster care while waiting, then for three in four a placement with adopters and an adoption order. */
    private static List<Row> adoption(EssexGenerator.YoungPerson young, int trackingMonths, SplittableRandom random) {
        long trackingEnd = LocalDate.ofEpochDay(young.start()).plusMonths(trackingMonths).toEpochDay();
        if (young.exit() >= 0) {
            trackingEnd = Math.min(trackingEnd, young.exit());
        }
        Pathway pathway = new Pathway(trackingEnd, Long.MAX_VALUE, random);
        String type = random.nextInt(100) < 75 ? "E1" : "C2";
        String foster = draw(FOSTER_PLACEMENTS, WAITING_FOSTER_PERCENT, random);
        long from = young.start() - random.nextInt(180, 901);
        boolean placed = random.nextInt(100) < 75;
        long placedOn = young.start() + random.nextInt(30, 541);
        long waitingEnd = placed ? placedOn : Long.MAX_VALUE;
        if (random.nextInt(100) < 30) {
            long move = young.start() + random.nextInt(0, 541);
            if (move < waitingEnd) {
                if (!pathway.add(from, move, type, foster)) {
                    return pathway.rows();
                }
                from = move;
                foster = another(foster, FOSTER_PLACEMENTS, WAITING_FOSTER_PERCENT, random);
            }
        }
        if (!pathway.add(from, waitingEnd, type, foster)) {
            return pathway.rows();
        }
        // foster carers who are also approved adopters (U2, U5) adopt the child they foster
        boolean withFosterCarer = foster.equals("U2") || foster.equals("U5") || random.nextInt(100) < 10;
        String adoptive = type.equals("E1") ? (withFosterCarer ? "A5" : "A6") : (withFosterCarer ? "A3" : "A4");
        long order = placedOn + random.nextInt(150, 451);
        if (random.nextInt(100) < 6) {
            long disrupted = placedOn + random.nextInt(30, (int) (order - placedOn));
            if (pathway.add(placedOn, disrupted, type, adoptive)) {
                pathway.add(disrupted, Long.MAX_VALUE, type, "U6");
            }
        } else {
            pathway.add(placedOn, order, type, adoptive);
        }
        return pathway.rows();
    }

    /** The 18th birthday, when care ends, as an epoch day. */
    private static long adulthood(EssexGenerator.YoungPerson young) {
        return LocalDate.ofEpochDay(young.birth()).plusYears(AGE_OUT_YEARS).toEpochDay();
    }

    /**
     * A young person's touching episodes as they are laid out, up to the end of the tracking window. The
     * episode in progress then ends as laid out or when care ends (the 18th birthday) if the data, extracted
     * up to a year after the window, show it; otherwise it ends at the extract or, one time in three, is
     * still open.
     */
    private static final class Pathway {
        private final long trackingEnd;
        private final long careEnds;
        private final SplittableRandom random;
        private final List<Row> rows = new ArrayList<>();

        Pathway(long trackingEnd, long careEnds, SplittableRandom random) {
            this.trackingEnd = trackingEnd;
            this.careEnds = careEnds;
            this.random = random;
        }

        /**
         * Adds the episode {@code [from, to)} ({@code to} {@link Long#MAX_VALUE} for one that lasts); returns
         * false when it is the last one, reaching the end of tracking or of care.
         */
        boolean add(long from, long to, String type, String placement) {
            if (to < trackingEnd && to < careEnds) {
                rows.add(new Row(from, to, type, placement));
                return true;
            }
            // the data are extracted up to a year after the window; care still going on then is open
            long extract = trackingEnd + random.nextInt(RUN_ON_MAX_DAYS + 1);
            long end = Math.min(to, careEnds);
            if (end > extract) {
                end = random.nextDouble() < OPEN_AT_EXTRACT ? -1 : extract;
            }
            rows.add(new Row(from, end, type, placement));
            return false;
        }

        List<Row> rows() {
            return rows;
        }
    }

    /** One of {@code codes}, with weights in percent. */
    private static String draw(String[] codes, int[] percent, SplittableRandom random) {
        return codes[EssexGenerator.pick(percent, random.nextInt(100))];
    }

    /** One of {@code codes} other than {@code current}, with weights in percent (a placement move). */
    private static String another(String current, String[] codes, int[] percent, SplittableRandom random) {
        String code = draw(codes, percent, random);
        while (code.equals(current)) {
            code = draw(codes, percent, random);
        }
        return code;
    }
}
