package org.sibcalc.io;

import java.time.DateTimeException;
import java.time.LocalDate;
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
                    return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
                }
                if (text.charAt(2) == '/' && text.charAt(5) == '/') {
                    return LocalDate.of(digits(text, 6, 10), digits(text, 3, 5), digits(text, 0, 2));
                }
            } catch (DateTimeException e) {
                throw new InvalidValueException(field, "'" + text + "' is not a real date (" + e.getMessage() + ")");
            } catch (NumberFormatException e) {
                // falls through to the message about the form
            }
        }
        throw new InvalidValueException(field, "'" + text + "' is not a date in the form yyyy-MM-dd or dd/MM/yyyy");
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
