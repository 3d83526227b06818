package org.sibcalc.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.Fixtures.assertExplanationsAddUp;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.money;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.examples.IllustrativeGenerator.Example;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.StatementText;
import org.sibcalc.measure.ParticipantExplanation;
import org.sibcalc.payment.Payment;

/**
 * The illustrative examples in {@code examples/illustrative-*}, one per mechanism family: each folder is what
 * {@link IllustrativeGenerator} writes, reads without an error or a warning, shows in its README the headline
 * its statement gives, and pays a few named young people what their rows in the folder's CSV files give when
 * worked by hand.
 */
class IllustrativeExamplesTest {

    private static Path folder(Example example) {
        return Path.of("examples", example.folder);
    }

    private static InputFiles read(Example example) {
        Path folder = folder(example);
        InputFiles inputs = InputFiles.read(folder.resolve("contract.json"), folder.resolve("participants.csv"),
                folder.resolve("episodes.csv"), false);
        assertThat(inputs.report().errors()).as("errors in %s", folder).isEmpty();
        return inputs;
    }

    private static Calculation calculation(Example example) {
        return read(example).calculation();
    }

    @ParameterizedTest
    @EnumSource(Example.class)
    void everyExampleIsReadWithoutAWarningAndEveryRowIsUsed(Example example) {
        InputFiles inputs = read(example);

        assertThat(inputs.report().warnings()).isEmpty();
        assertThat(inputs.report().rowCounts().values()).allSatisfy(count -> {
            assertThat(count.rejected()).isZero();
            assertThat(count.used()).isEqualTo(count.read()).isPositive();
        });
        assertThat(inputs.report().rowCounts().get(folder(example).resolve("participants.csv").toString()).read())
                .isEqualTo(example.participants);
    }

    @ParameterizedTest
    @EnumSource(Example.class)
    void everyExampleSaysItIsIllustrative(Example example) {
        assertThat(example.folder).startsWith("illustrative-");
        assertThat(calculation(example).terms().name()).endsWith("(illustrative)");
    }

    @ParameterizedTest
    @EnumSource(Example.class)
    void theGeneratorWritesTheBundledFilesByteForByte(Example example, @TempDir Path out) throws IOException {
        IllustrativeGenerator.generate(example, out);

        for (String file : List.of("participants.csv", "episodes.csv", "contract.json")) {
            assertThat(Files.readAllBytes(out.resolve(file))).as(file).isEqualTo(Files.readAllBytes(folder(example).resolve(file)));
        }
    }

