package org.sibcalc.testing;

/**
 * A text inside a larger array of characters, as a CSV reader holds a field: {@code chars[from, to)}. Fast
 * paths that read fields in place are tested with the text among other characters, so that reading one
 * character too many or too few shows.
 */
public record Placed(char[] chars, int from, int to) {

    /** The text itself. */
    public String text() {
        return new String(chars, from, to - from);
    }

    @Override
    public String toString() {
        String all = new String(chars);
        return shown(text()) + " in " + shown(all.substring(0, from)) + "[..]" + shown(all.substring(to));
    }

    /** Text quoted, with every character outside printable ASCII written as a Java escape. */
    public static String shown(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder shown = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            shown.append(c >= ' ' && c < 0x7f ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return shown.append('"').toString();
    }
}
