package org.sibcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sibcalc.io.ContractV2Errors;
import org.sibcalc.io.InputFolder;

/**
 * docs/contract.md and docs/input-files.md through the command line: every error of the contract fields of v2
  * (states, several outcomes) stops
 * {@code validate} and {@code statement} with exit status 1, the error on standard error with its line and
 * JSON path, and nothing on standard output. The cases are {@link ContractV2Errors}', the reader's.
 */
class ContractErrorsCommandTest {

    @TempDir
    Path dir;

    static Stream<Arguments> casesByCommand() {
        return ContractV2Errors.all().stream().flatMap(c -> Stream.of("validate", "statement")
                .map(command -> Arguments.of(command, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("casesByCommand")
    void aContractErrorStopsTheCommandWithTheErrorOnStandardError(String command, ContractV2Errors.Case contractCase) {
        InputFolder folder = InputFolder.in(dir).contract(contractCase.contract());

        Run run = Run.sibcalc(command, folder.dir().toString());

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        List<String> expected = new ArrayList<>(contractCase.errors());
        int count = expected.size();
        expected.add("sibcalc: " + count + (count == 1 ? " error" : " errors") + " in the input; nothing was calculated.");
        // Warnings about the data, if any, are not this test's concern.
        assertThat(run.errLines().stream().map(folder::relative).filter(line -> !line.startsWith("warning: ")))
                .containsExactlyElementsOf(expected);
    }
}
