package org.sibcalc.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sibcalc.io.InputFiles;

/**
 * The input files of a folder, read while picocli makes sense of the command line. Picocli's classes are Java 5
 * bytecode, which the JVM cannot keep in its class-data archive, so making the command's model costs about a
 * tenth of a second on one core before the first file could otherwise be read. A command line that starts
 * {@code COMMAND DIR}, DIR a folder, and names no input file of its own ({@link #FILE_OPTIONS}) has its folder
 * read from the start, on a thread of its own.
 *
 * <p>The files read are used only when the command, its options parsed, reads exactly those files in exactly
 * that way ({@link InputOptions.Request}, compared whole); otherwise they are dropped and the command reads its
 * own. So the early read can change when the work is done, never what is read: a command line picocli then
 * rejects has been read for nothing, and that is all.
 */
final class EarlyRead {

    /** The commands that read DIR's input files first thing. */
    private static final List<String> COMMANDS = List.of("statement", "validate", "explain", "check", "returns");
    /** The options that change which files are read, or how: a command line with one is not read early. */
    private static final List<String> FILE_OPTIONS = List.of("--contract", "--participants", "--episodes",
            "--header", "--ledger", "--ignore-unmatched-episodes");
    /** The early read of the command line being run on this thread, if any. */
    private static final ThreadLocal<EarlyRead> CURRENT = new ThreadLocal<>();

    private final InputOptions.Request request;
    private final InputFiles.Pending files;

    private EarlyRead(InputOptions.Request request) {
        this.request = request;
        this.files = request.readInBackground();
    }

    /**
     * Starts reading the folder of a command line that starts {@code COMMAND DIR}, for the command run next on
     * this thread ({@link #take}); does nothing for any other command line.
     *
     * @param args the command line's arguments
     */
    static void start(String[] args) {
        CURRENT.remove();
        if (args.length < 2 || !COMMANDS.contains(args[0]) || args[1].startsWith("-")) {
            return;
        }
        for (int i = 2; i < args.length; i++) {
            for (String option : FILE_OPTIONS) {
                if (args[i].equals(option) || args[i].startsWith(option + "=")) {
                    return;
                }
            }
        }
        Path dir;
        try {
            dir = Path.of(args[1]);
        } catch (InvalidPathException e) {
            return; // picocli will say so
        }
        if (Files.isDirectory(dir)) {
            CURRENT.set(new EarlyRead(InputOptions.Request.ofFolder(dir)));
        }
    }

    /**
     * Returns the files read early, when they were read as {@code request} says, waiting for the reading to end;
     * null when there was no early read or it read something else. Either way the early read is done with.
     *
     * @param request the files the command reads, and how
     * @return the files read, or null
     */
    static @Nullable InputFiles take(InputOptions.Request request) {
        EarlyRead early = CURRENT.get();
        CURRENT.remove();
        if (early == null || !early.request.equals(request)) {
            return null;
        }
        return early.files.files();
    }

    /** Forgets this thread's early read, if any, once its command line has run. */
    static void end() {
        CURRENT.remove();
    }
}
