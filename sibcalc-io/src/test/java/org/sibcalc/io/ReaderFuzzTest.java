package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.sibcalc.contract.ContractTerms;

/**
 * Coverage-guided fuzzing of every reader with Jazzer (docs/fuzzing.md). In every build each target runs on
 * its regression corpus, {@code src/test/resources/org/sibcalc/io/ReaderFuzzTestInputs/<target>/}; with
 * {@code JAZZER_FUZZ=1} one target at a time is fuzzed, and a failing input is written there.
 *
 * <p>Each target checks the documented outcome ({@link ReaderFuzzing}): a result, or problems in the
 * {@code file:line: field: message} form, and nothing else — no other exception, no hang (the
 * {@code @Timeout}, which Jazzer also applies to each input), no allocation out of proportion to the input.
 */
class ReaderFuzzTest {

    @FuzzTest
    @Timeout(10)
    void participantsCsv(byte[] input) {
        ReaderFuzzing.file(input, "participants.csv", (file, name) -> {
            ValidationReport report = new ValidationReport();
            CareDataCsv csv = new CareDataCsv(report);
            csv.readParticipants(file, name);
            csv.checkBirthDates(18, null);
            return report;
        });
    }

    @FuzzTest
    @Timeout(10)
    void episodesCsv(byte[] input) {
        ReaderFuzzing.file(input, "episodes.csv", (file, name) -> EpisodesCsv.read(file, name).report());
    }

    @FuzzTest
    @Timeout(10)
    void contractJson(byte[] input) {
        ReaderFuzzing.file(input, "contract.json", (file, name) -> {
            ValidationReport report = new ValidationReport();
            ContractTerms terms = ContractJson.read(file, name, report);
            assertThat(terms == null).as("no terms exactly when there are errors").isEqualTo(report.hasErrors());
            return report;
        });
    }

    /**
     * A folder read whole ({@link InputFiles#read}), the input split into contract.json, participants.csv
     * and episodes.csv at lines {@value ReaderFuzzing#NEXT_FILE}; when it has no errors, its statement at the
     * last measurement date, as text and JSON.
     */
    @FuzzTest
    @Timeout(20)
    void inputFolder(byte[] input) {
        ReaderFuzzing.folder(input, List.of("contract.json", "participants.csv", "episodes.csv"), folder -> {
            InputFiles inputs = InputFiles.read(folder.resolve("contract.json"), folder.resolve("participants.csv"),
                    folder.resolve("episodes.csv"), false);
            if (!inputs.report().hasErrors()) {
                ReaderFuzzing.statement(inputs.calculation());
            }
            return inputs.report();
        });
    }
}
