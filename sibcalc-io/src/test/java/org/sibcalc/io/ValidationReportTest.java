package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
    void aBlockOfWarningsMakesAnEntryOnlyWhenReadAndKeepsItsPlaceAmongTheOthers() {
        AtomicInteger made = new AtomicInteger();
        java.util.function.IntFunction<List<Problem>> block = size -> new java.util.AbstractList<>() {
            @Override
            public Problem get(int index) {
                made.incrementAndGet();
                return new Problem(Problem.Severity.WARNING, "episodes.csv", 100 + index, "start", "block " + index);
            }

            @Override
            public int size() {
                return size;
            }
        };
        ValidationReport report = new ValidationReport();
        report.warning("participants.csv", 2, "id", "one");
        report.warnings(block.apply(100_000));
        report.warning("participants.csv", 3, "id", "two");
        report.warnings(block.apply(0));
        report.warnings(block.apply(2));
        report.warning("participants.csv", 4, "id", "three");

        List<Problem> warnings = report.warnings();
        assertThat(warnings).hasSize(100_005);
        assertThat(made).hasValue(0);
        assertThat(warnings.get(0).message()).isEqualTo("one");
        assertThat(warnings.get(1).message()).isEqualTo("block 0");
        assertThat(warnings.get(100_000).message()).isEqualTo("block 99999");
        assertThat(warnings.get(100_001).message()).isEqualTo("two");
        assertThat(warnings.get(100_002).message()).isEqualTo("block 0");
        assertThat(warnings.get(100_003).message()).isEqualTo("block 1");
        assertThat(warnings.get(100_004).message()).isEqualTo("three");
        assertThat(made).hasValue(4);
        assertThatThrownBy(() -> warnings.get(100_005)).isInstanceOf(IndexOutOfBoundsException.class);

        // Appended to another report, the single warnings come in order of line, then the blocks as they were.
        ValidationReport all = new ValidationReport();
        all.warning("contract.json", 1, "name", "first");
        all.append(report);
        assertThat(all.warnings()).hasSize(100_006);
        assertThat(all.warnings().stream().map(Problem::message).limit(5)).containsExactly("first", "one", "two",
                "three", "block 0");
        assertThat(all.warnings().get(100_005).message()).isEqualTo("block 1");
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

    @Test
    void aReportAddedToAnotherFollowsItInTheOrderFound() {
        ValidationReport report = new ValidationReport();
        report.error("a.csv", 5, "id", "e1");
        report.warning("a.csv", 9, "start", "w1");
        report.warnings(List.of(new Problem(Problem.Severity.WARNING, "a.csv", 2, "start", "b1")));
        report.rowsOf("a.csv").used();
        ValidationReport other = new ValidationReport();
        other.error("a.csv", 3, "id", "e2");
        other.warning("a.csv", 7, "start", "w2");
        other.warnings(List.of(new Problem(Problem.Severity.WARNING, "a.csv", 1, "start", "b2")));
        other.warning("a.csv", 4, "start", () -> "w3");
        other.rowsOf("a.csv").merged();
        other.rowsOf("a.csv").rejected();
        other.rowsOf("b.csv").used();

        report.addAll(other);

        assertThat(report.errors()).extracting(Problem::message).containsExactly("e1", "e2");
        assertThat(report.warnings()).extracting(Problem::message).containsExactly("w1", "b1", "w2", "b2", "w3");
        assertThat(report.rowCounts()).containsExactly(java.util.Map.entry("a.csv", new RowCount(3, 2, 1, 1)),
                java.util.Map.entry("b.csv", new RowCount(1, 1, 0)));
        assertThat(other.errors()).extracting(Problem::message).containsExactly("e2"); // not changed
    }
}
