package org.sibcalc.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sibcalc.io.InputLimits;

/** ExpectedRows: room is made once, when 1,024 rows are kept, for the rows the file's size gives, at most the limit. */
class ExpectedRowsTest {

    @Test
    void roomIsMadeOnceWhen1024RowsAreKept() {
        ExpectedRows expected = new ExpectedRows(640_000, 64);
        assertThat(IntStream.range(0, ExpectedRows.ROWS_BEFORE_RESERVE).map(expected::due)).containsOnly(0);
        assertThat(expected.due(ExpectedRows.ROWS_BEFORE_RESERVE)).isEqualTo(10_000);
        assertThat(expected.due(ExpectedRows.ROWS_BEFORE_RESERVE)).as("once").isZero();
        assertThat(expected.due(ExpectedRows.ROWS_BEFORE_RESERVE + 1)).isZero();
    }

    @Test
    void aFileOfUnknownSizeGetsNoRoomAndAHugeOneNoMoreThanTheLimit() {
        assertThat(new ExpectedRows(0, 64).due(ExpectedRows.ROWS_BEFORE_RESERVE)).isZero();
        assertThat(new ExpectedRows(Long.MAX_VALUE, 64).due(ExpectedRows.ROWS_BEFORE_RESERVE)).isEqualTo(InputLimits.MAX_ROWS);
    }
}
