package org.sibcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.Statement;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.InputFolder;

/**
 * {@code sibcalc explain}: one CSV row per participant, in the order of the data, with the first and last
 * day of the tracking window inclusive, and blank when the window is empty.
 */
class ExplainCommandTest {

    @TempDir
    Path dir;

    @Test
    void eachParticipantHasARowWithItsWindowInclusive() {
        InputFolder.in(dir)
                .participants("id,cohort,start,exit_date",
                        "P1,,2019-01-01,",
                        "P2,\"North, East\",2019-02-10,2019-02-10",
                        "P3,,2019-06-01,",
                        "P4,,2019-03-01,2019-03-15")
                .episodes("id,start,end", "P1,2019-02-01,2019-03-01");

        Run run = Run.sibcalc("explain", dir.toString(), "--as-of", "2019-03-31");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("""
                id,cohort,first_day,last_day,child_days,care_days,expected_care_days,window_end_reason,care_days_avoided,care_spans
                P1,2019-Q1,2019-01-01,2019-03-31,90,28,45.0,REPORTING_DATE,17.0,2019-02-01..2019-02-28
                P2,"North, East",,,0,0,0,EXIT,0,
                P3,2019-Q2,,,0,0,0,NOT_STARTED,0,
                P4,2019-Q1,2019-03-01,2019-03-14,14,0,7.0,EXIT,7.0,
                """);
        // P1: 31 + 28 + 31 = 90 days to the reporting date, 28 of them in care (February), 90 × 0.5 = 45.0;
        // 45.0 − 28 = 17.0 avoided. Tracked for 30 months, P1's window goes on after the reporting date.
        // P2 leaves on the day it starts and P3 starts after the reporting date: empty windows.
        // P4 leaves on 2019-03-15, its first day no longer tracked: 14 days, the last 2019-03-14.
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theHeaderIsWrittenEvenWithoutParticipants() {
        InputFolder.in(dir).participants("id,start");

        Run run = Run.sibcalc("explain", dir.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("id,cohort,first_day,last_day,child_days,care_days,expected_care_days,"
                + "window_end_reason,care_days_avoided,care_spans\n");
    }

    /**
     * The contract with a state (foster: placements U1, U2) and four participant outcomes: £5.00 a day out of
     * care, £100.00 a week in foster care, £2,000.00 at 52 weeks in foster care, £500.00 for engagement.
     */
    private void fosterFolder() {
        InputFolder.in(dir).contract(InputFolder.CONTRACT_V2)
                .participants("id,start", "P1,2019-01-01")
                .episodes("id,start,end,type,placement", "P1,2019-02-01,2019-03-01,CARE,U1", "P1,2019-03-10,,CARE,R1");
    }

    @Test
    void theOutcomesColumnsComeFirstThenTheWindowsEndTheCareDaysAvoidedAndTheSpansOfEachState() {
        fosterFolder();

        Run run = Run.sibcalc("explain", dir.toString(), "--as-of", "2019-03-31");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                id,cohort,first_day,last_day,child_days,care_days,expected_care_days,DAYS,BLOCKS,MILESTONE,ENGAGEMENT,\
                outcome_total,window_end_reason,care_days_avoided,care_spans,foster_spans
                P1,2019-Q1,2019-01-01,2019-03-31,90,50,45.0,40,4,0,1,1100,REPORTING_DATE,-5.0,\
                2019-02-01..2019-02-28;2019-03-10..2019-03-31,2019-02-01..2019-02-28
                """);
        // 90 days; in care in February (28) and from 10 March, still open (22): 50 care days, 40 out of care.
        // Expected 90 × 0.5 = 45.0, so 45.0 − 50 = −5.0 avoided. Foster (U1) is February only: 4 weeks.
        // 40 × £5.00 + 4 × £100.00 + £500.00 (engagement) = £1,100.00; 52 weeks are not reached.
    }

    @Test
    void jsonGivesTheSameFiguresWithEachSpansDays() {
        fosterFolder();

        Run run = Run.sibcalc("explain", dir.toString(), "--as-of", "2019-03-31", "--format", "json");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                {
                  "schema" : "sibcalc.explain/1",
                  "contract" : "Test SIB",
                  "asOf" : "2019-03-31",
                  "states" : [ "care", "foster" ],
                  "outcomes" : [ {
                    "name" : "DAYS",
                    "type" : "DAYS"
                  }, {
                    "name" : "BLOCKS",
                    "type" : "BLOCKS"
                  }, {
                    "name" : "MILESTONE",
                    "type" : "MILESTONE"
                  }, {
                    "name" : "ENGAGEMENT",
                    "type" : "ENGAGEMENT"
                  } ],
                  "participants" : [ {
                    "id" : "P1",
                    "cohort" : "2019-Q1",
                    "counted" : true,
                    "firstDay" : "2019-01-01",
                    "lastDay" : "2019-03-31",
                    "windowEnd" : "REPORTING_DATE",
                    "childDays" : 90,
                    "careDays" : 50,
                    "expectedCareDays" : "45.0",
                    "careDaysAvoided" : "-5.0",
                    "spans" : {
                      "care" : [ {
                        "firstDay" : "2019-02-01",
                        "lastDay" : "2019-02-28",
                        "days" : 28
                      }, {
                        "firstDay" : "2019-03-10",
                        "lastDay" : "2019-03-31",
                        "days" : 22
                      } ],
                      "foster" : [ {
                        "firstDay" : "2019-02-01",
                        "lastDay" : "2019-02-28",
                        "days" : 28
                      } ]
                    },
                    "outcomes" : [ {
                      "name" : "DAYS",
                      "units" : 40
                    }, {
                      "name" : "BLOCKS",
                      "units" : 4
                    }, {
                      "name" : "MILESTONE",
                      "units" : 0
                    }, {
                      "name" : "ENGAGEMENT",
                      "units" : 1
                    } ],
                    "outcomeTotal" : "1100"
                  } ]
                }
                """);
    }

    @Test
    void jsonOfAnEmptyWindowHasNoDays() throws Exception {
        InputFolder.in(dir).participants("id,start", "P1,2019-06-01");

        Run run = Run.sibcalc("explain", dir.toString(), "--as-of", "2019-03-31", "--format", "json");

        JsonNode p1 = new ObjectMapper().readTree(run.out()).get("participants").get(0);
        assertThat(p1.get("counted").booleanValue()).isFalse();
        assertThat(p1.get("firstDay").isNull()).isTrue();
        assertThat(p1.get("windowEnd").textValue()).isEqualTo("NOT_STARTED");
        assertThat(p1.get("spans").get("care")).isEmpty();
        assertThat(p1.has("outcomes")).as("no participant outcomes in the contract").isFalse();
    }

    @Test
    void checkTakesExplainsWholeCsvAsTheYoungPeoplesClaim() throws Exception {
        fosterFolder();
        Path claim = dir.resolve("claim.json");
        Path claimParticipants = dir.resolve("claim-participants.csv");
        Files.writeString(claim, Run.sibcalc("statement", dir.toString(), "--as-of", "2019-03-31", "--format", "json").out());
        Files.writeString(claimParticipants, Run.sibcalc("explain", dir.toString(), "--as-of", "2019-03-31").out());

        Run check = Run.sibcalc("check", dir.toString(), "--claim", claim.toString(),
                "--claim-participants", claimParticipants.toString());

        assertThat(check.status()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("every one agrees");
    }

    @Test
    void docsExplainShowsWhatExplainWrites() throws Exception {
        String docs = Files.readString(Path.of("docs/explain.md"));
        fosterFolder();
        for (String line : Run.sibcalc("explain", dir.toString(), "--as-of", "2019-03-31").outLines()) {
            assertThat(docs).contains("\n" + line + "\n");
        }
        InputFolder.in(dir).participants("id,start", "P1,2019-01-01").episodes("id,start,end", "P1,2019-02-01,2019-03-01");
        for (String line : Run.sibcalc("explain", dir.toString(), "--as-of", "2019-03-31").outLines()) {
            assertThat(docs).contains("\n> " + line + "\n");
        }
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        InputFolder.in(dir);

        assertThat(Run.sibcalc("explain", dir.toString(), "--format", "html").status()).isEqualTo(2);
    }

    @Test
    void theRowsOfTheEssexExampleAddUpToItsStatement() {
        Path essex = Path.of("examples/essex");

        Run explain = Run.sibcalc("explain", essex.toString(), "--as-of", "2019-03-31");

        List<String> rows = explain.outLines().subList(1, explain.outLines().size());
        assertThat(rows).hasSize(388);
        long childDays = rows.stream().mapToLong(row -> Long.parseLong(row.split(",")[4])).sum();
        long careDays = rows.stream().mapToLong(row -> Long.parseLong(row.split(",")[5])).sum();
        Statement statement = InputFiles.read(essex.resolve("contract.json"), essex.resolve("participants.csv"),
                essex.resolve("episodes.csv"), false).calculation().statement(LocalDate.of(2019, 3, 31));
        assertThat(childDays).isEqualTo(statement.programme().childDays());
        assertThat(careDays).isEqualTo(statement.programme().careDays());
        assertThat(explain.outLines().get(0).split(",")[8]).isEqualTo("care_days_avoided");
        BigDecimal avoided = rows.stream().map(row -> new BigDecimal(row.split(",")[8])).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(avoided).isEqualByComparingTo(statement.programme().careDaysAvoided().orElseThrow());
    }
}
