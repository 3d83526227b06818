package org.sibcalc.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;
import org.sibcalc.Calculation;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.io.ssda903.EpisodesTable;
import org.sibcalc.io.ssda903.HeaderTable;

/**
 * Coverage-guided fuzzing of the SSDA903 tables' readers (docs/fuzzing.md): the Episodes table and the
 * Header table, each read as {@link InputFiles#read} reads them, against the first 80 participants of
 * examples/essex-903 (fixed: the fuzzer changes only the table), and when nothing is wrong the statement of
 * examples/essex-903's contract at its last measurement date, as text and JSON. The corpus is
 * {@code src/test/resources/org/sibcalc/io/Ssda903FuzzTestInputs/<target>/}.
 *
 * <p>Everything runs on the calling thread, so that {@link ReaderFuzzing}'s bound on allocation covers the
 * tables' reading.
 */
class Ssda903FuzzTest {

    private static final Path EXAMPLE = Path.of("examples/essex-903");
    /** The first 80 of the example's participants: enough for the tables' rows to match, and quick to read. */
    private static final Map<String, byte[]> PARTICIPANTS = Map.of("participants.csv",
            ReaderFuzzing.firstLines(ReaderFuzzing.example(EXAMPLE.resolve("participants.csv")), 81));
    private static final byte[] FIRST_YEAR = ReaderFuzzing.example(EXAMPLE.resolve("episodes_2013-14.csv"));
    private static final ContractTerms TERMS = ReaderFuzzing.contract(EXAMPLE.resolve("contract.json"));

    /**
     * One or two yearly Episodes tables ({@value ReaderFuzzing#NEXT_FILE} between them), merged as several
     * years of returns are: an episode in both is one episode.
     */
    @FuzzTest
    @Timeout(10)
    void ssda903Episodes(byte[] input) {
        ReaderFuzzing.folder(input, List.of("episodes_1.csv", "episodes_2.csv"), PARTICIPANTS, folder -> {
            List<String> names = new ArrayList<>(List.of("episodes_1.csv"));
            if (Files.exists(folder.resolve("episodes_2.csv"))) {
                names.add("episodes_2.csv");
            }
            // Rows of children who are no participant: errors for an input of even length, and for one of odd
            // length a warning and left out (--ignore-unmatched-episodes), so that the rest is read on.
            return read(folder, null, names, input.length % 2 == 1);
        });
    }

    /** A Header table, giving the participants their birth dates, with the first year's Episodes table. */
    @FuzzTest
    @Timeout(10)
    void ssda903Header(byte[] input) {
        Map<String, byte[]> fixed = Map.of("participants.csv", PARTICIPANTS.get("participants.csv"),
                "episodes_2013-14.csv", FIRST_YEAR);
        ReaderFuzzing.folder(input, List.of("header.csv"), fixed,
                folder -> read(folder, "header.csv", List.of("episodes_2013-14.csv"), true));
    }

    /** Reads the folder's files in the order and with the checks of {@link InputFiles#read}. */
    private static ValidationReport read(Path folder, String header, List<String> episodes, boolean ignoreUnmatched) {
        ValidationReport report = new ValidationReport();
        CareDataCsv csv = new CareDataCsv(report);
        csv.readParticipants(folder.resolve("participants.csv"), "participants.csv");
        HeaderTable table = header == null ? null : HeaderTable.read(folder.resolve(header), header);
        if (table != null) {
            csv.applyHeader(table);
        }
        csv.checkBirthDates(TERMS.tracking().ageOutAt().getAsInt(), header);
        List<EpisodesTable> tables = new ArrayList<>();
        for (String name : episodes) {
            tables.add(EpisodesTable.read(folder.resolve(name), name));
        }
        csv.addEpisodeTables(tables, ignoreUnmatched);
        if (table != null) {
            report.append(table.report());
        }
        tables.forEach(t -> report.append(t.rows().report()));
        if (!report.hasErrors()) {
            ReaderFuzzing.statement(Calculation.of(TERMS, csv.data()));
        }
        return report;
    }
}
