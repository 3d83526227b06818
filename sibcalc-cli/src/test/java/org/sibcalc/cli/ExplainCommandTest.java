package org.sibcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
                id,cohort,first_day,last_day,child_days,care_days,expected_care_days
                P1,2019-Q1,2019-01-01,2019-03-31,90,28,45.0
                P2,"North, East",,,0,0,0
                P3,2019-Q2,,,0,0,0
                P4,2019-Q1,2019-03-01,2019-03-14,14,0,7.0
                """);
        // P1: 31 + 28 + 31 = 90 days to the reporting date, 28 of them in care (February), 90 × 0.5 = 45.0.
        // P2 leaves on the day it starts and P3 starts after the reporting date: empty windows.
        // P4 leaves on 2019-03-15, its first day no longer tracked: 14 days, the last 2019-03-14.
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theHeaderIsWrittenEvenWithoutParticipants() {
        InputFolder.in(dir).participants("id,start");

        Run run = Run.sibcalc("explain", dir.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("id,cohort,first_day,last_day,child_days,care_days,expected_care_days\n");
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
    }
}
