package org.sibcalc.io;

/** Amounts kept as minor units (pence for GBP) written in plain notation, without a BigDecimal each. */
final class MinorUnits {

    private MinorUnits() {
    }

    /** Returns {@code minorUnits} with {@code digits} decimal places: {@code -123456, 2} gives {@code -1234.56}. */
    static String plain(long minorUnits, int digits) {
        if (digits == 0) {
            return Long.toString(minorUnits);
        }
        String magnitude = Long.toString(Math.abs(minorUnits));
        StringBuilder text = new StringBuilder(magnitude.length() + digits + 3);
        if (minorUnits < 0) {
            text.append('-');
        }
        if (magnitude.length() <= digits) {
            text.append("0.").append("0".repeat(digits - magnitude.length())).append(magnitude);
        } else {
            text.append(magnitude, 0, magnitude.length() - digits).append('.').append(magnitude, magnitude.length() - digits,
                    magnitude.length());
        }
        return text.toString();
    }
}
