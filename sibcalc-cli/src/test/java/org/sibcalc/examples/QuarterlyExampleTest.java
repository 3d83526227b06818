package org.sibcalc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.cli.SibcalcCommand;

/**
 * The quarterly example, {@code examples/quarterly}: its files are {@link QuarterlyGenerator}'s, and every
 * command its README shows gives the output shown there: {@code check} finds exactly the claim's two
 * mistakes, {@code compare} explains the movement, the statement shows the true-up.
 */
class QuarterlyExampleTest {

    private static final Path QUARTERLY = Path.of("examples/quarterly");

    /** One command of the README with the output block after it. */
    private record Shown(List<String> args, List<String> output) {
    }

    @Test
    void theGeneratorWritesTheExampleByteForByte(@TempDir Path out) throws IOException {
        QuarterlyGenerator.generate(Path.of("examples/essex"), out);

        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).map(out::relativize).sorted().toList();
        }
        assertThat(files).extracting(Path::toString).containsExactlyInAnyOrder("2018-12-31/contract.json",
                "2018-12-31/participants.csv", "2018-12-31/episodes.csv", "2019-03-31/contract.json",
                "2019-03-31/participants.csv", "2019-03-31/episodes.csv", "2019-03-31/payments.csv",
                "claim-2019-03-31.json", "claim-participants-2019-03-31.csv");
        for (Path file : files) {
            assertThat(Files.readAllBytes(out.resolve(file))).as(file.toString())
                    .isEqualTo(Files.readAllBytes(QUARTERLY.resolve(file)));
        }
    }

    @Test
    void everyCommandOfTheReadmeGivesTheOutputShown() throws IOException {
        List<Shown> shown = shown(Files.readAllLines(QUARTERLY.resolve("README.md")));
        assertThat(shown).extracting(s -> s.args().get(0)).containsExactly("compare", "statement", "check");
        for (Shown s : shown) {
            StringWriter out = new StringWriter();
            int status = SibcalcCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
                    s.args().toArray(String[]::new));
            List<String> lines = out.toString().lines().toList();
            if (s.args().get(0).equals("check")) {
                assertThat(status).as("check's exit status: the claim differs").isEqualTo(3);
                assertThat(lines).as("check's whole output").isEqualTo(s.output());
            } else {
                assertThat(status).as(String.join(" ", s.args())).isZero();
                assertInOrder(lines, s.output());
            }
        }
    }

    @Test
    void checkFindsExactlyTheTwoMistakesAsTheCsvInTheReadmeShows() throws IOException {
        StringWriter out = new StringWriter();
        int status = SibcalcCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "check",
                "examples/quarterly/2019-03-31", "--claim", "examples/quarterly/claim-2019-03-31.json",
                "--claim-participants", "examples/quarterly/claim-participants-2019-03-31.csv", "--format", "csv");

        assertThat(status).isEqualTo(3);
        // The payment claimed leaves out the true-up of −1,597.50 (30 × 0.55 × £45 = 742.50 for the corrected
        // exit, less 52 × £45 = 2,340.00 for the late episode); MST0000239's 52 care days are left out.
        assertThat(out.toString()).isEqualTo("""
                section,cohort,date,participant,field,claimed,recomputed,difference
                PAYMENT,,2019-03-31,,payment,344153.25,342555.75,1597.50
                PARTICIPANT,,,MST0000239,care_days,0,52,-52
                """);
        assertThat(Files.readString(QUARTERLY.resolve("README.md"))).contains(out.toString());
    }

    /** Checks that every shown line other than {@code ...} is in the output, in order. */
    private static void assertInOrder(List<String> output, List<String> shownLines) {
        int at = 0;
        for (String line : shownLines) {
            if (line.strip().equals("...")) {
                continue;
            }
            int found = output.subList(at, output.size()).indexOf(line);
            assertThat(found).as("README line '%s' in the output, after line %d:%n%s", line, at, String.join("\n", output))
                    .isNotNegative();
            at += found + 1;
        }
    }

    /** Each ```sh block's command with the ``` block that follows it. */
    private static List<Shown> shown(List<String> readme) {
        List<Shown> shown = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            if (!readme.get(i).equals("```sh")) {
                continue;
            }
            StringBuilder command = new StringBuilder();
            for (i++; !readme.get(i).equals("```"); i++) {
                String line = readme.get(i).strip();
                command.append(line.endsWith("\\") ? line.substring(0, line.length() - 1) : line).append(' ');
            }
            for (i++; !readme.get(i).equals("```"); i++) {
                // to the output block
            }
            List<String> output = new ArrayList<>();
            for (i++; !readme.get(i).equals("```"); i++) {
                output.add(readme.get(i));
            }
            List<String> args = new ArrayList<>(Arrays.asList(command.toString().strip().split("\\s+")));
            assertThat(args.remove(0)).isEqualTo("./sibcalc");
            shown.add(new Shown(args, output));
        }
        return shown;
    }
}
