package org.sibcalc.io;

import java.time.LocalDate;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.io.csv.DateChars;

/**
 * Dates as the input files write them: {@code yyyy-MM-dd}, or {@code dd/MM/yyyy} as SSDA903 returns do
 * (docs/input-files.md). No other form is accepted, so that 03/04/2019 can never be read as 4 March.
 */
public final class DateText {

    private DateText() {
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
        return DateChars.parse(field, text);
    }
}
