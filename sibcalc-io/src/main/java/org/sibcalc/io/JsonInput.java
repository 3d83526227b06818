package org.sibcalc.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.sibcalc.basics.InvalidValueException;

/**
 * A JSON input file read value by value, every problem reported to a {@link ValidationReport} as
 * {@code file:line: path: message}, the path naming the field as {@code waterfall.returnCap.multiple} or
 * {@code investors[1].name} (list positions from 0) and the line being that of the value, or of the nearest
 * enclosing value the file has. Each read returns null after reporting what is wrong, so that a reader
 * goes on and reports every problem of the file at once.
 *
 * <p>Decimals must be JSON strings such as {@code "0.55"}, so that no JSON tool on the way turns them into
 * binary floating point; a field given twice is an error, not silently the last one.
 *
 * <p>Not thread-safe: one reading of one file.
 */
final class JsonInput {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_$-]+");

    private final String file;
    private final ValidationReport report;
    private final Map<String, Integer> lines;
    private final ObjectNode root;
    private final int errorsAtStart;

    /** Reads the values of a JSON object already parsed, each problem reported at its line of {@code lines}. */
    static JsonInput of(String file, ValidationReport report, Map<String, Integer> lines, ObjectNode root) {
        return new JsonInput(file, report, lines, root);
    }

    private JsonInput(String file, ValidationReport report, Map<String, Integer> lines, ObjectNode root) {
        this.file = file;
        this.report = report;
        this.lines = lines;
        this.root = root;
        this.errorsAtStart = report.errors().size();
    }

    /**
     * Reads a file holding a JSON object, of at most {@code limit} bytes (docs/limits.md).
     *
     * @param name the file's name for messages
     * @param what what the file is, for the message of one too large: "an investment file"
     * @return the input, or null when the file cannot be read or is not a JSON object (reported)
     */
    static JsonInput read(Path path, String name, int limit, String what, ValidationReport report) {
        byte[] bytes = readAtMost(InputSource.of(path), name, limit, what, report);
        return bytes == null ? null : parse(bytes, name, limit, what, report);
    }

    /**
     * Reads an input of at most {@code limit} bytes, and at most one byte more of a longer one, so that a file
     * that never ends (a pipe, a device) is not read whole.
     *
     * @return the bytes, or null when the input cannot be read or is larger than the limit (reported)
     */
    static byte[] readAtMost(InputSource source, String name, int limit, String what, ValidationReport report) {
        try (InputStream in = source.open()) {
            return readAtMost(in, name, limit, what, report);
        } catch (NoSuchFileException e) {
            report.error(name, 0, "(file)", "cannot be read: no such file");
            return null;
        } catch (IOException e) {
            report.error(name, 0, "(file)", "cannot be read: " + e);
            return null;
        }
    }

    /**
     * Reads at most {@code limit} bytes of the stream, which the caller closes; null when it cannot be read or is
     * longer (reported). One byte past the limit is read, so that a stream that never ends is not read whole.
     */
    static byte[] readAtMost(InputStream in, String name, int limit, String what, ValidationReport report) {
        byte[] bytes;
        try {
            bytes = Objects.requireNonNull(in, "in").readNBytes(limit + 1);
        } catch (IOException e) {
            report.error(name, 0, "(file)", "cannot be read: " + e);
            return null;
        }
        if (bytes.length > limit) {
            tooLarge(name, limit, what, report);
            return null;
        }
        return bytes;
    }

    /**
     * Reads the text of the reader, which the caller closes, as UTF-8 bytes of at most {@code limit}; null when it
     * cannot be read or is longer (reported). At most {@code limit + 1} characters are read.
     */
    static byte[] readAtMost(Reader in, String name, int limit, String what, ValidationReport report) {
        char[] chars = new char[Math.min(limit + 1, 1 << 16)];
        StringBuilder text = new StringBuilder();
        try {
            Objects.requireNonNull(in, "in");
            for (int n; text.length() <= limit && (n = in.read(chars, 0, Math.min(chars.length, limit + 1 - text.length()))) > 0; ) {
                text.append(chars, 0, n);
            }
        } catch (IOException e) {
            report.error(name, 0, "(file)", "cannot be read: " + e);
            return null;
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > limit) {
            tooLarge(name, limit, what, report);
            return null;
        }
        return bytes;
    }

    private static void tooLarge(String name, int limit, String what, ValidationReport report) {
        report.error(name, 0, "(file)", "is larger than the " + String.format(Locale.ROOT, "%,d", limit) + " bytes ("
                + (limit >> 20) + " MiB) read from " + what + " at most");
    }

    /**
     * Reads JSON text holding an object, of at most {@code limit} bytes and nested at most
     * {@link InputLimits#MAX_JSON_DEPTH} deep.
     *
     * @param what what the text is, for the message of one too large: "an investment file"
     * @return the input, or null when the text is not a JSON object (reported)
     */
    static JsonInput parse(byte[] json, String name, int limit, String what, ValidationReport report) {
        if (json.length > limit) {
            tooLarge(name, limit, what, report);
            return null;
        }
        try {
            Map<String, Integer> lines = ContractJson.fieldLines(json);
            JsonNode root = MAPPER.readTree(json);
            if (root instanceof ObjectNode object) {
                return new JsonInput(name, report, lines, object);
            }
            report.error(name, 1, "(file)", "must hold a JSON object");
        } catch (StreamConstraintsException e) {
            report.error(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "(file)",
                    "has JSON objects or lists nested more than " + InputLimits.MAX_JSON_DEPTH + " deep");
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.min(e.getLocation().getLineNr(), ContractJson.lastLine(json));
            report.error(name, line, "(file)", "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            report.error(name, 0, "(file)", "cannot be read: " + e);
        }
        return null;
    }

    /** Returns the top-level object. */
    ObjectNode root() {
        return root;
    }

    /** Returns true when reading this file has reported an error. */
    boolean hasErrors() {
        return report.errors().size() > errorsAtStart;
    }

    /** Reports a problem at the path. */
    void error(String path, String message) {
        report.error(file, lineOf(path), path, message);
    }

    /** Reports every field of {@code node} not among {@code fields}; {@code prefix} is the node's path and a dot. */
    void allowOnly(JsonNode node, String prefix, String... fields) {
        List<String> known = Arrays.asList(fields);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!known.contains(field)) {
                error(member(prefix, field), "is not a known field (known here: " + String.join(", ", known) + ")");
            }
        }
    }

    /**
     * The path of field {@code field} of the object at {@code prefix} ({@code ""} or a path ending in a point):
     * {@code tracking.period}, or, for a name that is not plain letters, digits, {@code _}, {@code $} or
     * {@code -}, in brackets as JavaScript writes it, quoted and escaped: {@code tracking["pe riod"]},
     * {@code [""]}, {@code ["\u0007"]} — so that a message never holds an empty or unprintable field.
     */
    static String member(String prefix, String field) {
        if (PLAIN_NAME.matcher(field).matches()) {
            return prefix + field;
        }
        StringBuilder quoted = new StringBuilder(prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1)
                : prefix).append("[\"");
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append("\"]").toString();
    }

    /** Returns the field, or null when it is absent or JSON null (reported at the path when required). */
    JsonNode field(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                error(path, "is required");
            }
            return null;
        }
        return node;
    }

    /** Returns the node as an object, or null when it is not one (reported). */
    JsonNode object(JsonNode node, String path) {
        if (!node.isObject()) {
            error(path, "must be a JSON object");
            return null;
        }
        return node;
    }

    /** Returns the node as a list, or null when it is not one (reported). */
    JsonNode list(JsonNode node, String path, String what) {
        if (!node.isArray()) {
            error(path, "must be a list of " + what);
            return null;
        }
        return node;
    }

    /** Returns a non-blank JSON string with its surrounding blanks stripped, or null (reported). */
    String text(JsonNode node, String path) {
        if (!node.isTextual() || node.textValue().isBlank()) {
            error(path, node + " is not a non-blank JSON string");
            return null;
        }
        return node.textValue().strip();
    }

    /** Returns a non-blank JSON string that has no leading or trailing blanks, or null (reported). */
    String trimmedText(JsonNode node, String path) {
        String text = text(node, path);
        if (text != null && !text.equals(node.textValue())) {
            error(path, node + " has leading or trailing blanks");
            return null;
        }
        return text;
    }

    /** Returns a decimal written as a JSON string of plain digits, or null (reported). */
    BigDecimal decimal(JsonNode node, String path) {
        if (node.isNumber()) {
            error(path, node + " must be written as a JSON string, \"" + node + "\", so that it stays exact");
            return null;
        }
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            error(path, "'" + text + "' is not a decimal number such as 0.55");
            return null;
        }
        return new BigDecimal(text);
    }

    /** Returns a date in either form of {@link DateText}, or null (reported). */
    LocalDate date(JsonNode node, String path) {
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        try {
            return DateText.parse(path, text);
        } catch (InvalidValueException e) {
            error(path, e.problem());
            return null;
        }
    }

    /** Returns an ISO-8601 period such as {@code P30D}, or null (reported). */
    Period period(JsonNode node, String path) {
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        try {
            return Period.parse(text);
        } catch (DateTimeParseException | ArithmeticException e) {
            // ArithmeticException: the weeks, multiplied by 7, do not fit in an int (P400000000W).
            error(path, "'" + text + "' is not an ISO-8601 period such as P30D");
            return null;
        }
    }

    /** Returns true or false, or null when the node is neither (reported). */
    Boolean bool(JsonNode node, String path) {
        if (!node.isBoolean()) {
            error(path, node + " is not true or false");
            return null;
        }
        return node.booleanValue();
    }

    /**
     * Makes a value whose constructor validates it; an {@link InvalidValueException} is reported at
     * {@code prefix} followed by the exception's field (or at {@code prefix} alone when it names none).
     *
     * @param prefix the path of the value made, such as {@code investors[2]}, or empty at the top
     * @return the value, or null when it was invalid
     */
    <T> T construct(String prefix, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidValueException e) {
            String field = e.field();
            error(prefix.isEmpty() ? field : field.isEmpty() ? prefix : prefix + "." + field, e.problem());
            return null;
        }
    }

    private int lineOf(String path) {
        return ContractJson.lineOf(lines, path);
    }
}