    @ParameterizedTest
    @EnumSource(Example.class)
    void theYoungPeoplesUnitsAddUpToEveryPaymentsOutcomes(Example example) {
        Calculation calculation = calculation(example);
        Statement statement = calculation.statement();

        assertExplanationsAddUp(calculation, statement);
        assertThat(statement.warnings()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Example.class)
    void theReadmeShowsTheCommandAndTheHeadlineOfTheStatement(Example example) throws IOException {
        List<String> readme = Files.readAllLines(folder(example).resolve("README.md"));
        List<String> text = StatementText.write(calculation(example).statement()).lines().toList();
        int from = text.indexOf(text.stream().filter(line -> line.startsWith("  Total paid")).findFirst().orElseThrow());

        assertThat(readme).contains("./sibcalc statement examples/" + example.folder);
        assertThat(readme).containsSequence(text.subList(from, text.indexOf("Warnings: none.") + 1));
    }

    @Test
    void norfolkPaysEveryDayOutOfCareLessTheDeadweight() {
        Calculation calculation = calculation(Example.NORFOLK_DAYS);
        // Each day out of care in the first 3 years is worth £25.00 × (1 − 0.33) = £16.75.
        //
        // NFK0000001: start 2013-04-15, born 1999-03-22 (18 after the 3 years), never in care. Window
        // [2013-04-15, 2016-04-15) = 365 + 365 + 366 (29 February 2016) = 1,096 days: 1,096 × £16.75 = £18,358.00.
        assertEarned(calculation, "2021-12-31", "NFK0000001", List.of(1096L), "18358.00");
        // NFK0000012: start 2013-10-22. Care [2012-09-26, 2014-08-01) (V2 in U6, K2, U4: three touching
        // episodes, one spell, begun before the start) and [2015-04-27, 2016-02-26) (U6, U4). Window
        // [2013-10-22, 2016-10-22). Out of care: [2014-08-01, 2015-04-27) = 153 (to 2015-01-01) + 31 + 28 + 31
        // + 26 = 269 days, and [2016-02-26, 2016-10-22) = 4 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 21 = 239 days:
        // 508 × £16.75 = £8,509.00. At 2014-12-31 the window stops at 2015-01-01: 153 days, £2,562.75.
        assertEarned(calculation, "2021-12-31", "NFK0000012", List.of(508L), "8509.00");
        assertEarned(calculation, "2014-12-31", "NFK0000012", List.of(153L), "2562.75");
        // NFK0000008: start 2013-08-25, born 1997-09-19, exit 2015-12-19, never in care. The 18th birthday,
        // 2015-09-19, comes before the exit and the 3 years: window [2013-08-25, 2015-09-19) = 365 + 365 + 25
        // = 755 days: 755 × £16.75 = £12,646.25.
        assertEarned(calculation, "2021-12-31", "NFK0000008", List.of(755L), "12646.25");

        assertThat(outcomesAt(calculation.statement(), "2021-12-31"))
                .containsExactly("days out of care: DAYS, 223178 units, GBP 3738231.50");
    }

    @Test
    void panLondonPaysEveryCompleteWeekOutOfCare() {
        Calculation calculation = calculation(Example.PAN_LONDON_WEEKS);
        // £150.00 a complete week (P7D) out of care over 2 years; a spell of care ends a run of weeks.
        //
        // PFP0000001: start 2013-04-13, exit 2014-09-22: window [2013-04-13, 2014-09-22). Care
        // [2013-05-07, 2013-11-28), [2014-01-17, 2014-02-25) (U6, H5, K2: touching) and [2014-05-24, 2014-06-09)
        // (C1 then C2 in K2: a change of legal status, not of placement). Runs out of care: [04-13, 05-07) 24
        // days = 3 weeks; [2013-11-28, 2014-01-17) 3 + 31 + 16 = 50 days = 7 weeks; [2014-02-25, 2014-05-24)
        // 4 + 31 + 30 + 23 = 88 days = 12 weeks; [2014-06-09, 2014-09-22) 22 + 31 + 31 + 21 = 105 days = 15
        // weeks: 37 × £150.00 = £5,550.00.
        assertEarned(calculation, "2020-12-31", "PFP0000001", List.of(37L), "5550.00");
        // PFP0000002: start 2013-05-01, born 2000-03-08, never in care: window [2013-05-01, 2015-05-01) = 730
        // days = 104 weeks and 2 days: 104 × £150.00 = £15,600.00.
        assertEarned(calculation, "2020-12-31", "PFP0000002", List.of(104L), "15600.00");
        // PFP0000003: start 2013-05-19, born 1996-07-04: 18 on 2014-07-04, window [2013-05-19, 2014-07-04).
        // Care [2013-05-27, 2014-02-05) and [2014-02-19, 2014-06-30). Runs: 8 days = 1 week, 14 days = 2, and
        // 4 days at the end = 0: 3 × £150.00 = £450.00.
        assertEarned(calculation, "2020-12-31", "PFP0000003", List.of(3L), "450.00");

        assertThat(outcomesAt(calculation.statement(), "2020-12-31"))
                .containsExactly("weeks out of care: BLOCKS, 27602 units, GBP 4140300.00");
    }

    @Test
    void pyramidPaysEveryWeekInAFosterPlacementUpTo104() {
        Calculation calculation = calculation(Example.PYRAMID_FOSTER_WEEKS);
        // £500.00 a complete week (P7D) in a foster placement (U1–U6), at most 104 weeks, over 3 years.
        //
        // PYR0000001: start 2013-04-11, born 1999-04-17: window [2013-04-11, 2016-04-11). In K2 from
        // 2011-12-16, then U4 [2013-11-28, 2015-10-15) = 34 (to 2014-01-01) + 365 + 273 (to 2015-10-01) + 14 =
        // 686 days = 98 weeks exactly: 98 × £500.00 = £49,000.00.
        assertEarned(calculation, "2021-12-31", "PYR0000001", List.of(98L), "49000.00");
        // PYR0000003: start 2013-07-20, born 1998-02-28: the window ends on the 18th birthday,
        // [2013-07-20, 2016-02-28). K2, then R1 to 2014-11-04, then U4 [2014-11-04, 2015-08-29) and U6
        // [2015-08-29, 2016-02-28), touching: one run in foster care, [2014-11-04, 2016-02-28) = 365 + 27 + 31
        // + 31 + 27 = 481 days = 68 weeks and 5 days: 68 × £500.00 = £34,000.00.
        assertEarned(calculation, "2021-12-31", "PYR0000003", List.of(68L), "34000.00");
        // PYR0000012: start 2014-05-21, born 2002-01-21: window [2014-05-21, 2017-05-21). K2, R1, K2 to
        // 2015-01-24, then U3, U4 and U6 (touching) to 2017-12-20: one run [2015-01-24, 2017-05-21) = 365 + 366
        // + 8 + 28 + 31 + 30 + 20 = 848 days = 121 weeks and a day, of which 104 are paid: £52,000.00.
        assertEarned(calculation, "2021-12-31", "PYR0000012", List.of(104L), "52000.00");

        assertThat(outcomesAt(calculation.statement(), "2021-12-31"))
                .containsExactly("weeks in a foster placement: BLOCKS, 5939 units, GBP 2969500.00");
    }

    @Test
    void birminghamPaysOnceAYoungPersonHasBeen52WeeksInFosterCare() {
        Calculation calculation = calculation(Example.BIRMINGHAM_STEP_DOWN);
        // £35,000.00 once, when a run in foster care (U1–U6) has lasted 52 weeks = 364 days, within 2 years.
        //
        // BSD0000001: start 2013-04-24, born 2000-11-26: window [2013-04-24, 2015-04-24). K2 to 2013-05-26,
        // then U6 [2013-05-26, 2015-02-13). 2013-05-26 + 364 days = 2014-05-25: the 364th day is 2014-05-24,
        // so the milestone is not reached at 2014-03-31 and is at 2014-06-30.
        assertEarned(calculation, "2014-03-31", "BSD0000001", List.of(0L), "0");
        assertEarned(calculation, "2014-06-30", "BSD0000001", List.of(1L), "35000.00");
        // BSD0000070: start 2017-06-21, born 2000-12-02: window [2017-06-21, 2018-12-02). K2 (V2) from
        // 2017-03-09, then U4 [2017-10-12, 2018-02-04) = 20 + 30 + 31 + 31 + 3 = 115 days and U6 (now under a
        // care order, C2) [2018-02-04, 2018-12-02) = 25 + 275 + 1 = 301 days: neither lasts 52 weeks, but they
        // touch, so the run in foster care is [2017-10-12, 2018-12-02) = 416 days, 52 weeks on 2018-10-10.
        assertEarned(calculation, "2018-09-30", "BSD0000070", List.of(0L), "0");
        assertEarned(calculation, "2020-12-31", "BSD0000070", List.of(1L), "35000.00");
        // BSD0000005: start 2013-10-24, born 1998-03-13: window [2013-10-24, 2015-10-24). U6 [2013-11-27,
        // 2014-05-20) = 174 days broke down, back to K2; U1 from 2014-12-07, still open: the run
        // [2014-12-07, 2015-10-24) = 321 days when the 2 years end. Never 52 weeks: nothing.
        assertEarned(calculation, "2020-12-31", "BSD0000005", List.of(0L), "0");

        assertThat(outcomesAt(calculation.statement(), "2020-12-31"))
                .containsExactly("52 weeks in foster care: MILESTONE, 46 units, GBP 1610000.00");
    }

    @Test
    void adoptionPaysEachStageOnceWhenItIsReached() {
        Calculation calculation = calculation(Example.ADOPTION_STAGES);
        // Outcomes in order: registration £8,000 (ENGAGEMENT), placement £23,000 (a day in A3–A6), one and two
        // years after placement £6,800 and £15,800 (a run out of foster care, U1–U6, of P1Y and P2Y).
        //
        // IAM0000001: registered 2013-04-12, window [2013-04-12, 2017-04-12). In U6 from 2011-10-20, placed
        // (A6) on 2013-06-10, adoption order 2014-01-24 (no episode after it: out of care, with the family).
        // Out of foster care from 2013-06-10 on: 2013-06-10 + P1Y = 2014-06-10, so one year is reached at
        // 2014-06-09, and two years at 2015-06-09. At 2014-03-31: £8,000 + £23,000 = £31,000.00; at 2014-06-30
        // + £6,800 = £37,800.00; in the end + £15,800 = £53,600.00.
        assertEarned(calculation, "2014-03-31", "IAM0000001", List.of(1L, 1L, 0L, 0L), "31000.00");
        assertEarned(calculation, "2014-06-30", "IAM0000001", List.of(1L, 1L, 1L, 0L), "37800.00");
        assertEarned(calculation, "2022-12-31", "IAM0000001", List.of(1L, 1L, 1L, 1L), "53600.00");
        // IAM0000062: registered 2017-07-14, in U6 from 2016-09-10, placed (A4, with consent under a care
        // order) on 2018-02-02; the placement disrupted on 2018-11-27, back to U6: the run out of foster care
        // is [2018-02-02, 2018-11-27) = 298 days, short of a year: £8,000 + £23,000 = £31,000.00.
        assertEarned(calculation, "2022-12-31", "IAM0000062", List.of(1L, 1L, 0L, 0L), "31000.00");
        // IAM0000005: registered 2013-11-24, left the programme 2014-08-13, in U6 throughout: £8,000.00.
        assertEarned(calculation, "2022-12-31", "IAM0000005", List.of(1L, 0L, 0L, 0L), "8000.00");

        assertThat(outcomesAt(calculation.statement(), "2022-12-31")).containsExactly(
                "registration: ENGAGEMENT, 100 units, GBP 800000.00",
                "placement: MILESTONE, 73 units, GBP 1679000.00",
                "one year after placement: MILESTONE, 70 units, GBP 476000.00",
                "two years after placement: MILESTONE, 70 units, GBP 1106000.00");
    }

    @Test
    void gloucestershirePaysEveryThreeMonthsOutOfResidentialCare() {
        Calculation calculation = calculation(Example.GLOUCESTERSHIRE_RESIDENTIAL);
        // £3,000.00 a complete block of P3M out of residential care (K2, R1), over 3 years: in a run [a, b),
        // block k is complete when a + 3k months ≤ b.
        //
        // GLS0000001: start 2013-05-14, born 1999-08-27: window [2013-05-14, 2016-05-14). K2 to 2013-12-11,
        // then out of care: the run [2013-12-11, 2016-05-14) holds 9 blocks (the ninth ends 2016-03-11; the
        // tenth would end 2016-06-11): 9 × £3,000.00 = £27,000.00.
        assertEarned(calculation, "2021-12-31", "GLS0000001", List.of(9L), "27000.00");
        // GLS0000002: start 2013-06-27, born 1996-02-05: 18 on 2014-02-05, window [2013-06-27, 2014-02-05). K2
        // to 2014-01-02, then U6: the run [2014-01-02, 2014-02-05) is 34 days, no block: nothing.
        assertEarned(calculation, "2021-12-31", "GLS0000002", List.of(0L), "0");
        // GLS0000003: start 2013-08-20, born 1998-06-07: window [2013-08-20, 2016-06-07). R1 to 2014-04-02, U6
        // for 49 days (broke down: no block), K2 [2014-05-21, 2015-04-13), then U6, U4, U6 to the 18th
        // birthday: the run [2015-04-13, 2016-06-07) holds blocks ending 2015-07-13, 2015-10-13, 2016-01-13 and
        // 2016-04-13 (the fifth would end 2016-07-13): 4 × £3,000.00 = £12,000.00.
        assertEarned(calculation, "2021-12-31", "GLS0000003", List.of(4L), "12000.00");

        assertThat(outcomesAt(calculation.statement(), "2021-12-31"))
                .containsExactly("quarters out of residential care: BLOCKS, 631 units, GBP 1893000.00");
    }

    /** Checks one young person's units of each participant outcome, and their total, at {@code date}. */
    private static void assertEarned(Calculation calculation, String date, String id, List<Long> units, String total) {
        ParticipantExplanation why = calculation.explain(date(date)).filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        assertThat(why.outcomeUnits()).as("units of %s at %s", id, date).containsExactlyElementsOf(units);
        assertThat(why.outcomeTotal()).as("total of %s at %s", id, date).isEqualByComparingTo(total);
    }

    /** Returns each outcome of the payment at {@code date} as {@code name: TYPE, N units, GBP amount}. */
    private static List<String> outcomesAt(Statement statement, String date) {
        Payment payment = statement.payments().stream().filter(p -> p.date().equals(date(date))).findFirst().orElseThrow();
        return payment.outcomes().stream().map(o -> o.name() + ": " + o.type() + ", "
                + o.units().stripTrailingZeros().toPlainString() + " units, " + money(o.amount())).toList();
    }
}
