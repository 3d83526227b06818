package org.sibcalc.io;

/** Amounts kept as minor units (pence for GBP) written in plain notation, without a BigDecimal each. */
final class MinorUnits {

    /** The most characters {@link #put} writes: a sign, 19 digits, a point and the zeros before the digits. */
    static int mostChars(int digits) {
        return 22 + digits;
    }

    private MinorUnits() {
    }

    /** Returns {@code minorUnits} with {@code digits} decimal places: {@code -123456, 2} gives {@code -1234.56}. */
    static String plain(long minorUnits, int digits) {
        char[] text = new char[mostChars(digits)];
        return new String(text, 0, put(minorUnits, digits, text, 0));
    }

    /**
     * Puts {@code minorUnits} with {@code digits} decimal places into {@code text} at {@code at}, as
     * {@link #plain} writes them, and returns where they end; {@code text} has room for {@link #mostChars}.
     */
    static int put(long minorUnits, int digits, char[] text, int at) {
        // The digits from the last on, at the end of the room, then moved to their place.
        int end = at + mostChars(digits);
        int first = end;
        long rest = minorUnits;
        do {
            text[--first] = (char) ('0' + Math.abs(rest % 10)); // a negative remainder for a negative amount
            rest /= 10;
        } while (rest != 0);
        while (end - first <= digits) {
            text[--first] = '0'; // a digit before the point: 0.05
        }
        int to = at;
        if (minorUnits < 0) {
            text[to++] = '-';
        }
        int point = end - digits;
        for (int from = first; from < end; from++) {
            if (from == point) {
                text[to++] = '.';
            }
            text[to++] = text[from];
        }
        return to;
    }
}
