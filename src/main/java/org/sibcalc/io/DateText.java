package org.sibcalc.io;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import org.sibcalc.basics.InvalidValueException;

/**
 * Dates as the input files write them: {@code yyyy-MM-dd}, or {@code dd/MM/yyyy} as SSDA903 returns do
 * (SPEC §1). No other form is accepted, so that 03/04/2019 can never be read as 4 March.
 */
public final class DateText {

    private DateText() {
    }

    /**
     * Parses a date in either form.
     *
     * @param field the field the text came from, for the message
     * @param text  the text, already trimmed, not null
     * @throws InvalidValueException naming the field and the text when it is not a real date in either form
     */
    public static LocalDate parse(String field, String text) {
        if (text.length() == 10) {
            try {
                if (text.charAt(4) == '-' && text.charAt(7) == '-') {
                    return date(field, text, digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
                }
                if (text.charAt(2) == '/' && text.charAt(5) == '/') {
                    return date(field, text, digits(text, 6, 10), digits(text, 3, 5), digits(text, 0, 2));
                }
            } catch (NumberFormatException e) {
                // falls through to the message about the form
            }
        }
        throw new InvalidValueException(field, "'" + text + "' is not a date in the form yyyy-MM-dd or dd/MM/yyyy");
    }

    private static LocalDate date(String field, String text, int year, int month, int day) {
        if (month < 1 || month > 12) {
            throw new InvalidValueException(field, "'" + text + "' is not a real date: there is no month " + month);
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            throw new InvalidValueException(field, "'" + text + "' is not a real date: "
                    + yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
                    + yearMonth.lengthOfMonth() + " days");
        }
        return LocalDate.of(year, month, day);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException();
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
