package org.sibcalc.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/**
 * Writes a restated copy of an input folder in sibcalc's CSV form, as the next quarter's extract of the same
 * programme would be: the same contract, and a few thousand corrections spread evenly through the files, so
 * that {@code sibcalc compare OLD NEW} has something to find in every part of its report. The copy is a pure
 * function of the folder: no randomness, no clock.
 *
 * <ul>
 *   <li>every 400th episode with an end has its end 10 days later (a corrected end date: one episode removed
 *       and one added);</li>
 *   <li>every 1,500th episode is left out (recorded in error);</li>
 *   <li>every 500th participant has an exit date 400 days after the start when it had none, and none when it
 *       had one (a corrected exit);</li>
 *   <li>1,000 young people join after the last one, with ids after the last id, the last one's start and
 *       cohort, and no care.</li>
 * </ul>
 *
 * <pre>
 * java bench/src/org/sibcalc/bench/Restate.java OLD_DIR NEW_DIR
 * </pre>
 * Prints what it changed to standard error. The files must have the columns the generator writes:
 * {@code id,start,cohort,birth_date,exit_date} and {@code id,start,end,type}.
 */
public final class Restate {

    private static final int END_EVERY = 400;
    private static final int DROP_EVERY = 1_500;
    private static final int EXIT_EVERY = 500;
    private static final int JOINING = 1_000;

    private Restate() {
    }

    public static void main(String[] args) throws IOException {
        Path from = Path.of(args[0]);
        Path to = Path.of(args[1]);
        Files.createDirectories(to);
        Files.copy(from.resolve("contract.json"), to.resolve("contract.json"), StandardCopyOption.REPLACE_EXISTING);

        int exits = 0;
        String last = null;
        try (BufferedReader in = Files.newBufferedReader(from.resolve("participants.csv"), StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(to.resolve("participants.csv"), StandardCharsets.UTF_8)) {
            out.write(in.readLine());
            out.write('\n');
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (++n % EXIT_EVERY == 0) {
                    String[] f = line.split(",", -1); // id,start,cohort,birth_date,exit_date
                    f[4] = f[4].isEmpty() ? LocalDate.parse(f[1]).plusDays(400).toString() : "";
                    line = String.join(",", f);
                    exits++;
                }
                out.write(line);
                out.write('\n');
                last = line;
            }
            String[] f = last.split(",", -1);
            String prefix = f[0].replaceAll("[0-9]+$", "");
            long number = Long.parseLong(f[0].substring(prefix.length()));
            int digits = f[0].length() - prefix.length();
            for (int j = 1; j <= JOINING; j++) {
                out.write(prefix + String.format("%0" + digits + "d", number + j) + "," + f[1] + "," + f[2] + "," + f[3] + ",\n");
            }
        }

        int ends = 0;
        int dropped = 0;
        try (BufferedReader in = Files.newBufferedReader(from.resolve("episodes.csv"), StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(to.resolve("episodes.csv"), StandardCharsets.UTF_8)) {
            out.write(in.readLine());
            out.write('\n');
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (n % DROP_EVERY == 0) {
                    dropped++;
                    continue;
                }
                if (n % END_EVERY == 0) {
                    String[] f = line.split(",", -1); // id,start,end,type
                    if (!f[2].isEmpty()) {
                        f[2] = LocalDate.parse(f[2]).plusDays(10).toString();
                        line = String.join(",", f);
                        ends++;
                    }
                }
                out.write(line);
                out.write('\n');
            }
        }
        System.err.printf("restated %s as %s: %d exit dates corrected, %d young people joined, %d episode ends "
                + "corrected, %d episodes left out%n", from, to, exits, JOINING, ends, dropped);
    }
}
