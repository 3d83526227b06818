package org.sibcalc.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.sibcalc.io.InputLimits;

/**
 * Splits a stream of UTF-8 bytes into CSV records and their fields (docs/input-files.md, "CSV, in general"),
 * decoding each field's text as it goes: one pass over the bytes, no {@code Reader} and no String.
 *
 * <p>The rules are RFC 4180's, strictly:
 * <ul>
 *   <li>a record ends at a line break: CR, LF or CR LF; a line that is empty (a line break alone) is no record;</li>
 *   <li>fields are separated by commas; a comma after the last field of a record gives it one more, empty,
 *       field; the end of the input ends the last record as a line break would;</li>
 *   <li>a field whose first character is a double quote is quoted: it ends at the next quote that is not
 *       doubled, and may hold commas and line breaks (which count as lines); {@code ""} inside it is one
 *       quote. After its closing quote only a comma, a line break or the end of the input may come. A quote
 *       anywhere else in a field is an ordinary character;</li>
 *   <li>the bytes must be UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF); a byte-order mark
 *       is kept as the character U+FEFF, for the reader of the header to drop.</li>
 * </ul>
 * Input that breaks them stops the reading with {@link Unreadable}, which says why and where. A field of more
 * than {@link InputLimits#MAX_ROW_CHARS} characters stops it too, so that a quote that is never closed in a
 * large file does not hold the whole file in memory.
 *
 * <p>Each record is decoded in place: {@link #next} leaves its fields one after another in {@link #chars}, with
 * each field's end and its bounds without leading and trailing blanks, for the reader to look at until the next
 * call. What is kept of a record stays within the limits (docs/limits.md): the first
 * {@link InputLimits#MAX_COLUMNS} fields (the rest are counted), each of at most {@link InputLimits#MAX_FIELD_CHARS}
 * characters and together at most {@link InputLimits#MAX_ROW_CHARS}; a field past a limit is kept empty and the
 * limit noted. A field that {@link #keep} says no reader reads is kept empty too, but counts towards the row's
 * length as any other.
 *
 * <p>These are the rules of FastCSV's strict parser, which sibcalc used before and which its tests still use to
 * check this class on generated files; sibcalc tokenizes the bytes itself because decoding and tokenizing in one
 * loop, each record left in place, costs less under the C1 compiler the launcher uses (BENCHMARKS.md, "Choosing
 * the CSV parser").
 *
 * <p>Not thread-safe: one tokenizer reads one stream.
 */
final class CsvTokenizer {

    /** Why the input cannot be read on; the records before it were read as usual. */
    enum Problem {
        /** A byte that is not part of UTF-8 text; {@link Unreadable#line} is the byte's line. */
        NOT_UTF8,
        /** A quoted field is not closed before the end of the input. */
        UNCLOSED_QUOTE,
        /** A quoted field's closing quote is followed by something other than a comma or a line break. */
        TEXT_AFTER_QUOTE,
        /** A field is longer than {@link InputLimits#MAX_ROW_CHARS} characters. */
        FIELD_TOO_LONG
    }

    /** The input breaks a rule of CSV or UTF-8 ({@link Problem}) at {@link #line}. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        /** What is wrong. */
        final Problem problem;
        /** The line of the record it is in (for {@link Problem#NOT_UTF8}, the line of the byte). */
        final int line;

