package org.sibcalc.io.csv;

import org.sibcalc.io.InputLimits;

/**
 * When a reader makes room for the rows of a file, so that its columns are not copied as they grow: once
 * {@value #ROWS_BEFORE_RESERVE} rows are kept, for about as many rows as the file's size gives. Not before: a
 * file that has few rows to keep and is large for another reason (a header, a row, then one line of a gigabyte,
 * say) costs no memory for rows it does not have. A file of unknown size gets no room made.
 *
 * <p>Shared by the readers of this module's formats; not for library users. Not thread-safe.
 */
public final class ExpectedRows {

    /** The rows kept before room is made. */
    public static final int ROWS_BEFORE_RESERVE = 1024;

    private int rows; // to make room for once ROWS_BEFORE_RESERVE rows are kept; 0 once made, or for none

    /**
     * About the rows of a file of {@code bytes} bytes at {@code bytesPerRow} a row.
     *
     * @param bytes the file's size, or 0 when not known
     * @param bytesPerRow about how many bytes a row of the file takes
     */
    public ExpectedRows(long bytes, int bytesPerRow) {
        rows = (int) Math.min(InputLimits.MAX_ROWS, bytes / bytesPerRow);
    }

    /**
     * {@return the rows to make room for now, with {@code kept} rows kept so far: the file's, once, when
     * {@code kept} is {@link #ROWS_BEFORE_RESERVE}; otherwise 0}
     *
     * @param kept the rows kept so far
     */
    public int due(int kept) {
        if (rows == 0 || kept != ROWS_BEFORE_RESERVE) {
            return 0;
        }
        int due = rows;
        rows = 0;
        return due;
    }
}
