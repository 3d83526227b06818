package org.sibcalc.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the Essex example ({@link EssexGenerator}) as a council holds it: SSDA903 tables, one Episodes table
 * per year of returns and a Header table ({@link Ssda903Writer}), beside a participants file. <b>Synthetic</b>,
 * like the Essex example: no row describes a real young person.
 *
 * <h2>Command line</h2>
 * <pre>
 * ./mvnw -q test-compile
 * java -cp sibcalc-cli/target/test-classes org.sibcalc.examples.Essex903Generator [--out DIR]
 * </pre>
 * Writes into {@code DIR} (default {@code examples/essex-903}) {@code contract.json}, {@code participants.csv},
 * {@code header.csv} and {@code episodes_2013-14.csv} to {@code episodes_2022-23.csv}, one line to standard
 * error and nothing to standard output.
 *
 * <h2>The same young people, the same statement</h2>
 * The young people and their care are the Essex generator's, drawn with its defaults (388, seed 20130401), so
 * the statement is the Essex example's, byte for byte (the build checks it):
 * <ul>
 *   <li>each care episode gets a legal status ({@code LS}: {@code V2}, {@code C1}, {@code C2}) and a placement
 *       ({@code PLACE}) as the illustrative edge-of-care examples draw them ({@link IllustrativeGenerator}),
 *       from a random stream of the seed's own, so Essex's draws are untouched; a spell's first episode starts
 *       a period of care ({@code RNE} {@code S}), each later one is a change of legal status ({@code L}) or
 *       placement ({@code P});</li>
 *   <li>the contract is Essex's with {@code careTypes} the legal statuses the episodes have, instead of the
 *       {@code CARE} of sibcalc's own form, so every episode still counts as care;</li>
 *   <li>the participants file gives the birth date only of young people never looked after: the others' is
 *       their {@code DOB} in the Header table, as a council's return has it;</li>
 *   <li>each year's Episodes table repeats the episodes open at the year's end, as real returns do; sibcalc
 *       merges the repeats into one episode.</li>
 * </ul>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Essex903Generator {

    /** The year (from 1 April) of the last return: every episode that ends has ended by mid 2022. */
    static final int LAST_RETURN = 2022;

    /** Essex's contract, counting the legal statuses of the episodes as care. */
    static final String CONTRACT_JSON = EssexGenerator.CONTRACT_JSON.replace("\"careTypes\": [\"CARE\"]",
            "\"careTypes\": [\"C1\", \"C2\", \"V2\"]");

    private Essex903Generator() {
    }

    /**
     * Command line entry point; see the class documentation.
     *
     * @param args {@code [--out DIR]}
     */
    public static void main(String[] args) {
        Path out = Path.of("examples/essex-903");
        if (args.length == 2 && args[0].equals("--out")) {
            out = Path.of(args[1]);
        } else if (args.length != 0) {
            System.err.println("Usage: java -cp sibcalc-cli/target/test-classes org.sibcalc.examples.Essex903Generator"
                    + " [--out DIR (default examples/essex-903)]");
            System.exit(2);
            return;
        }
        try {
            long[] counts = generate(out);
            System.err.println("Essex903Generator: wrote " + counts[0] + " participants and " + counts[1]
                    + " Episodes rows to " + out);
        } catch (IOException e) {
            System.err.println("Essex903Generator: cannot write " + out + ": " + e);
            System.exit(1);
        }
    }

    /**
     * Writes the example into {@code outDir}, creating it if needed and replacing its files if present.
     *
     * @return the numbers of participants and of Episodes rows written
     * @throws IOException if a file cannot be written
     */
    static long[] generate(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        long seed = EssexGenerator.DEFAULT_SEED;
        SplittableRandom own = new SplittableRandom(seed ^ IllustrativeGenerator.OWN_STREAM);
        long[] counts = new long[2];
        try (Writer participants = EssexGenerator.open(outDir.resolve("participants.csv"));
                Ssda903Writer tables = new Ssda903Writer(outDir, LAST_RETURN)) {
            participants.write("id,start,cohort,birth_date,exit_date\n");
            EssexGenerator.draw(EssexGenerator.DEFAULT_PARTICIPANTS, seed, 30, young -> {
                SplittableRandom random = own.split();
                String id = young.id("MST");
                List<Ssda903Writer.Episode> episodes = Ssda903Writer.episodes(IllustrativeGenerator.edgeOfCare(young, random));
                // Looked after: the birth date is the Header's DOB; never looked after: the participants file's.
                participants.write(id + ',' + EssexGenerator.date(young.start()) + ",,"
                        + (episodes.isEmpty() ? EssexGenerator.date(young.birth()) : "") + ','
                        + (young.exit() >= 0 ? EssexGenerator.date(young.exit()) : "") + '\n');
                if (!episodes.isEmpty()) {
                    tables.child(id, young.birth(), episodes, random);
                }
                counts[0]++;
            });
            counts[1] = tables.rows();
        }
        Files.writeString(outDir.resolve("contract.json"), CONTRACT_JSON, StandardCharsets.UTF_8);
        return counts;
    }
}
