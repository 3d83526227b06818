package org.sibcalc.io;

import java.math.BigDecimal;
import java.util.Locale;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import org.sibcalc.basics.MoneyText;
import org.sibcalc.measure.Measurement;

/**
 * Figures as people read them, shared by every statement for people (text and HTML): thousands separators,
 * a proportion as a percentage with two more places than the proportion has (a six-place care proportion
 * is a four-place percentage), money with its currency code. Nothing is rounded: a decimal keeps every place
 * it has, so {@code 119649.20} is {@code 119,649.20} and {@code 182.5} is {@code 182.5}.
 */
public final class FigureText {

    /** What is shown for a figure that does not exist, such as the care proportion of no child days. */
    public static final String NOT_AVAILABLE = "n/a";

    private FigureText() {
    }

    /**
     * {@return the whole number with thousands separators, such as {@code 217,544}}
     *
     * @param value the number
     */
    public static String integer(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /**
     * Returns the decimal with thousands separators and all its places, such as {@code 96,154.20}, or
     * {@value #NOT_AVAILABLE} for null.
     *
     * @param value the number, or null
     * @return the text
     */
    public static String decimal(@Nullable BigDecimal value) {
        if (value == null) {
            return NOT_AVAILABLE;
        }
        // As String.format("%,.<scale>f") writes it in Locale.ROOT, without its formatter (a few kilobytes made for
        // each figure, which a statement of thousands of measurement dates writes tens of thousands of).
        String plain = value.toPlainString(); // every place, and none for a negative scale
        int digits = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        StringBuilder text = new StringBuilder(plain.length() + (end - digits) / 3);
        text.append(plain, 0, digits);
        for (int i = digits; i < end; i++) {
            if (i > digits && (end - i) % 3 == 0) {
                text.append(',');
            }
            text.append(plain.charAt(i));
        }
        return text.append(plain, end, plain.length()).toString();
    }

    /**
     * Returns the proportion as an exact percentage, such as {@code 10.8001%} for {@code 0.108001}, or
     * {@value #NOT_AVAILABLE} for null.
     *
     * @param proportion the proportion, or null
     * @return the percentage
     */
    public static String percentage(@Nullable BigDecimal proportion) {
        return proportion == null ? NOT_AVAILABLE : decimal(proportion.movePointRight(2)) + "%";
    }

    /**
     * {@return the group's care proportion as an exact percentage, or {@value #NOT_AVAILABLE} without child days}
     *
     * @param measurement the group's measurement, not null
     */
    public static String careProportion(Measurement measurement) {
        return percentage(measurement.careProportion().orElse(null));
    }

    /**
     * Returns the amount with its currency code and at least the currency's minor-unit places, such as
     * {@code GBP 4,326,939.00}.
     *
     * @param amount the amount, not null
     * @return the text
     */
    public static String money(MonetaryAmount amount) {
        return amount.getCurrency().getCurrencyCode() + " " + decimal(new BigDecimal(MoneyText.plain(amount)));
    }
}
