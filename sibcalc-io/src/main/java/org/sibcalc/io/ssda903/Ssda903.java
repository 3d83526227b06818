package org.sibcalc.io.ssda903;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.sibcalc.io.csv.CsvRows;

/**
 * The tables of the DfE's SSDA903 return (looked-after children) that sibcalc reads, and how a file is
 * recognised as one of them: by its columns (docs/input-files.md, "SSDA903 tables").
 *
 * <ul>
 *   <li><b>Episodes</b> ({@value #EPISODES_COLUMNS_TEXT}): one row per episode of care, an episode with id
 *       {@code CHILD}, start {@code DECOM}, end {@code DEC} (the day it ceased, not counted), type {@code LS}
 *       (legal status) and placement {@code PLACE}.</li>
 *   <li><b>Header</b> ({@value #HEADER_COLUMNS_TEXT}): one row per child, the birth date {@code DOB}.</li>
 * </ul>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Ssda903 {

    private static final String EPISODES_COLUMNS_TEXT = "CHILD, DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, DEC, REC, "
            + "REASON_PLACE_CHANGE, HOME_POST, PL_POST, URN";
    private static final String HEADER_COLUMNS_TEXT = "CHILD, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB";

    /** The columns of an Episodes table, in the order of the return. */
    public static final List<String> EPISODES_COLUMNS = List.of(EPISODES_COLUMNS_TEXT.split(", "));

    /** The columns of a Header table, in the order of the return. */
    public static final List<String> HEADER_COLUMNS = List.of(HEADER_COLUMNS_TEXT.split(", "));

    /** The table a CSV file holds, as its header row tells. */
    public enum Table {
        /** An SSDA903 Episodes table: its header has {@code CHILD} or {@code DECOM}, and is not a Header table's. */
        EPISODES,
        /** An SSDA903 Header table: its header has {@code CHILD} and {@code DOB}, and no {@code DECOM}. */
        HEADER,
        /** Not an SSDA903 table: sibcalc's own CSV form. */
        NONE
    }

    private Ssda903() {
    }

    /**
     * Returns the table whose header row is {@code header} (column names matched ignoring case and
     * surrounding blanks). A file with some of a table's columns but not all is still that table, so that
     * the reader can say which column is missing.
     *
     * @param header the header's column names, as {@link org.sibcalc.io.csv.CsvRows#header} gives them
     * @return the table, or {@link Table#NONE} when the header is of neither table
     */
    public static Table tableOf(List<String> header) {
        boolean child = has(header, "CHILD");
        boolean decom = has(header, "DECOM");
        if (child && has(header, "DOB") && !decom) {
            return Table.HEADER;
        }
        return child || decom ? Table.EPISODES : Table.NONE;
    }

    private static boolean has(List<String> header, String column) {
        return header.stream().anyMatch(name -> name.strip().toUpperCase(Locale.ROOT).equals(column));
    }

    /** Returns an epoch day as the return writes dates, {@code dd/MM/yyyy}. */
    static String date(int epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return String.format(Locale.ROOT, "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
