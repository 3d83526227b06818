package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sibcalc.io.ValidationReport.RowCount;

/**
 * The validation report: a warning costs no sentence until it is read, so that a file with a hundred thousand
 * warnings, of which twenty are shown, writes twenty; and each file's rows are accounted for, a merged
 * repeat of an episode as used.
 */
class ValidationReportTest {

    @Test
    void aWarningsSentenceIsWrittenOnlyWhenTheWarningIsRead() {
        ValidationReport report = new ValidationReport();
        AtomicInteger written = new AtomicInteger();
        for (int i = 1; i <= 1000; i++) {
            int line = i + 1;
            report.warning("episodes.csv", line, "start", () -> {
                written.incrementAndGet();
                return "warning on line " + line;
            });
        }

        assertThat(report.warnings()).hasSize(1000);
        assertThat(written).hasValue(0);
        assertThat(report.warnings().stream().limit(2).map(Problem::toString)).containsExactly(
                "episodes.csv:2: start: warning on line 2", "episodes.csv:3: start: warning on line 3");
        assertThat(written).hasValue(2);
    }

    @Test
    void rowsReadAreRowsUsedAndRejectedAndMergedRowsAreAmongTheUsed() {
        ValidationReport report = new ValidationReport();
        ValidationReport.RowTally tally = report.rowsOf("episodes.csv");
        tally.used();
        tally.merged();
        tally.merged();
        tally.rejected();

        assertThat(report.rowCounts()).containsExactly(java.util.Map.entry("episodes.csv", new RowCount(4, 3, 1, 2)));
    }
}
