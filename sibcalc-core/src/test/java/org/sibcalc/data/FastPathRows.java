package org.sibcalc.data;

import java.time.LocalDate;
import java.util.List;
import org.sibcalc.testing.Draw;
import org.sibcalc.testing.Placed;

/**
 * Fields of participant and episode rows as the CSV reader holds them (an id inside a row's characters,
 * dates as epoch days), generated to sit on both sides of every rule, for the tests that check the
 * reader's fast checks against the rules that give the messages.
 */
final class FastPathRows {

    /** 1 April 2013 as an epoch day: dates are drawn around it. */
    static final int BASE_DAY = Math.toIntExact(LocalDate.of(2013, 4, 1).toEpochDay());

    /** "Aa" and "BB" have the same String.hashCode; the others are one and two chars of all kinds. */
    static final List<String> ID_PIECES = List.of("Aa", "BB", "7", "-", "z", "\u00e9", "\u4e2d", "\ud83d\ude00", "_", "P");

    /** Characters Java counts as blank (Character.isWhitespace) and some it does not, though they look it. */
    static final List<String> PADS = List.of(" ", "\t", "\n", "\r", "\u000B", "\f", "\u001C", "\u001F", "\u2003",
            "\u3000", "\u2028", "\u00A0", "\u2007", "\u202F", "\u200B", "\u0085", "\uFEFF");

    /** What lies around a field in a row: separators, blanks, and characters ids are made of. */
    private static final String GARBAGE = ",; \tAaBB7z_P\u00e9\"";

    private FastPathRows() {
    }

    /** Puts {@code text} at a random place in an array of garbage. */
    static Placed placed(Draw draw, String text) {
        StringBuilder row = new StringBuilder();
        garbage(draw, row, draw.upTo(10));
        int from = row.length();
        row.append(text);
        garbage(draw, row, draw.upTo(10));
        return new Placed(row.toString().toCharArray(), from, from + text.length());
    }

    /** The id in a row between other fields, as a reader holds it: {@code P0,<id>,2019-03-04}. */
    static Placed inRow(String id) {
        String row = "P0," + id + ",2019-03-04";
        return new Placed(row.toCharArray(), 3, 3 + id.length());
    }

    /** Appends {@code count} characters of garbage. */
    static void garbage(Draw draw, StringBuilder row, int count) {
        for (int k = 0; k < count; k++) {
            row.append(GARBAGE.charAt(draw.upTo(GARBAGE.length() - 1)));
        }
    }

    /** An id that may break any of its rules: empty, blank, padded, 63 to 65 characters, or ordinary. */
    static String anyId(Draw draw) {
        switch (draw.upTo(5)) {
            case 0:
                return "";
            case 1:
                return blank(draw);
            case 2:
                return padded(draw, ordinaryId(draw));
            case 3: { // around the longest id: 63, 64 or 65 chars, perhaps ending in a surrogate pair or a pad
                int length = 63 + draw.upTo(2);
                String end = draw.oneOf(List.of("x", "\ud83d\ude00", "\u2003", "\u00A0", " "));
                String id = "x".repeat(length - end.length()) + end;
                return draw.sometimes(20) ? " " + id.substring(1) : id;
            }
            default:
                return ordinaryId(draw);
        }
    }

    /** An id of 1 to 64 characters without leading or trailing blanks, perhaps with blanks inside. */
    static String ordinaryId(Draw draw) {
        StringBuilder id = new StringBuilder(draw.oneOf(ID_PIECES));
        int more = draw.upTo(4);
        for (int k = 0; k < more; k++) {
            if (draw.sometimes(10)) {
                id.append(draw.oneOf(PADS));
            }
            id.append(draw.oneOf(ID_PIECES));
        }
        return id.toString();
    }

    /** A label (cohort or type) that may break its rules: null, empty, blank, padded, or one of {@code ordinary}. */
    static String anyLabel(Draw draw, List<String> ordinary) {
        switch (draw.upTo(5)) {
            case 0:
                return null;
            case 1:
                return draw.sometimes(50) ? "" : blank(draw);
            case 2:
                return padded(draw, draw.oneOf(ordinary));
            default:
                return draw.oneOf(ordinary);
        }
    }

    /** One to three blank or blank-looking characters. */
    static String blank(Draw draw) {
        StringBuilder text = new StringBuilder();
        int count = 1 + draw.upTo(2);
        for (int k = 0; k < count; k++) {
            text.append(draw.oneOf(PADS));
        }
        return text.toString();
    }

    /** The text with a pad before it, after it, or both. */
    static String padded(Draw draw, String text) {
        return switch (draw.upTo(2)) {
            case 0 -> draw.oneOf(PADS) + text;
            case 1 -> text + draw.oneOf(PADS);
            default -> draw.oneOf(PADS) + text + draw.oneOf(PADS);
        };
    }

    /** A start day, or sometimes {@link CareData#NO_DAY}. */
    static int anyStart(Draw draw) {
        return draw.sometimes(8) ? CareData.NO_DAY : BASE_DAY + draw.upTo(2000);
    }

    /** A day {@code none} (no day), before, on or after {@code start}; any day when there is no start. */
    static int dayAround(Draw draw, int start, int none) {
        if (draw.sometimes(20)) {
            return none;
        }
        int from = start == CareData.NO_DAY ? BASE_DAY : start;
        return switch (draw.upTo(4)) {
            case 0 -> from;
            case 1 -> from - 1;
            case 2 -> from + 1;
            case 3 -> from - 1 - draw.upTo(5000);
            default -> from + 1 + draw.upTo(5000);
        };
    }

    /** The date of an epoch day, or null for {@link CareData#NO_DAY} or {@link CareData#OPEN}. */
    static LocalDate date(int day) {
        return day == CareData.NO_DAY || day == CareData.OPEN ? null : LocalDate.ofEpochDay(day);
    }

    /** An epoch day as a message would show it. */
    static String day(int day) {
        return day == CareData.NO_DAY ? "NO_DAY" : day == CareData.OPEN ? "OPEN" : LocalDate.ofEpochDay(day).toString();
    }

}
