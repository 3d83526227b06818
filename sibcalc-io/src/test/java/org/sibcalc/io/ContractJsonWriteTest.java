package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.testing.Theories.qt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.Caps;
import org.sibcalc.contract.Condition;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.MeasurementDates;
import org.sibcalc.contract.Netting;
import org.sibcalc.contract.Outcome;
import org.sibcalc.contract.OutcomeWindow;
import org.sibcalc.contract.State;
import org.sibcalc.contract.Tracking;
import org.sibcalc.testing.Draw;

/**
 * {@link ContractJson#write}: the contract file of a set of terms, which the reader reads back to the same terms;
 * and reading a contract from a stream or a reader as from a file.
 */
class ContractJsonWriteTest {

    @Test
    void aContractIsWrittenTermByTermInTheDocumentedOrder() {
        ContractTerms terms = ContractTerms.builder("Days out of care", Monetary.getCurrency("GBP"),
                        Tracking.of(Period.ofMonths(24), 18),
                        MeasurementDates.every(MeasurementDates.Frequency.QUARTER, LocalDate.of(2020, 3, 31),
                                LocalDate.of(2020, 12, 31)),
                        null,
                        new Outcome.Days("weeks in foster care", Condition.in("foster"),
                                Money.of(new BigDecimal("10.50"), "GBP"), new OutcomeWindow(Period.ofMonths(1), null),
                                Set.of(), new BigDecimal("0.10")))
                .careTypes(Set.of("V2", "C1"))
                .states(java.util.Map.of("foster", State.ofPlacements(Set.of("U4", "U1"))))
                .caps(Caps.total(Money.of(new BigDecimal("1000000"), "GBP")))
                .build();

        // Sets in code-point order (C1 before V2, U1 before U4); amounts to the penny at least (10.50,
        // 1000000.00), decimals exactly as held (0.10); the defaults written out (EXCLUSIVE, QUARTER, PROGRAMME, HALF_UP, no clawback); no
        // baseline, no window end, no cohorts: left out.
        assertThat(ContractJson.write(terms)).isEqualTo("""
                {
                  "name" : "Days out of care",
                  "currency" : "GBP",
                  "episodeEnd" : "EXCLUSIVE",
                  "careTypes" : [ "C1", "V2" ],
                  "states" : {
                    "foster" : {
                      "placements" : [ "U1", "U4" ]
                    }
                  },
                  "tracking" : {
                    "period" : "P24M",
                    "ageOutAt" : 18
                  },
                  "cohorts" : "QUARTER",
                  "measurement" : {
                    "from" : "2020-03-31",
                    "to" : "2020-12-31",
                    "every" : "QUARTER"
                  },
                  "outcomes" : [ {
                    "type" : "DAYS",
                    "name" : "weeks in foster care",
                    "condition" : {
                      "in" : "foster"
                    },
                    "pricePerDay" : "10.50",
                    "window" : {
                      "from" : "P1M"
                    },
                    "deadweight" : "0.10"
                  } ],
                  "netting" : "PROGRAMME",
                  "caps" : {
                    "total" : "1000000.00"
                  },
                  "rounding" : "HALF_UP",
                  "clawback" : false
                }
                """);
    }

