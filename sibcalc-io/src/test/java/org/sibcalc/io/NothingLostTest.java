package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sibcalc.testing.Theories.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.sibcalc.io.csv.EpisodeRows;

/**
 * docs/input-files.md, nothing is lost: over files of random rows, valid and not (blank, padded, long and repeated ids,
 * dates that are not dates, ends before starts, exits before starts, rows of too few or too many fields,
 * episodes of no participant or of a rejected one, blank lines, values quoted over two lines, a quote never
 * closed), every row of both CSV files is counted once (rows read = the rows written, = used + rejected),
 * and every row is either used — its line is among the lines of the rows the calculation has — or named
 * at its line in an error or a warning; or, when the participants file cannot be read to its end, is an
 * episode rejected because of that file's error.
 */
class NothingLostTest {

    private static final String[] IDS = {"P1", "P2", "P3", "P4", "P5", "", " P6", "P7 ", "Q".repeat(65)};
    private static final String[] DATES = {"2019-01-01", "2019-03-31", "01/06/2019", "2018-12-31", "", "2019-02-30",
        "3/4/2019", "x"};

    @TempDir
    Path dir;

    /** A file's rows, each as the choices that make it (see {@link #write}). */
    private static Gen<List<List<Integer>>> rows() {
        return lists().of(lists().of(integers().between(0, 99)).ofSize(7)).ofSizeBetween(0, 12);
    }

    @Test
    void everyRowIsUsedOrNamedInAProblem() {
        qt(400).forAll(rows(), rows(), booleans().all()).checkAssert((participantRows, episodeRows, ignoreUnmatched) -> {
            Written participants = write("participants.csv", "id,start,cohort,birth_date,exit_date", participantRows, 5);
            Written episodes = write("episodes.csv", "id,start,end,type,placement", episodeRows, 5);

            ValidationReport report = new ValidationReport();
            CareDataCsv csv = new CareDataCsv(report);
            csv.readParticipants(participants.path, "participants.csv");
            csv.checkBirthDates(18, null);
            EpisodeRows episodeFile = EpisodesCsv.read(episodes.path, "episodes.csv");
            csv.addEpisodes(java.util.List.of(episodeFile), ignoreUnmatched);
            report.append(episodeFile.report());

            String files = participants.text + "\n" + episodes.text + "\n" + report.errors() + "\n" + report.warnings();
            check(report, participants, "participants.csv", csv.participantLines(), false, files);
            // When the participants file cannot be read to its end, an episode of no participant read is
            // rejected without an error of its own: the participants file's error says why (README).
            check(report, episodes, "episodes.csv", csv.episodeLines().toArray(), participants.unclosedLine > 0, files);
        });
    }

    private static void check(ValidationReport report, Written file, String name, int[] usedLines,
            boolean unmatchedUnnamed, String files) {
        ValidationReport.RowCount count = report.rowCounts().get(name);
        Set<Integer> used = IntStream.of(usedLines).boxed().collect(Collectors.toCollection(TreeSet::new));
        Set<Integer> named = new TreeSet<>();
        report.errors().stream().filter(p -> p.file().equals(name)).forEach(p -> named.add(p.line()));
        report.warnings().stream().filter(p -> p.file().equals(name)).forEach(p -> named.add(p.line()));

        assertThat(count.read()).as("%s rows read", name).isEqualTo(file.rowLines.size());
        assertThat(count.read()).as("%s rows read = used + rejected", name).isEqualTo(count.used() + count.rejected());
        assertThat(used).as("%s lines used", name).hasSize((int) count.used()).isSubsetOf(file.rowLines);
        for (int line : file.rowLines) {
            assertThat(used.contains(line) || named.contains(line) || unmatchedUnnamed)
                    .as("%s:%d is used or named (used %s, named %s)\n%s", name, line, used, named, files).isTrue();
        }
        if (file.unclosedLine > 0) {
            assertThat(named).as("the line whose quote is never closed").contains(file.unclosedLine);
        }
    }

    /**
     * The text of a file and the lines its rows start on.
     *
     * @param unclosedLine the line of a last row whose quote is never closed (not a row), or 0
     */
    private record Written(Path path, String text, List<Integer> rowLines, int unclosedLine) {
    }

    /**
     * Writes a file of {@code columns} columns: each row's choices pick its id, its three dates, a text that may
     * be quoted over two lines, whether a blank line comes before it and whether it has a field too few or
     * too many; the last row's quote may never be closed.
     */
    private Written write(String name, String header, List<List<Integer>> rows, int columns) {
        StringBuilder text = new StringBuilder(header).append('\n');
        List<Integer> rowLines = new ArrayList<>();
        int line = 2;
        int unclosedLine = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<Integer> c = rows.get(r);
            if (c.get(6) % 7 == 0) {
                text.append('\n');
                line++;
            }
            String textField = c.get(4) % 5 == 0 ? "\"North\nEast\"" : c.get(4) % 5 == 1 ? "C2" : "";
            List<String> fields = new ArrayList<>(List.of(IDS[c.get(0) % IDS.length], DATES[c.get(1) % DATES.length],
                    c.get(4) % 2 == 0 ? textField : DATES[c.get(2) % DATES.length], DATES[c.get(2) % DATES.length],
                    DATES[c.get(3) % DATES.length]));
            if (name.startsWith("episodes")) { // id, start, end, type, placement
                fields = new ArrayList<>(List.of(fields.get(0), fields.get(1), fields.get(3), textField,
                        c.get(3) % 3 == 0 ? "U1" : ""));
            }
            if (c.get(5) % 11 == 0) {
                fields.remove(fields.size() - 1);
            } else if (c.get(5) % 11 == 1) {
                fields.add("extra");
            }
            if (r == rows.size() - 1 && c.get(5) % 13 == 2) {
                fields.set(0, "\"P1"); // never closed: the rest of the file is not read, and this is no row
                unclosedLine = line;
            } else {
                rowLines.add(line);
            }
            String row = String.join(",", fields.subList(0, Math.min(fields.size(), columns + 1)));
            text.append(row).append('\n');
            line += (int) row.chars().filter(ch -> ch == '\n').count() + 1;
        }
        Path path = dir.resolve(name);
        try {
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(path, text.toString(), rowLines, unclosedLine);
    }
}
