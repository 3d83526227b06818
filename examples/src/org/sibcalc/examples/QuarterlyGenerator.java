package org.sibcalc.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.basics.MoneyText;
import org.sibcalc.contract.Outcome;
import org.sibcalc.io.ExplanationCsv;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.StatementJson;
import org.sibcalc.payment.Payment;

/**
 * Writes the <b>synthetic</b> quarterly example, {@code examples/quarterly}: the Essex example's data as two
 * quarterly extracts, the payments made on the first, and a provider's claim on the second with two
 * deliberate mistakes. Nothing here is real data.
 *
 * <h2>Command line</h2>
 * <pre>
 * ./mvnw -q install -DskipTests
 * java -cp target/sibcalc-0.1.0-cli.jar:sibcalc-cli/target/test-classes org.sibcalc.examples.QuarterlyGenerator \
 *     [--essex examples/essex] [--out examples/quarterly]
 * </pre>
 *
 * <h2>The story</h2>
 * The Essex example's files are taken as the truth as known in spring 2019. An extract at a date X has the
 * young people who started by X, and the episodes that started by X; what happened after X is not yet
 * known: an episode that ended after X is still open, an exit after X is blank.
 * <ul>
 *   <li>{@code 2018-12-31/}: the extract at 2018-12-31, with two faults found later: the care episode of
 *       {@value #LATE_ID} from 2018-10-08 to 2018-11-29 had not been recorded yet (52 days in care), and the
 *       exit of {@value #EXIT_ID} was recorded as 2018-06-01 instead of 2018-07-01 (30 child days too few).</li>
 *   <li>{@code 2019-03-31/}: the extract at 2019-03-31, faults corrected, and {@code payments.csv}: what the
 *       commissioner paid for each quarter up to 2018-12-31, the payments of the 2018-12-31 extract's
 *       statement.</li>
 *   <li>{@code claim-2019-03-31.json} and {@code claim-participants-2019-03-31.csv}: the provider's claim at
 *       2019-03-31, sibcalc's own statement and explanation of the 2019-03-31 folder (with its ledger)
 *       with two mistakes: the payment at 2019-03-31 leaves out the (negative) true-up, and the per-person
 *       file still counts {@value #LATE_ID} without the late-recorded care, 52 care days fewer.</li>
 * </ul>
 */
public final class QuarterlyGenerator {

    /** The young person whose care episode was recorded late. */
    static final String LATE_ID = "MST0000239";
    /** The start of that episode. */
    static final String LATE_START = "2018-10-08";
    /** The young person whose exit date was corrected. */
    static final String EXIT_ID = "MST0000248";
    /** The exit date as first recorded. */
    static final String WRONG_EXIT = "2018-06-01";