    @Test
    void everyExampleContractIsReadBackToTheSameTerms() throws IOException {
        List<Path> contracts;
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            contracts = files.filter(f -> f.getFileName().toString().equals("contract.json")).sorted().toList();
        }
        assertThat(contracts).hasSizeGreaterThanOrEqualTo(8);
        for (Path file : contracts) {
            ContractTerms terms = read(Files.readString(file));

            String written = ContractJson.write(terms);

            assertThat(read(written)).as(file.toString()).isEqualTo(terms);
            assertThat(JsonSchemas.errors(JsonSchemas.CONTRACT, written)).as(file.toString()).isEmpty();
        }
    }

    @Test
    void aMonthlyBaselineListedDatesAndCapsAreWrittenAsHeld() {
        ContractTerms terms = ContractTerms.builder("Monthly", Monetary.getCurrency("EUR"), Tracking.of(Period.ofYears(1)),
                        MeasurementDates.of(List.of(LocalDate.of(2021, 1, 31), LocalDate.of(2021, 7, 31))),
                        Baseline.monthly(List.of(new BigDecimal("0.5"), new BigDecimal("0.450"))),
                        new Outcome.CareDaysAvoided("avoided", Money.of(new BigDecimal("45"), "EUR")))
                .netting(Netting.COHORT)
                .caps(new Caps(null, Money.of(new BigDecimal("100.5"), "EUR"), Money.of(new BigDecimal("7"), "EUR")))
                .clawback(true)
                .build();

        String written = ContractJson.write(terms);

        assertThat(written).contains("\"dates\" : [ \"2021-01-31\", \"2021-07-31\" ]",
                "\"monthly\" : [ \"0.5\", \"0.450\" ]", "\"pricePerDay\" : \"45.00\"", "\"perCohort\" : \"100.50\"",
                "\"perParticipant\" : \"7.00\"", "\"clawback\" : true").doesNotContain("\"total\"", "ageOutAt");
        assertThat(read(written)).isEqualTo(terms);
    }

    @Test
    void everyValidContractIsReadBackToTheSameTermsAndWrittenTheSameAgain() {
        // Any contract the reader takes, in any spelling (blanks around values, fields left out or null): the
        // written form reads back to equal terms, and writing those gives the same text.
        qt(200).forAll(Draw.gen(ContractSchemaPropertiesTest::contract)).checkAssert(json -> {
            ContractTerms terms = read(json);
            String written = ContractJson.write(terms);
            ContractTerms again = read(written);

            assertThat(again).as(written).isEqualTo(terms);
            assertThat(ContractJson.write(again)).isEqualTo(written);
        });
    }

    @Test
    void aContractIsReadFromAStreamOrAReaderAsFromAFile() throws IOException {
        Path file = Path.of("examples/essex/contract.json");
        ContractTerms fromFile = ContractJson.read(file, "contract.json", new ValidationReport());
        String text = Files.readString(file);

        ValidationReport report = new ValidationReport();
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(ContractJson.read(in, "contract.json", report)).isEqualTo(fromFile);
        }
        assertThat(ContractJson.read(new StringReader(text), "contract.json", report)).isEqualTo(fromFile);
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void aStreamsErrorsNameTheGivenNameAndLine() {
        ValidationReport report = new ValidationReport();
        String json = "{\n  \"name\": \"x\",\n  \"currency\": \"GBX\"\n}\n";

        assertThat(ContractJson.read(new StringReader(json), "from-the-database", report)).isNull();

        assertThat(report.errors()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("from-the-database");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("currency");
        });
    }

    @Test
    void aStreamLongerThanTheLimitIsNotReadWhole() {
        // A stream that never ends: reading stops one byte past 1 MiB with the size error.
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
        ValidationReport report = new ValidationReport();

        assertThat(ContractJson.read(endless, "pipe", report)).isNull();
        assertThat(ContractJson.read(new java.io.Reader() {
            @Override
            public int read(char[] chars, int from, int length) {
                java.util.Arrays.fill(chars, from, from + length, ' ');
                return length;
            }

            @Override
            public void close() {
            }
        }, "pipe", report)).isNull();

        assertThat(report.errors()).extracting(Problem::message).containsExactly(
                "is larger than the 1,048,576 bytes (1 MiB) read from a contract at most",
                "is larger than the 1,048,576 bytes (1 MiB) read from a contract at most");
    }

    @Test
    void investmentTermsAreReadFromAStreamOrAReaderAsFromAFile() throws IOException {
        Path file = Path.of("examples/essex/investment.json");
        ValidationReport report = new ValidationReport();
        var fromFile = InvestmentJson.read(file, "investment.json", report, Monetary.getCurrency("GBP"));
        byte[] bytes = Files.readAllBytes(file);

        assertThat(InvestmentJson.read(new ByteArrayInputStream(bytes), "investment.json", report,
                Monetary.getCurrency("GBP"))).isEqualTo(fromFile);
        assertThat(InvestmentJson.read(new StringReader(new String(bytes, StandardCharsets.UTF_8)), "investment.json",
                report, Monetary.getCurrency("GBP"))).isEqualTo(fromFile);
        assertThat(fromFile).isNotNull();
        assertThat(report.errors()).isEmpty();
    }

    private static ContractTerms read(String json) {
        ValidationReport report = new ValidationReport();
        ContractTerms terms = ContractJson.parse(json.getBytes(StandardCharsets.UTF_8), "contract.json", report);
        assertThat(report.errors()).as(json).isEmpty();
        return terms;
    }
}
