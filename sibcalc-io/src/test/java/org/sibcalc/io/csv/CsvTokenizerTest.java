package org.sibcalc.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sibcalc.testing.Theories.qt;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.sibcalc.io.InputLimits;
import org.sibcalc.io.csv.CsvTokenizer.Problem;
import org.sibcalc.io.csv.CsvTokenizer.Unreadable;

/**
 * CsvTokenizer: each rule of its Javadoc on a hand-written input, every input also read in pieces of one byte
 * (so that each character and each quote falls on a piece's edge); and on generated inputs, the same records,
 * lines and errors as FastCSV's strict parser reading the same bytes through Java's UTF-8 decoder.
 */
class CsvTokenizerTest {

    /** A record as read: its first line and its fields. */
    private record Record(int line, List<String> fields) {
        @Override
        public String toString() {
            return line + ":" + fields;
        }
    }

    /** What reading gave: the records, and the problem that stopped it (or null). */
    private record Reading(List<Record> records, Problem problem, int line) {
    }

    private static Reading read(byte[] bytes, int piece) {
        return read(bytes, piece, null);
    }

    private static Reading read(byte[] bytes, int piece, boolean[] kept) {
        return read(bytes, piece, kept, true);
    }

    private static Reading read(byte[] bytes, int piece, boolean[] kept, boolean plain) {
        List<Record> records = new ArrayList<>();
        CsvTokenizer tokenizer = new CsvTokenizer(new Pieces(bytes, piece), plain);
        tokenizer.keep(kept);
        try {
            while (tokenizer.next()) {
                records.add(new Record(tokenizer.recordLine(), fields(tokenizer)));
            }
            return new Reading(records, null, 0);
        } catch (Unreadable e) {
            return new Reading(records, e.problem, e.line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields of the record just read, as kept. */
    private static List<String> fields(CsvTokenizer record) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < record.stored; i++) {
            fields.add(record.field(i));
        }
        return fields;
    }

    private static Reading read(String text) {
        Reading whole = read(text.getBytes(StandardCharsets.UTF_8), Integer.MAX_VALUE);
        assertThat(read(text.getBytes(StandardCharsets.UTF_8), 1)).as("read a byte at a time").isEqualTo(whole);
        return whole;
    }

    private static List<Record> records(String text) {
        Reading reading = read(text);
        assertThat(reading.problem).as("problem").isNull();
        return reading.records;
    }

    private static Record record(int line, String... fields) {
        return new Record(line, List.of(fields));
    }

    @Test
    void aRecordEndsAtCrLfOrCrLfAndAnEmptyLineIsNoRecord() {
        assertThat(records("a,b\nc,d\r\ne\rf")).containsExactly(record(1, "a", "b"), record(2, "c", "d"),
                record(3, "e"), record(4, "f"));
        assertThat(records("\n\r\n\ra\n\n")).containsExactly(record(4, "a"));
        assertThat(records("")).isEmpty();
        assertThat(records("a\r\r\nb")).containsExactly(record(1, "a"), record(3, "b"));
    }

    @Test
    void aCommaAtTheEndGivesAnEmptyField() {
        assertThat(records("a,\n,\n,,b")).containsExactly(record(1, "a", ""), record(2, "", ""),
                record(3, "", "", "b"));
        assertThat(records("a,")).containsExactly(record(1, "a", ""));
    }

    @Test
    void aQuotedFieldHoldsCommasLineBreaksAndDoubledQuotes() {
        assertThat(records("\"a,b\",\"c\"\"d\"\n\"x\ny\r\nz\rw\",e\nf")).containsExactly(
                record(1, "a,b", "c\"d"), record(2, "x\ny\r\nz\rw", "e"), record(6, "f"));
        assertThat(records("\"\",\"\"\"\"")).containsExactly(record(1, "", "\""));
        assertThat(records("\"a\"")).containsExactly(record(1, "a"));
        assertThat(records("\"a\"\r\nb")).containsExactly(record(1, "a"), record(2, "b"));
    }

    @Test
    void aQuoteThatDoesNotStartAFieldIsAnOrdinaryCharacter() {
        assertThat(records("a\"b,c\"\n \"d\"")).containsExactly(record(1, "a\"b", "c\""), record(2, " \"d\""));
    }

    @Test
    void textIsDecodedAsUtf8AndAByteOrderMarkIsKept() {
        assertThat(records("\uFEFFid,é\n€,\uD83D\uDE00\n\"é\n😀\"")).containsExactly(record(1, "\uFEFFid", "é"),
                record(2, "€", "\uD83D\uDE00"), record(3, "é\n😀"));
        assertThat(records("a\u0000\tb,\u0001")).containsExactly(record(1, "a\u0000\tb", "\u0001"));
    }

    @Test
    void aQuotedFieldNeverClosedStopsTheReadingAtItsRecordsLine() {
        Reading reading = read("a\nb,\"c\nd\ne");
        assertThat(reading.records).containsExactly(record(1, "a"));
        assertThat(reading.problem).isEqualTo(Problem.UNCLOSED_QUOTE);
        assertThat(reading.line).isEqualTo(2);
        assertThat(read("\"").problem).isEqualTo(Problem.UNCLOSED_QUOTE);
        assertThat(read("\"a\"\"").problem).isEqualTo(Problem.UNCLOSED_QUOTE);
    }

    @Test
    void textAfterAClosingQuoteStopsTheReadingAtItsRecordsLine() {
        Reading reading = read("a\n\"b\nc\"d,e\nf");
        assertThat(reading.records).containsExactly(record(1, "a"));
        assertThat(reading.problem).isEqualTo(Problem.TEXT_AFTER_QUOTE);
        assertThat(reading.line).isEqualTo(2);
        assertThat(read("\"a\" ,b").problem).isEqualTo(Problem.TEXT_AFTER_QUOTE);
    }

    @Test
    void bytesThatAreNotUtf8StopTheReadingAtTheirLine() {
        // A lone continuation byte, a lead byte that is never one, overlong forms, a surrogate, past U+10FFFF,
        // a character cut short by the next one and by the end of the input, in a field and in a quoted one.
        int[][] notUtf8 = {{0x80}, {0xFF}, {0xC0, 0x80}, {0xC1, 0xBF}, {0xE0, 0x80, 0x80}, {0xF0, 0x80, 0x80, 0x80},
            {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xE2, 0x82, 'a'}, {0xE2, 0x82},
            {0xF0, 0x9F, 0x98}};
        for (int[] bad : notUtf8) {
            for (String quote : List.of("", "\"")) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                bytes.writeBytes(("a\n" + quote + "b\r\nc").getBytes(StandardCharsets.UTF_8));
                Arrays.stream(bad).forEach(bytes::write);
                byte[] input = bytes.toByteArray();
                for (int piece : new int[] {1, 2, 3, Integer.MAX_VALUE}) {
                    Reading reading = read(input, piece);
                    assertThat(reading.problem).as("%s %s", Arrays.toString(bad), quote).isEqualTo(Problem.NOT_UTF8);
                    assertThat(reading.line).as("%s %s", Arrays.toString(bad), quote).isEqualTo(3);
                    assertThat(reading.records).containsExactlyElementsOf(quote.isEmpty()
                            ? List.of(record(1, "a"), record(2, "b")) : List.of(record(1, "a")));
                }
            }
        }
        // The largest code points of each length are UTF-8.
        assertThat(records("\u007F\u07FF\uFFFF\uDBFF\uDFFF")).containsExactly(record(1, "\u007F\u07FF\uFFFF\uDBFF\uDFFF"));
    }

