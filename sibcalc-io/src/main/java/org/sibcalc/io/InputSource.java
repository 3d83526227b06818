package org.sibcalc.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Where an input file's bytes come from, with the name its messages give it: a file, or bytes an application
 * holds (a download, a database column, a test's text). Every reader that takes a {@link Path} takes an
 * {@code InputSource} too, and reads it the same way: UTF-8, with the same limits (docs/limits.md) and the same
 * errors, each naming {@link #name()} and the line.
 *
 * <p>A reader may open a source more than once (to look at its header first, or to find the line of a byte
 * that is not UTF-8), so a stream is read into memory when the source is made: {@link #read(String,
 * InputStream)} takes at most one byte past the 1 GiB a CSV file may have, so that a stream that never ends
 * is reported as too large rather than read whole.
 *
 * <p>This class is immutable and thread-safe (the bytes given to {@link #ofBytes} are not copied: do not change
 * them afterwards).
 */
public final class InputSource {

    private final String name;
    private final @Nullable Path file;
    private final byte @Nullable [] bytes;

    private InputSource(String name, @Nullable Path file, byte @Nullable [] bytes) {
        this.name = Objects.requireNonNull(name, "name");
        this.file = file;
        this.bytes = bytes;
    }

    /**
     * {@return the file, named as its path is written}
     *
     * @param file the file, not null
     */
    public static InputSource of(Path file) {
        return new InputSource(file.toString(), file, null);
    }

    /**
     * {@return the bytes, UTF-8, under a name for messages}
     *
     * @param name the name messages give the input, such as {@code participants.csv}, not null
     * @param bytes the input's bytes, not copied, not null
     */
    public static InputSource ofBytes(String name, byte[] bytes) {
        return new InputSource(name, null, Objects.requireNonNull(bytes, "bytes"));
    }

    /**
     * {@return the text, under a name for messages}
     *
     * @param name the name messages give the input, such as {@code participants.csv}, not null
     * @param text the input's text, not null
     */
    public static InputSource ofText(String name, String text) {
        return ofBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a stream of UTF-8 bytes to its end, or to one byte past the 1 GiB limit of a CSV file.
     *
     * @param name the name messages give the input, not null
     * @param in the stream, read here and not closed, not null
     * @return the source
     * @throws IOException when the stream cannot be read
     */
    public static InputSource read(String name, InputStream in) throws IOException {
        return ofBytes(name, in.readNBytes(Math.toIntExact(Math.min(Integer.MAX_VALUE - 8,
                InputLimits.MAX_CSV_BYTES + 1))));
    }

    /**
     * Reads a text to its end, or to about the 1 GiB limit of a CSV file.
     *
     * @param name the name messages give the input, not null
     * @param in the text, read here and not closed, not null
     * @return the source
     * @throws IOException when the text cannot be read
     */
    public static InputSource read(String name, Reader in) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chars = new char[1 << 16];
        for (int n; text.length() <= InputLimits.MAX_CSV_BYTES && (n = in.read(chars)) > 0; ) {
            text.append(chars, 0, n);
        }
        return ofText(name, text.toString());
    }

    /** {@return the name messages give the input, never null} */
    public String name() {
        return name;
    }

    /**
     * {@return a new stream of the input's bytes, which the caller closes}
     *
     * @throws IOException when the file cannot be opened ({@link java.nio.file.NoSuchFileException} when there is
     *         none)
     */
    public InputStream open() throws IOException {
        return file != null ? Files.newInputStream(file) : new ByteArrayInputStream(bytes);
    }

    /** {@return the size in bytes, when known before reading: a regular file's or the bytes'} */
    public OptionalLong size() {
        if (bytes != null) {
            return OptionalLong.of(bytes.length);
        }
        try {
            return Files.isRegularFile(file) ? OptionalLong.of(Files.size(file)) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty(); // reading it says why
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
