package org.sibcalc.report.html;

import java.util.List;
import java.util.Objects;

/**
 * A table of the page: the numbers behind a chart, or a list of figures. Each row starts with its header
 * cell (a date, a cohort, an outcome) followed by its other cells.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id      the table's HTML id, not null
 * @param caption what the table lists, not null
 * @param columns the column headings, the row headers' first; not null
 * @param rows    the rows, not null
 */
public record Table(String id, String caption, List<Column> columns, List<Row> rows) {

    /**
     * Checks the fields and copies the lists.
     *
     * @param id the {@link #id() id} record component
     * @param caption the {@link #caption() caption} record component
     * @param columns the {@link #columns() columns} record component
     * @param rows the {@link #rows() rows} record component
     */
    public Table {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caption, "caption");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != columns.size() - 1) {
                throw new IllegalArgumentException("Row '" + row.header() + "' has " + row.cells().size()
                        + " cells after its header, but the table has " + (columns.size() - 1) + " columns after the first");
            }
        }
    }

    /**
     * A column heading.
     *
     * @param heading the heading, not null
     * @param numeric whether the column holds numbers (aligned right)
     */
    public record Column(String heading, boolean numeric) {

        /**
         * Checks the heading.
         *
         * @param heading the {@link #heading() heading} record component
         * @param numeric the {@link #numeric() numeric} record component
         */
        public Column {
            Objects.requireNonNull(heading, "heading");
        }

        /**
         * {@return a column of numbers}
         *
         * @param heading the column's heading, not null
         */
        public static Column number(String heading) {
            return new Column(heading, true);
        }

        /**
         * {@return a column of words}
         *
         * @param heading the column's heading, not null
         */
        public static Column text(String heading) {
            return new Column(heading, false);
        }
    }

    /**
     * One row.
     *
     * @param header the row's header cell, not null
     * @param cells  the row's other cells, one for each column after the first, not null
     * @param total  whether the row adds up the rows above it
     */
    public record Row(String header, List<Cell> cells, boolean total) {

        /**
         * Checks the header and copies the cells.
         *
         * @param header the {@link #header() header} record component
         * @param cells the {@link #cells() cells} record component
         * @param total the {@link #total() total} record component
         */
        public Row {
            Objects.requireNonNull(header, "header");
            cells = List.copyOf(cells);
        }
    }

    /**
     * One cell.
     *
     * @param text    the cell as people read it, not null
     * @param numeric whether it is a number (aligned right)
     */
    public record Cell(String text, boolean numeric) {

        /**
         * Checks the text.
         *
         * @param text the {@link #text() text} record component
         * @param numeric the {@link #numeric() numeric} record component
         */
        public Cell {
            Objects.requireNonNull(text, "text");
        }

        /**
         * {@return a cell holding a number}
         *
         * @param text the number as people read it, not null
         */
        public static Cell number(String text) {
            return new Cell(text, true);
        }

        /**
         * {@return a cell holding words}
         *
         * @param text the words, not null
         */
        public static Cell text(String text) {
            return new Cell(text, false);
        }
    }
}