    @Test
    void aFieldLongerThanARowMayBeStopsTheReading() {
        String longest = "x".repeat(InputLimits.MAX_ROW_CHARS);
        // As long as a row may be, it is read (and kept empty, as longer than a field may be).
        assertThat(records("a\n" + longest + "\nb")).containsExactly(record(1, "a"), record(2, ""), record(3, "b"));
        for (String quote : List.of("", "\"")) {
            Reading reading = read(("a\nb," + quote + longest + "x" + quote + "\nc").getBytes(StandardCharsets.UTF_8),
                    Integer.MAX_VALUE);
            assertThat(reading.records).containsExactly(record(1, "a"));
            assertThat(reading.problem).isEqualTo(Problem.FIELD_TOO_LONG);
            assertThat(reading.line).isEqualTo(2);
        }
    }

    @Test
    void whatIsKeptOfARecordStaysWithinTheLimits() throws Exception {
        String field = "y".repeat(InputLimits.MAX_FIELD_CHARS);
        String longer = field + "y";
        // A field longer than a field may be is kept empty and noted (the first one); the rest are kept.
        CsvTokenizer record = tokenizer("a," + longer + ",b," + longer + longer + "\n");
        assertThat(record.next()).isTrue();
        assertThat(fields(record)).containsExactly("a", "", "b", "");
        assertThat(record.longField).isEqualTo(1);
        assertThat(record.longFieldLength).isEqualTo(InputLimits.MAX_FIELD_CHARS + 1);
        assertThat(record.tooLong).isFalse();

        // Fields up to a field's length, more than a row may have together: those past the row's length are kept
        // empty, and the row is noted as too long.
        int fit = InputLimits.MAX_ROW_CHARS / InputLimits.MAX_FIELD_CHARS;
        record = tokenizer(String.join(",", java.util.Collections.nCopies(fit + 2, field)) + "\n");
        assertThat(record.next()).isTrue();
        assertThat(record.fields).isEqualTo(fit + 2);
        assertThat(fields(record).subList(0, fit)).allMatch(field::equals);
        assertThat(fields(record).subList(fit, fit + 2)).containsOnly("");
        assertThat(record.tooLong).isTrue();
        assertThat(record.longField).isEqualTo(-1);

        // Past the most columns, fields are counted only.
        record = tokenizer(",".repeat(InputLimits.MAX_COLUMNS + 4) + "\nz");
        assertThat(record.next()).isTrue();
        assertThat(record.fields).isEqualTo(InputLimits.MAX_COLUMNS + 5);
        assertThat(record.stored).isEqualTo(InputLimits.MAX_COLUMNS);
        assertThat(record.next()).isTrue();
        assertThat(fields(record)).containsExactly("z");
    }

