package org.sibcalc.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A folder of input files for the reader and command-line tests: {@code contract.json},
 * {@code participants.csv} and {@code episodes.csv}, each valid until a test writes its own. Problems are
 * read back as their {@code file:line: field: message} text with the folder left out, so that a test can
 * assert the whole text: {@code participants.csv:3: id: is blank}.
 */
public final class InputFolder {

    /**
     * A valid contract. Its lines, which the contract tests count on:
     * 1 {, 2 name, 3 currency, 4 tracking, 5 measurement, 6 baseline, 7 outcomes, 8 }.
     * Quarterly measurement 2019-03-31 to 2019-12-31; flat baseline 0.5; £10.00 a care day avoided.
     */
    public static final String CONTRACT = """
            {
              "name": "Test SIB",
              "currency": "GBP",
              "tracking": { "period": "P30M" },
              "measurement": { "from": "2019-03-31", "to": "2019-12-31", "every": "QUARTER" },
              "baseline": { "proportion": "0.5" },
              "outcomes": [ { "type": "CARE_DAYS_AVOIDED", "pricePerDay": "10.00" } ]
            }
            """;

    /**
     * A valid contract with every kind of outcome. Its lines, which the contract tests count on:
     * 1 {, 2 name, 3 currency, 4 states, 5 tracking, 6 measurement, 7 baseline, 8 outcomes, 9 outcomes[0]
     * CARE_DAYS_AVOIDED, 10 outcomes[1] DAYS, 11 outcomes[2] BLOCKS, 12 outcomes[3] MILESTONE, 13 outcomes[4]
     * ENGAGEMENT, 14 ], 15 caps, 16 }.
     */
    public static final String CONTRACT_V2 = """
            {
              "name": "Test SIB",
              "currency": "GBP",
              "states": { "foster": { "placements": ["U1", "U2"] } },
              "tracking": { "period": "P30M" },
              "measurement": { "from": "2019-03-31", "to": "2019-12-31", "every": "QUARTER" },
              "baseline": { "proportion": "0.5" },
              "outcomes": [
                { "type": "CARE_DAYS_AVOIDED", "pricePerDay": "10.00" },
                { "type": "DAYS", "condition": { "outOf": "care" }, "pricePerDay": "5.00" },
                { "type": "BLOCKS", "condition": { "in": "foster" }, "block": "P7D", "pricePerBlock": "100.00" },
                { "type": "MILESTONE", "condition": { "in": "foster" }, "sustained": "P52W", "price": "2000.00" },
                { "type": "ENGAGEMENT", "price": "500.00" }
              ],
              "caps": { "perParticipant": "20000.00" }
            }
            """;

    private final Path dir;

    private InputFolder(Path dir) {
        this.dir = dir;
    }

    /** Returns the folder with the valid contract, one participant P1 starting 2019-01-01 and no episodes. */
    public static InputFolder in(Path dir) {
        return new InputFolder(dir)
                .contract(CONTRACT)
                .participants("id,start", "P1,2019-01-01")
                .episodes("id,start,end");
    }

    /** The header row of an SSDA903 Episodes table, its columns in the order of the return. */
    public static final String EPISODES_903 = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
            + "HOME_POST,PL_POST,URN";

    /** The header row of an SSDA903 Header table, its columns in the order of the return. */
    public static final String HEADER_903 = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";

    /**
     * Returns a row of an SSDA903 Episodes table ({@link #EPISODES_903}) with the columns sibcalc reads, the
     * others filled as a return would fill them; {@code dec} is "" for an open episode.
     */
    public static String episode903(String child, String decom, String rne, String ls, String place, String dec) {
        return child + "," + decom + "," + rne + "," + ls + ",N1," + place + ",PR1," + dec + "," + (dec.isEmpty() ? "" : "X1")
                + ",,CM1 1,CM2 2," + (place.startsWith("K") ? "SC123456" : "");
    }

    /** Returns a row of an SSDA903 Header table ({@link #HEADER_903}). */
    public static String header903(String child, String dob) {
        return child + ",1," + dob + ",WBRI,A123456789012,,";
    }

    /**
     * Returns the folder with the valid contract, one participant P1 starting 2019-01-01 and no episodes
     * file: a test writes SSDA903 tables ({@link #table}) and reads them with {@link #readFolder()}.
     */
    public static InputFolder ssda903(Path dir) {
        return new InputFolder(dir)
                .contract(CONTRACT)
                .participants("id,start", "P1,2019-01-01");
    }

    /** Writes a CSV file, one line each (the header first), each ended by a new line. */
    public InputFolder table(String file, String... lines) {
        return write(file, lines(lines));
    }

    /** Reads the folder as the command line does: every {@code episodes*.csv}, and {@code header.csv} if any. */
    public InputFiles readFolder() {
        return readFolder(false);
    }

    /** Reads the folder as the command line does. */
    public InputFiles readFolder(boolean ignoreUnmatchedEpisodes) {
        return InputFiles.read(path("contract.json"), path("participants.csv"), InputFiles.episodesIn(dir),
                InputFiles.headerIn(dir), ignoreUnmatchedEpisodes);
    }

    /** Writes contract.json. */
    public InputFolder contract(String json) {
        return write("contract.json", json);
    }

    /** Writes participants.csv, one line each (the header first), each ended by a new line. */
    public InputFolder participants(String... lines) {
        return write("participants.csv", lines(lines));
    }

    /** Writes episodes.csv, one line each (the header first), each ended by a new line. */
    public InputFolder episodes(String... lines) {
        return write("episodes.csv", lines(lines));
    }

    /** Writes a file exactly as given, as UTF-8. */
    public InputFolder write(String file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a file exactly as given. */
    public InputFolder write(String file, byte[] bytes) {
        try {
            Files.write(dir.resolve(file), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Deletes a file, so that it cannot be read. */
    public InputFolder delete(String file) {
        try {
            Files.delete(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Returns the folder. */
    public Path dir() {
        return dir;
    }

    /** Returns a file of the folder. */
    public Path path(String file) {
        return dir.resolve(file);
    }

    /** Reads the three files, with unmatched episodes as errors. */
    public InputFiles read() {
        return read(false);
    }

    /** Reads the three files. */
    public InputFiles read(boolean ignoreUnmatchedEpisodes) {
        return InputFiles.read(path("contract.json"), path("participants.csv"), path("episodes.csv"),
                ignoreUnmatchedEpisodes);
    }

    /** Returns the problems as {@code file:line: field: message} text, without the folder. */
    public List<String> texts(List<Problem> problems) {
        return problems.stream().map(p -> relative(p.toString())).toList();
    }

    /** Returns the text with every mention of the folder left out. */
    public String relative(String text) {
        return text.replace(dir + dir.getFileSystem().getSeparator(), "");
    }

    /** Returns the errors of reading the three files, as text without the folder. */
    public List<String> errors() {
        return texts(read().report().errors());
    }

    private static String lines(String... lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        return text.toString();
    }
}