    static final LocalDate FIRST = LocalDate.of(2018, 12, 31);
    static final LocalDate SECOND = LocalDate.of(2019, 3, 31);

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private QuarterlyGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path essex = Path.of("examples/essex");
        Path out = Path.of("examples/quarterly");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--essex":
                    essex = Path.of(args[i + 1]);
                    break;
                case "--out":
                    out = Path.of(args[i + 1]);
                    break;
                default:
                    throw new IllegalArgumentException("Unknown option " + args[i] + "; use --essex DIR --out DIR");
            }
        }
        generate(essex, out);
        System.err.println("Wrote the quarterly example to " + out);
    }

    /** Writes the example's folders and files into {@code out}; see the class description. */
    public static void generate(Path essex, Path out) throws IOException {
        Path first = out.resolve(FIRST.toString());
        Path second = out.resolve(SECOND.toString());
        Files.createDirectories(first);
        Files.createDirectories(second);
        List<String> participants = Files.readAllLines(essex.resolve("participants.csv"), StandardCharsets.UTF_8);
        List<String> episodes = Files.readAllLines(essex.resolve("episodes.csv"), StandardCharsets.UTF_8);
        byte[] contract = Files.readAllBytes(essex.resolve("contract.json"));

        Files.write(first.resolve("contract.json"), contract);
        write(first.resolve("participants.csv"), participants(participants, FIRST, true));
        write(first.resolve("episodes.csv"), episodes(episodes, FIRST, true));
        Files.write(second.resolve("contract.json"), contract);
        write(second.resolve("participants.csv"), participants(participants, SECOND, false));
        write(second.resolve("episodes.csv"), episodes(episodes, SECOND, false));

        // What was paid: the payments the 2018-12-31 extract's statement gave, each with a reference.
        Statement paid = inputs(first).calculation().statement(FIRST);
        List<String> ledger = new ArrayList<>(List.of("date,amount,reference"));
        for (Payment p : paid.payments()) {
            ledger.add(p.date() + "," + MoneyText.plain(p.payment()) + ",EEC-" + p.date().getYear() + "-Q"
                    + (p.date().getMonthValue() / 3));
        }
        write(second.resolve("payments.csv"), ledger);

        // The provider's claim: the 2019-03-31 folder's own statement and explanation, with two mistakes.
        Calculation calculation = inputs(second).calculation();
        Statement claimed = calculation.statement(SECOND);
        ObjectNode json = (ObjectNode) MAPPER.readTree(StatementJson.write(claimed));
        ObjectNode last = (ObjectNode) json.get("payments").get(json.get("payments").size() - 1);
        BigDecimal payment = new BigDecimal(last.get("payment").textValue());
        BigDecimal trueUp = new BigDecimal(last.get("trueUp").textValue());
        last.put("payment", payment.subtract(trueUp).toPlainString()); // mistake 1: the true-up left out
        Files.writeString(out.resolve("claim-" + SECOND + ".json"), MAPPER.writeValueAsString(json) + "\n",
                StandardCharsets.UTF_8);
        StringWriter explanation = new StringWriter(); // explain's columns that check compares
        ExplanationCsv.write(calculation.terms().participantOutcomes().stream().map(Outcome::name).toList(),
                calculation.explain(SECOND), explanation);
        List<String> rows = new ArrayList<>();
        for (String row : explanation.toString().split("\n")) {
            if (row.startsWith(LATE_ID + ",")) { // mistake 2: the late-recorded care left out
                String[] f = row.split(",", -1);
                f[5] = Long.toString(Long.parseLong(f[5]) - 52);
                row = String.join(",", f);
            }
            rows.add(row);
        }
        write(out.resolve("claim-participants-" + SECOND + ".csv"), rows);
    }

    private static InputFiles inputs(Path dir) {
        Path ledger = dir.resolve("payments.csv");
        InputFiles files = InputFiles.read(dir.resolve("contract.json"), dir.resolve("participants.csv"),
                dir.resolve("episodes.csv"), Files.exists(ledger) ? ledger : null, false);
        if (files.report().hasErrors()) {
            throw new IllegalStateException("The extract in " + dir + " has errors: " + files.report().errors());
        }
        return files;
    }

    /** The participants who started by {@code asOf}, an exit after it not yet known. */
    private static List<String> participants(List<String> lines, LocalDate asOf, boolean withFault) {
        List<String> extract = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1); // id,start,cohort,birth_date,exit_date
            if (LocalDate.parse(f[1]).isAfter(asOf)) {
                continue;
            }
            if (!f[4].isEmpty() && LocalDate.parse(f[4]).isAfter(asOf)) {
                f[4] = "";
            }
            if (withFault && f[0].equals(EXIT_ID)) {
                f[4] = WRONG_EXIT;
            }
            extract.add(String.join(",", f));
        }
        return extract;
    }

    /** The episodes that started by {@code asOf}, an end after it not yet known. */
    private static List<String> episodes(List<String> lines, LocalDate asOf, boolean withFault) {
        List<String> extract = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1); // id,start,end,type
            if (LocalDate.parse(f[1]).isAfter(asOf) || withFault && f[0].equals(LATE_ID) && f[1].equals(LATE_START)) {
                continue;
            }
            if (!f[2].isEmpty() && LocalDate.parse(f[2]).isAfter(asOf)) {
                f[2] = "";
            }
            extract.add(String.join(",", f));
        }
        return extract;
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