    @Test
    void aFieldNoReaderReadsIsKeptEmptyButCountsTowardsTheRowsLength() throws Exception {
        CsvTokenizer record = tokenizer("a,b,c,d\n" + " e ,f,g,h\n" + "i,j\n");
        record.keep(new boolean[] {false, false, true});
        assertThat(record.next()).isTrue();
        assertThat(fields(record)).containsExactly("a", "", "c", "");
        assertThat(record.next()).isTrue();
        assertThat(fields(record)).containsExactly(" e ", "", "g", "");
        assertThat(record.trimmedStarts[0]).isEqualTo(1);
        assertThat(record.trimmedEnds[0]).isEqualTo(2);
        record.keep(null);
        assertThat(record.next()).isTrue();
        assertThat(fields(record)).containsExactly("i", "j");

        String field = "y".repeat(InputLimits.MAX_FIELD_CHARS);
        int fit = InputLimits.MAX_ROW_CHARS / InputLimits.MAX_FIELD_CHARS;
        record = tokenizer("a" + ("," + field).repeat(fit + 1) + "\n");
        record.keep(new boolean[] {true});
        assertThat(record.next()).isTrue();
        assertThat(record.tooLong).isTrue();
    }

    private static CsvTokenizer tokenizer(String text) {
        return new CsvTokenizer(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Pieces of text a generated input is made of: CSV's own characters most often, UTF-8 of each length, and bytes
     * that are not UTF-8. */
    private static final byte[][] PIECES = pieces("a", "b", " ", ",", ",", "\"", "\"", "\"", "\r", "\n", "\n", "\r\n",
            "é", "€", "😀", "\uFEFF", "\t");
    private static final byte[][] NOT_UTF8 = {{(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0x80},
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};

    private static byte[][] pieces(String... texts) {
        return Arrays.stream(texts).map(t -> t.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    /** An input: a list of piece numbers; one in fifty numbers is a byte sequence that is not UTF-8. */
    private static Gen<byte[]> inputs() {
        return lists().of(integers().between(0, 50 * PIECES.length - 1)).ofSizeBetween(0, 40).map(choices -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int choice : choices) {
                boolean bad = choice >= 49 * PIECES.length;
                bytes.writeBytes(bad ? NOT_UTF8[choice % NOT_UTF8.length] : PIECES[choice % PIECES.length]);
            }
            return bytes.toByteArray();
        });
    }

    @Test
    void readsAsFastCsvsStrictParserDoes() {
        qt(20_000).forAll(inputs(), integers().between(1, 7)).checkAssert((input, piece) -> {
            Reading ours = read(input, piece);
            Reading theirs = fastCsv(input);
            String shown = show(input);
            if (theirs.problem == Problem.NOT_UTF8) {
                // Java's decoder reads ahead of FastCSV: of the records before the bad byte, it hands over fewer,
                // and a problem of CSV's before the bad byte is not seen. sibcalc stops at the first problem.
                assertThat(ours.problem).as(shown).isNotNull();
                assertThat(ours.records.size()).as(shown).isGreaterThanOrEqualTo(theirs.records.size());
                assertThat(ours.records.subList(0, theirs.records.size())).as(shown).isEqualTo(theirs.records);
            } else {
                assertThat(ours).as(shown).isEqualTo(theirs);
            }
        });
    }

    @Test
    void aFieldNotKeptIsReadAsAnyOtherAndKeptEmpty() {
        // Fields no reader reads are scanned without keeping their text: the same records, lines and problems as
        // reading every field and emptying those (the first field is always kept).
        qt(20_000).forAll(inputs(), lists().of(booleans().all()).ofSizeBetween(0, 5), integers().between(1, 7))
                .checkAssert((input, keep, piece) -> {
                    boolean[] kept = new boolean[keep.size()];
                    for (int i = 0; i < kept.length; i++) {
                        kept[i] = keep.get(i);
                    }
                    Reading all = read(input, piece, null);
                    List<Record> emptied = all.records.stream().map(r -> new Record(r.line, IntStream
                            .range(0, r.fields.size())
                            .mapToObj(i -> i == 0 || i < kept.length && kept[i] ? r.fields.get(i) : "").toList()))
                            .toList();
                    assertThat(read(input, piece, kept)).as(show(input) + " keeping " + keep)
                            .isEqualTo(new Reading(emptied, all.problem, all.line));
                });
    }

    @Test
    void aPlainRecordIsReadTheQuickWayAsTheGeneralWayReadsIt() {
        // The same records, lines, trimmed bounds and problems with plain records read the quick way as with every
        // record read the general way: on generated inputs of plain and other records, in one piece (so that
        // most records are plain and whole in the buffer) and in pieces, keeping some fields.
        qt(20_000).forAll(lists().of(integers().between(0, 3 * PLAIN.length + PIECES.length - 1)).ofSizeBetween(0, 60),
                lists().of(booleans().all()).ofSizeBetween(0, 5), integers().between(1, 9))
                .checkAssert((choices, keep, piece) -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    for (int choice : choices) {
                        bytes.writeBytes(choice < 3 * PLAIN.length ? PLAIN[choice % PLAIN.length]
                                : PIECES[choice - 3 * PLAIN.length]);
                    }
                    byte[] input = bytes.toByteArray();
                    boolean[] kept = new boolean[keep.size()];
                    for (int i = 0; i < kept.length; i++) {
                        kept[i] = keep.get(i);
                    }
                    int size = piece == 9 ? Integer.MAX_VALUE : piece;
                    for (boolean[] k : new boolean[][] {null, kept}) {
                        assertThat(bounds(input, size, k, true)).as(show(input) + " keeping " + keep + " in " + size)
                                .isEqualTo(bounds(input, size, k, false));
                    }
                });
    }

    /** Pieces of plain records: ASCII text, blanks, commas and line breaks, no quote at a field's start. */
    private static final byte[][] PLAIN = pieces("ab", "1", " ", "\t", ",", ",", "\n", "\r\n", "\r", "x\"y");

    /** Each record read as the lines, fields and trimmed bounds it leaves, then the problem that stopped it. */
    private static List<String> bounds(byte[] input, int piece, boolean[] kept, boolean plain) {
        List<String> read = new ArrayList<>();
        CsvTokenizer tokenizer = new CsvTokenizer(new Pieces(input, piece), plain);
        tokenizer.keep(kept);
        try {
            while (tokenizer.next()) {
                StringBuilder record = new StringBuilder(tokenizer.recordLine() + ":" + tokenizer.fields);
                for (int i = 0; i < tokenizer.stored; i++) {
                    record.append(' ').append(tokenizer.field(i)).append('[').append(tokenizer.trimmedStarts[i])
                            .append(',').append(tokenizer.trimmedEnds[i]).append(',').append(tokenizer.ends[i])
                            .append(']');
                }
                read.add(record + (tokenizer.longField < 0 && !tokenizer.tooLong ? "" : " over a limit"));
            }
        } catch (Unreadable e) {
            read.add(e.problem + " at " + e.line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read;
    }

    @Test
    void aLongFieldNotKeptCountsAsAKeptOne() throws Exception {
        String field = "é".repeat(InputLimits.MAX_FIELD_CHARS + 1); // two bytes a character
        for (boolean[] kept : new boolean[][] {null, {true}}) {
            CsvTokenizer record = tokenizer("a," + field + ",b\n");
            record.keep(kept);
            assertThat(record.next()).isTrue();
            assertThat(record.longField).isEqualTo(1);
            assertThat(record.longFieldLength).isEqualTo(InputLimits.MAX_FIELD_CHARS + 1);
            assertThat(fields(record)).containsExactly("a", "", kept == null ? "b" : "");
        }
        // one field longer than a row may be stops the reading, kept or not, read in one piece or many
        String huge = "x".repeat(InputLimits.MAX_ROW_CHARS + 1);
        for (boolean[] kept : new boolean[][] {null, {true}}) {
            for (int piece : new int[] {Integer.MAX_VALUE, 1000}) {
                CsvTokenizer record = new CsvTokenizer(new Pieces(("a," + huge + "\n").getBytes(StandardCharsets.UTF_8), piece));
                record.keep(kept);
                assertThatThrownBy(record::next).isInstanceOfSatisfying(Unreadable.class,
                        e -> assertThat(e.problem).isEqualTo(Problem.FIELD_TOO_LONG));
            }
        }
    }

    @Test
    void readingInPiecesChangesNothing() {
        qt(5_000).forAll(inputs(), integers().between(1, 5)).checkAssert((input, piece) ->
                assertThat(read(input, piece)).as(show(input)).isEqualTo(read(input, Integer.MAX_VALUE)));
    }

    /** The same bytes read by FastCSV 4 as sibcalc 0.1's readers did, with Java's strict UTF-8 decoder. */
    private static Reading fastCsv(byte[] input) {
        List<Record> records = new ArrayList<>();
        long line = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .allowUnclosedQuote(false)
                .allowExtraCharsAfterClosingQuote(false)
                .skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .maxBufferSize(InputLimits.MAX_ROW_CHARS)
                .ofCsvRecord(new InputStreamReader(new java.io.ByteArrayInputStream(input),
                        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            for (CsvRecord record : reader) {
                records.add(new Record(Math.toIntExact(record.getStartingLineNumber()), record.getFields()));
            }
            return new Reading(records, null, 0);
        } catch (UncheckedIOException e) {
            assertThat(e.getCause()).isInstanceOf(CharacterCodingException.class);
            return new Reading(records, Problem.NOT_UTF8, 0);
        } catch (CsvParseException e) {
            Throwable cause = e.getCause() instanceof CharacterCodingException
                    || e.getCause() instanceof UncheckedIOException ? e.getCause() : null;
            if (cause != null) {
                return new Reading(records, Problem.NOT_UTF8, 0);
            }
            String message = e.getMessage();
            java.util.regex.Matcher at = java.util.regex.Pattern.compile("record starting at line (\\d+)")
                    .matcher(message);
            int where = at.find() ? Integer.parseInt(at.group(1)) : -1;
            Problem problem = message.startsWith("Unclosed quoted field") ? Problem.UNCLOSED_QUOTE
                    : message.startsWith("Unexpected character after closing quote") ? Problem.TEXT_AFTER_QUOTE : null;
            assertThat(problem).as(message).isNotNull();
            return new Reading(records, problem, where);
        } catch (IOException e) {
            assertThat(e).isInstanceOf(CharacterCodingException.class);
            return new Reading(records, Problem.NOT_UTF8, 0);
        }
    }

    private static String show(byte[] input) {
        StringBuilder shown = new StringBuilder();
        for (byte b : input) {
            shown.append(b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("<%02X>", b & 0xFF));
        }
        return shown.toString();
    }

    /** A stream that gives at most {@code piece} bytes at a time, as a pipe or a slow disk may. */
    private static final class Pieces extends InputStream {
        private final byte[] bytes;
        private final int piece;
        private int at;

        Pieces(byte[] bytes, int piece) {
            this.bytes = bytes;
            this.piece = piece;
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (at == bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(length, piece), bytes.length - at);
            System.arraycopy(bytes, at, into, offset, n);
            at += n;
            return n;
        }
    }
}
