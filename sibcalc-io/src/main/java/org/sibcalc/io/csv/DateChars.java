package org.sibcalc.io.csv;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import org.sibcalc.basics.EpochDays;
import org.sibcalc.basics.InvalidValueException;

/**
 * Dates as the input files write them, read from a reader's characters: {@code yyyy-MM-dd}, or
 * {@code dd/MM/yyyy} as SSDA903 returns do (docs/input-files.md); {@link org.sibcalc.io.DateText} is the same
 * for a String. No other form is accepted, so that 03/04/2019 can never be read as 4 March.
 */
public final class DateChars {

    /** What {@link #epochDay} gives for text that is not a real date in either form. */
    public static final int NOT_A_DATE = Integer.MIN_VALUE + 1;

    private DateChars() {
    }

    /**
     * Parses a date in either form.
     *
     * @param field the field the text came from, for the message
     * @param text  the text, already trimmed, not null
     * @return the date, never null
     * @throws InvalidValueException naming the field and the text when it is not a real date in either form
     */
    public static LocalDate parse(String field, String text) {
        int day = epochDay(text.toCharArray(), 0, text.length());
        if (day == NOT_A_DATE) {
            throw problem(field, text);
        }
        return LocalDate.ofEpochDay(day);
    }

    /**
     * Reads {@code text[from, to)}, already trimmed, as a date in either form, without making a String:
     * the way a reader of millions of rows checks a date.
     *
     * @param text the characters holding the date
     * @param from where the date starts in {@code text}
     * @param to where it ends in {@code text} (exclusive)
     * @return the date as an epoch day, or {@link #NOT_A_DATE} when {@link #parse} would reject the text
     */
    public static int epochDay(char[] text, int from, int to) {
        if (to - from != 10) {
            return NOT_A_DATE;
        }
        // Written out in one method, without calls or loops: it is the innermost work of every date of every row,
        // and the launcher's C1 compiler inlines little. Each character's digit, and whether all eight are digits
        // (a digit's d and 9 - d are both at least 0; any other character makes one negative).
        int y; // where the year, month and day are written
        int m;
        int d;
        if (text[from + 4] == '-' && text[from + 7] == '-') {
            y = from;
            m = from + 5;
            d = from + 8;
        } else if (text[from + 2] == '/' && text[from + 5] == '/') {
            d = from;
            m = from + 3;
            y = from + 6;
        } else {
            return NOT_A_DATE;
        }
        int y0 = text[y] - '0';
        int y1 = text[y + 1] - '0';
        int y2 = text[y + 2] - '0';
        int y3 = text[y + 3] - '0';
        int m0 = text[m] - '0';
        int m1 = text[m + 1] - '0';
        int d0 = text[d] - '0';
        int d1 = text[d + 1] - '0';
        int bad = y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1 | (9 - y0) | (9 - y1) | (9 - y2) | (9 - y3) | (9 - m0) | (9 - m1)
                | (9 - d0) | (9 - d1);
        int year = 1000 * y0 + 100 * y1 + 10 * y2 + y3;
        int month = 10 * m0 + m1;
        int day = 10 * d0 + d1;
        if (bad < 0) {
            return NOT_A_DATE;
        }
        if (month < 1 || month > 12 || day < 1) {
            return NOT_A_DATE;
        }
        if (year >= TABLE_FROM && year < TABLE_TO) {
            int at = (year - TABLE_FROM) * 12 + month - 1;
            return day <= MONTH_LENGTH[at] ? MONTH_START[at] + day - 1 : NOT_A_DATE;
        }
        return day > lengthOfMonth(year, month) ? NOT_A_DATE : epochDay(year, month, day);
    }

    // The epoch day of the first of each month of the years most dates are in, and the month's length: a date of
    // those years is a look-up, not a calculation. Made from EpochDays, which DateTextTest checks for every day.
    private static final int TABLE_FROM = 1900;
    private static final int TABLE_TO = 2100;
    private static final int[] MONTH_START = new int[(TABLE_TO - TABLE_FROM) * 12];
    private static final int[] MONTH_LENGTH = new int[MONTH_START.length];

    static {
        for (int year = TABLE_FROM; year < TABLE_TO; year++) {
            for (int month = 1; month <= 12; month++) {
                int at = (year - TABLE_FROM) * 12 + month - 1;
                MONTH_START[at] = epochDay(year, month, 1);
                MONTH_LENGTH[at] = lengthOfMonth(year, month);
            }
        }
    }

    /**
     * The year, month and day written in {@code text[from, to)} in either form, as
     * {@code year * 10,000 + month * 100 + day} (not yet checked to be a real date), or -1 when the text is
     * in neither form.
     */
    private static int written(char[] text, int from, int to) {
        if (to - from != 10) {
            return -1;
        }
        int year;
        int month;
        int day;
        if (text[from + 4] == '-' && text[from + 7] == '-') {
            year = digits(text, from, from + 4);
            month = digits(text, from + 5, from + 7);
            day = digits(text, from + 8, from + 10);
        } else if (text[from + 2] == '/' && text[from + 5] == '/') {
            year = digits(text, from + 6, from + 10);
            month = digits(text, from + 3, from + 5);
            day = digits(text, from, from + 2);
        } else {
            return -1;
        }
        return year < 0 || month < 0 || day < 0 ? -1 : year * 10_000 + month * 100 + day;
    }

    private static int lengthOfMonth(int year, int month) {
        return EpochDays.lengthOfMonth(year, month);
    }

    /** The epoch day of a real date of years 0 to 9999; DateTextTest checks it against {@code toEpochDay}. */
    private static int epochDay(int year, int month, int day) {
        return EpochDays.of(year, month, day);
    }

    /** Says why {@code text} is not a date: its form, its month or its day. */
    private static InvalidValueException problem(String field, String text) {
        int written = written(text.toCharArray(), 0, text.length());
        if (written < 0) {
            return new InvalidValueException(field, "'" + text + "' is not a date in the form yyyy-MM-dd or dd/MM/yyyy");
        }
        int year = written / 10_000;
        int month = written / 100 % 100;
        if (month < 1 || month > 12) {
            return new InvalidValueException(field, "'" + text + "' is not a real date: there is no month " + month);
        }
        if (written % 100 == 0) {
            return new InvalidValueException(field, "'" + text + "' is not a real date: there is no day 0");
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        return new InvalidValueException(field, "'" + text + "' is not a real date: "
                + yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
                + yearMonth.lengthOfMonth() + " days");
    }

    /** The number written in {@code text[from, to)}, or -1 when a character is not an ASCII digit. */
    private static int digits(char[] text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