        Unreadable(Problem problem, int line) {
            super(problem + " at line " + line, null, false, false);
            this.problem = problem;
            this.line = line;
        }
    }

    private static final int READ_SIZE = 1 << 16;

    private final InputStream in;
    private final boolean plain; // plain records are read by plainRecord
    private final byte[] bytes = new byte[READ_SIZE + 4]; // bytes[pos, len) are still to be read
    private int pos;
    private int len;
    private boolean end; // the stream has no more bytes
    private int line = 1; // the line of the next byte
    private int recordLine; // the line the record being read starts on

    // The record read, for CsvRows.Row to read in place. Field i (i < stored) is chars[i == 0 ? 0 : ends[i - 1],
    // ends[i]), and without its leading and trailing blanks chars[trimmedStarts[i], trimmedEnds[i]).
    char[] chars = new char[InputLimits.MAX_FIELD_CHARS]; // room for any record plainRecord reads
    int[] ends = new int[16];
    int[] trimmedStarts = new int[16];
    int[] trimmedEnds = new int[16];
    int stored; // fields whose bounds are kept: at most InputLimits.MAX_COLUMNS
    int fields; // every field of the record, also those past the limit, which are counted only
    int longField = -1; // the first field over InputLimits.MAX_FIELD_CHARS (kept empty), or -1
    int longFieldLength;
    boolean tooLong; // the fields go past InputLimits.MAX_ROW_CHARS (the rest kept empty)
    private long rowChars; // characters of the record's fields within the limits, kept or not
    private boolean @Nullable [] kept; // field → its text is kept; null: every field's
    private boolean @Nullable [] copied; // plainRecord's view of kept (copied()); null: to be worked out
    private int length; // characters in chars: the fields so far, and the one being read
    private int fieldStart; // where the field being read starts in chars
    private long fieldChars; // the characters of the field just read, kept or skipped

    CsvTokenizer(InputStream in) {
        this(in, true);
    }

    /**
     * A tokenizer that reads plain records ({@link #plainRecord}) the quick way when {@code plain}, for the tests
     * to compare with the general way, which reads every record when not.
     */
    CsvTokenizer(InputStream in, boolean plain) {
        this.in = in;
        this.plain = plain;
    }

    /**
     * Says which fields' text is kept from the next record on: field {@code i}'s when {@code kept[i]} (a field
     * past the array's end is not kept), every field's when {@code kept} is null. The first field's text is
     * always kept, so that a blank line can be told.
     *
     * @param kept which fields to keep, or null for all; not copied
     */
    void keep(boolean @Nullable [] kept) {
        this.kept = kept;
        copied = null;
    }

    /**
     * Reads the next record in place of the last, skipping empty lines before it.
     *
     * @return false when the input has no more records
     * @throws IOException when the stream cannot be read
     * @throws Unreadable when the input breaks a rule
     */
    boolean next() throws IOException, Unreadable {
        while (available()) {
            byte b = bytes[pos];
            if (b != '\r' && b != '\n') {
                if (plain && plainRecord()) {
                    return true;
                }
                recordLine = line;
                stored = 0;
                fields = 0;
                longField = -1;
                tooLong = false;
                rowChars = 0;
                length = 0;
                int after;
                do {
                    fieldStart = length;
                    int n = fields;
                    if (n > 0 && n < InputLimits.MAX_COLUMNS && kept != null && (n >= kept.length || !kept[n])
                            && available() && bytes[pos] != '"') { // an unquoted field no reader reads
                        after = skipped(); // no reader reads it: its characters are counted, not kept
                    } else {
                        after = field();
                        fieldChars = length - fieldStart;
                    }
                    if (fieldChars > InputLimits.MAX_ROW_CHARS) {
                        throw new Unreadable(Problem.FIELD_TOO_LONG, recordLine);
                    }
                    endField(fieldChars);
                } while (after == ',');
                if (after >= 0) {
                    lineBreak(after);
                }
                return true;
            }
            pos++;
            lineBreak(b);
        }
        return false;
    }

    /**
     * Reads the record at {@link #pos} the quick way if it is plain, as nearly every record is: ASCII, no field
     * quoted, shorter than {@link InputLimits#MAX_FIELD_CHARS} characters (so that no limit can apply), no more
     * fields than {@link #ends} has room for, and its line break in the buffer (with the LF of a CR LF). Every
     * field is read in one call; the fields not {@link #kept} that follow one another are scanned in one loop,
     * which notes only where each ends (in an SSDA903 Episodes table, seven of the thirteen columns, nearly half
     * the bytes). A quote inside a field not kept is left to the general way. The record is left as
     * {@link #next} would leave it.
     *
     * @return true when the record was plain and is read; false when it is not, having read nothing (only
     *         {@link #chars} and the fields' bounds are written, which the general way writes again)
     */
    private boolean plainRecord() {
        byte[] b = bytes;
        int p = pos;
        int n = Math.min(len, p + InputLimits.MAX_FIELD_CHARS); // chars has room for this many
        char[] c = chars;
        int[] e = ends;
        int[] ts = trimmedStarts;
        int[] te = trimmedEnds;
        boolean[] copy = copied;
        if (copy == null) {
            copy = copied = copied();
        }
        int most = copy.length;
        int f = 0;
        int l = 0;
        while (p < n && f < most) {
            byte x = b[p];
            if (x == '"') {
                return false; // a quoted field
            }
            if (copy[f]) {
                int start = l;
                while (x > ',' || x >= 0 && x != ',' && x != '\r' && x != '\n') {
                    c[l++] = (char) x;
                    if (++p == n) {
                        return false; // the buffer or the room ends
                    }
                    x = b[p];
                }
                if (x < 0) {
                    return false; // a character that is not ASCII
                }
                int end = l;
                while (start < end && blank(c[start])) {
                    start++;
                }
                while (end > start && blank(c[end - 1])) {
                    end--;
                }
                ts[f] = start;
                te[f] = end;
                e[f++] = l;
                p++;
                if (x != ',') {
                    return plainEnd(x, p, f, l);
                }
            } else {
                // This field and the ones after it that are not kept, in one loop: empty, their bytes scanned.
                while (true) {
                    if (x > ',' || x >= 0 && x != '"' && x != ',' && x != '\r' && x != '\n') {
                        if (++p == n) {
                            return false;
                        }
                        x = b[p];
                    } else if (x < 0 || x == '"') {
                        return false; // not ASCII; or a quote inside a field, left to the general way
                    } else { // a comma or a line break ends the field
                        ts[f] = l;
                        te[f] = l;
                        e[f++] = l;
                        p++;
                        if (x != ',') {
                            return plainEnd(x, p, f, l);
                        }
                        if (p == n || f == most || copy[f]) {
                            break;
                        }
                        x = b[p];
                        if (x == '"') {
                            return false; // a quoted field
                        }
                    }
                }
            }
        }
        return false; // the buffer or the room ends, or more fields than ends has room for
    }

    /**
     * Ends a plain record read up to {@code p}, its last field ended by {@code after} (CR or LF) and its
     * {@code fields} fields in {@code chars[0, length)}; false when an LF may follow in bytes not read yet.
     */
    private boolean plainEnd(byte after, int p, int fields, int length) {
        if (after == '\r') {
            if (p == len) {
                return false; // an LF may follow in the bytes not read yet
            }
            if (bytes[p] == '\n') {
                p++;
            }
        }
        pos = p;
        recordLine = line++;
        stored = fields;
        this.fields = fields;
        longField = -1;
        tooLong = false;
        this.length = length;
        return true;
    }

    /**
     * Which fields {@link #plainRecord} keeps, by position, for as many fields as it reads: as many as
     * {@link #ends} has room for, at most {@link InputLimits#MAX_COLUMNS}. The first is always kept.
     */
    private boolean[] copied() {
        boolean[] copy = new boolean[Math.min(ends.length, InputLimits.MAX_COLUMNS)];
        boolean @Nullable [] k = kept;
        for (int f = 0; f < copy.length; f++) {
            copy[f] = f == 0 || k == null || f < k.length && k[f];
        }
        return copy;
    }

    /**
     * Keeps the field just read, {@code chars[fieldStart, length)}, as far as the limits and {@link #kept} let it;
     * a field {@link #skipped} has no characters there, and is kept empty.
     *
     * @param characters the field's characters, kept or skipped: at most {@link InputLimits#MAX_ROW_CHARS}
     */
    private void endField(long characters) {
        int n = fields++;
        if (n >= InputLimits.MAX_COLUMNS) {
            length = fieldStart; // counted only
            return;
        }
        int fieldLength = (int) characters;
        if (fieldLength > InputLimits.MAX_FIELD_CHARS) {
            if (longField < 0) {
                longField = n;
                longFieldLength = fieldLength;
            }
            length = fieldStart;
        } else {
            rowChars += fieldLength;
            if (n > 0 && kept != null && (n >= kept.length || !kept[n])) {
                length = fieldStart; // no reader reads it
                tooLong |= rowChars > InputLimits.MAX_ROW_CHARS;
            } else if (rowChars > InputLimits.MAX_ROW_CHARS) {
                tooLong = true;
                length = fieldStart;
            }
        }
        if (n == ends.length) {
            ends = Arrays.copyOf(ends, 2 * n);
            copied = null;
            trimmedStarts = Arrays.copyOf(trimmedStarts, 2 * n);
            trimmedEnds = Arrays.copyOf(trimmedEnds, 2 * n);
        }
        int start = fieldStart;
        int end = length;
        char[] c = chars;
        while (start < end && blank(c[start])) {
            start++;
        }
        while (end > start && blank(c[end - 1])) {
            end--;
        }
        trimmedStarts[n] = start;
        trimmedEnds[n] = end;
        ends[n] = length;
        stored = n + 1;
    }

    /**
     * True for a blank character, as {@link Character#isWhitespace} says, asking it only for the few characters
     * that can be: letters and digits, nearly every character of a file, are answered here.
     *
     * @param c the character
     * @return true when it is blank
     */
    static boolean blank(char c) {
        return c <= ' ' ? Character.isWhitespace(c) : c >= 0x80 && Character.isWhitespace(c);
    }

    /**
     * {@return field {@code i} of the record just read, as kept}
     *
     * @param i the field's position, below {@link #stored}
     */
    String field(int i) {
        int from = i == 0 ? 0 : ends[i - 1];
        return new String(chars, from, ends[i] - from);
    }

    /** The line the last record read (or being read) starts on. */
    int recordLine() {
        return recordLine;
    }

    /** Counts a line break just read ({@code b} is CR or LF), reading the LF of a CR LF. */
    private void lineBreak(int b) throws IOException {
        line++;
        if (b == '\r' && available() && bytes[pos] == '\n') {
            pos++;
        }
    }

    /**
     * Reads a field into {@code chars[fieldStart, length)}.
     *
     * @return what ended it: a comma, CR, LF (each read), or -1 for the end of the input
     */
    private int field() throws IOException, Unreadable {
        if (!available()) {
            return -1;
        }
        if (bytes[pos] == '"') {
            pos++;
            return quoted();
        }
        while (true) {
            room();
            byte[] b = bytes;
            char[] c = chars;
            int p = pos;
            int n = len;
            int l = length;
            while (p < n) {
                byte x = b[p];
                if (x > ',' || x >= 0 && x != ',' && x != '\r' && x != '\n') {
                    c[l++] = (char) x; // ASCII: nearly every byte of a file
                    p++;
                } else if (x < 0) {
                    int q = decode(p, l);
                    if (q < 0) {
                        break; // the character goes on past the bytes read
                    }
                    l += charsOf(x);
                    p = q;
                } else {
                    pos = p + 1;
                    length = l;
                    return x;
                }
            }
            pos = p;
            length = l;
            if (!fill()) {
                if (pos < len) {
                    throw new Unreadable(Problem.NOT_UTF8, line); // a character cut off by the end of the input
                }
                return -1;
            }
        }
    }

    /**
     * Reads an unquoted field as {@link #field} does, checking its UTF-8 but keeping no character: only their
     * number, in {@link #fieldChars}, for {@link #endField} to count (a multi-byte character is decoded where
     * the field would start, and overwritten).
     *
     * @return what ended it: a comma, CR, LF (each read), or -1 for the end of the input
     */
    private int skipped() throws IOException, Unreadable {
        long count = 0;
        while (true) {
            room();
            byte[] b = bytes;
            int p = pos;
            int n = len;
            int from = p; // the bytes from here to p are one character each
            while (p < n) {
                byte x = b[p];
                if (x > ',' || x >= 0 && x != ',' && x != '\r' && x != '\n') {
                    p++; // ASCII: nearly every byte of a file
                } else if (x < 0) {
                    int q = decode(p, length);
                    if (q < 0) {
                        break; // the character goes on past the bytes read
                    }
                    count += p - from + charsOf(x);
                    p = q;
                    from = q;
                } else {
                    pos = p + 1;
                    fieldChars = count + p - from;
                    return x;
                }
            }
            count += p - from;
            pos = p;
            if (count > InputLimits.MAX_ROW_CHARS) {
                throw new Unreadable(Problem.FIELD_TOO_LONG, recordLine);
            }
            if (!fill()) {
                if (pos < len) {
                    throw new Unreadable(Problem.NOT_UTF8, line); // a character cut off by the end of the input
                }
                fieldChars = count;
                return -1;
            }
        }
    }

    /**
     * Reads a quoted field's text, its opening quote read, into {@code chars[fieldStart, length)}.
     *
     * @return what ended it: a comma, CR, LF (each read), or -1 for the end of the input
     */
    private int quoted() throws IOException, Unreadable {
        while (true) {
            room();
            byte[] b = bytes;
            char[] c = chars;
            int p = pos;
            int n = len;
            int l = length;
            while (p < n) {
                byte x = b[p];
                if (x == '"') {
                    if (p + 1 == n) {
                        break; // what follows decides: read on
                    }
                    byte after = b[p + 1];
                    if (after == '"') {
                        c[l++] = '"';
                        p += 2;
                    } else if (after == ',' || after == '\r' || after == '\n') {
                        pos = p + 2;
                        length = l;
                        return after;
                    } else {
                        throw new Unreadable(Problem.TEXT_AFTER_QUOTE, recordLine);
                    }
                } else if (x >= 0) {
                    if (x == '\n' ? l == fieldStart || c[l - 1] != '\r' : x == '\r') {
                        line++; // a line break inside the field (the LF of a CR LF is not a second)
                    }
                    c[l++] = (char) x;
                    p++;
                } else {
                    int q = decode(p, l);
                    if (q < 0) {
                        break;
                    }
                    l += charsOf(x);
                    p = q;
                }
            }
            pos = p;
            length = l;
            if (!fill()) {
                if (pos < len && bytes[pos] == '"' && len - pos == 1) {
                    pos++;
                    return -1; // the closing quote at the end of the input
                }
                if (pos < len && bytes[pos] != '"') {
                    throw new Unreadable(Problem.NOT_UTF8, line);
                }
                throw new Unreadable(Problem.UNCLOSED_QUOTE, recordLine);
            }
        }
    }

    /** The UTF-16 characters of the UTF-8 sequence led by {@code lead}: two from four bytes, else one. */
    private static int charsOf(byte lead) {
        return (lead & 0xF8) == 0xF0 ? 2 : 1;
    }

    /**
     * Decodes the UTF-8 sequence at {@code bytes[p]} into {@code chars[l]} (and {@code chars[l + 1]} for a
     * character past U+FFFF).
     *
     * @return where the next sequence starts, or -1 when this one goes on past {@code len} before the end of
     *         the input
     * @throws Unreadable when the bytes are not UTF-8
     */
    private int decode(int p, int l) throws Unreadable {
        int lead = bytes[p] & 0xFF;
        int size;
        int min; // the second byte's range, which rules out overlong forms, surrogates and code points past U+10FFFF
        int max = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            size = 2;
            min = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            size = 3;
            min = lead == 0xE0 ? 0xA0 : 0x80;
            max = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            size = 4;
            min = lead == 0xF0 ? 0x90 : 0x80;
            max = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw new Unreadable(Problem.NOT_UTF8, line);
        }
        int available = Math.min(size, len - p);
        for (int i = 1; i < available; i++) {
            int b = bytes[p + i] & 0xFF;
            if (i == 1 ? b < min || b > max : b < 0x80 || b > 0xBF) {
                throw new Unreadable(Problem.NOT_UTF8, line);
            }
        }
        if (available < size) {
            if (end) {
                throw new Unreadable(Problem.NOT_UTF8, line);
            }
            return -1;
        }
        int code = switch (size) {
            case 2 -> (lead & 0x1F) << 6 | bytes[p + 1] & 0x3F;
            case 3 -> (lead & 0x0F) << 12 | (bytes[p + 1] & 0x3F) << 6 | bytes[p + 2] & 0x3F;
            default -> (lead & 0x07) << 18 | (bytes[p + 1] & 0x3F) << 12 | (bytes[p + 2] & 0x3F) << 6
                    | bytes[p + 3] & 0x3F;
        };
        if (size == 4) {
            chars[l] = Character.highSurrogate(code);
            chars[l + 1] = Character.lowSurrogate(code);
        } else {
            chars[l] = (char) code;
        }
        return p + size;
    }

    /**
     * Makes room in {@code chars} for every byte still in the buffer (a byte gives at most one character). Short,
     * so that the C1 compiler inlines it where each field starts; a field that needs more room than it has is
     * checked against the longest a row may have there (and, whatever its length, when it ends).
     */
    private void room() throws Unreadable {
        if (length + (len - pos) >= chars.length) {
            grow();
        }
    }

    /** As {@link #room}, when {@code chars} must grow: stops the reading of a field longer than a row may be. */
    private void grow() throws Unreadable {
        if (length - fieldStart > InputLimits.MAX_ROW_CHARS) {
            throw new Unreadable(Problem.FIELD_TOO_LONG, recordLine);
        }
        int needed = length + (len - pos) + 1;
        if (needed > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(needed, 2 * chars.length));
        }
    }

    /** True when a byte is there to be read at {@code pos}, reading more when none is. */
    private boolean available() throws IOException {
        return pos < len || fill() && pos < len;
    }

    /**
     * Keeps the bytes still to be read (at most a few: a character cut off, or a closing quote) and reads more
     * after them.
     *
     * @return false when the stream had no more bytes
     */
    private boolean fill() throws IOException {
        if (end) {
            return false;
        }
        int kept = len - pos;
        System.arraycopy(bytes, pos, bytes, 0, kept);
        pos = 0;
        len = kept;
        int n;
        do {
            n = in.read(bytes, len, READ_SIZE);
        } while (n == 0);
        if (n < 0) {
            end = true;
            return false;
        }
        len += n;
        return true;
    }
}
