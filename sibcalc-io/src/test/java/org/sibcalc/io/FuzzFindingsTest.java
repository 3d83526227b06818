package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the fuzzer found in the readers (docs/fuzzing.md), each written out by hand: the input that showed it,
 * cut down, and the documented behaviour. The fuzzer's own input is in the regression corpus as well.
 */
class FuzzFindingsTest {

    @TempDir
    Path dir;

    /**
     * Jackson quotes the token it cannot read, NUL bytes and all; a message with a control character in it
     * would not be one {@code file:line: field: message} line. (contractJson, crash-caa7a9cc...)
     */
    @Test
    void aControlCharacterInAMessageIsWrittenAsAnEscape() {
        byte[] json = "{\n  \"name\": b\u0000\u0000\u0000 }\n".getBytes(StandardCharsets.UTF_8);
        ValidationReport report = new ValidationReport();

        ContractJson.parse(json, "contract.json", report);

        assertThat(report.errors()).extracting(Problem::toString).containsExactly("contract.json:2: (file): is not "
                + "valid JSON: Unrecognized token 'b\\u0000\\u0000\\u0000': was expecting (JSON String, Number, "
                + "Array, Object or token 'null', 'true' or 'false')");
    }

    /**
     * At an unexpected end of the input Jackson's location is after the last line end, on a line the file
     * does not have; the error is on the last line. (contractJson, crash-2d54d0ba...; inputFolder,
     * crash-28472e99...)
     */
    @Test
    void aContractThatEndsTooSoonIsAnErrorOnItsLastLine() {
        byte[] json = "{\n  \"name\": \"x\",\n  \"outcomes\": [\n".getBytes(StandardCharsets.UTF_8);
        ValidationReport report = new ValidationReport();

        ContractJson.parse(json, "contract.json", report);

        assertThat(report.errors()).extracting(Problem::line).containsExactly(3);
        assertThat(report.errors().get(0).message()).startsWith("is not valid JSON: Unexpected end-of-input");
    }

    /**
     * The same in a claim, which read its JSON on its own: the error is on the claim's last line.
     * (claimJson, crash-712b923d...)
     */
    @Test
    void aClaimThatEndsTooSoonIsAnErrorOnItsLastLine() throws java.io.IOException {
        Path claim = java.nio.file.Files.writeString(dir.resolve("claim.json"), "{\" B0idpefs::} \"\n");
        ValidationReport report = new ValidationReport();

        assertThat(ClaimJson.read(claim, "claim.json", null, report)).isNull();

        assertThat(report.errors()).extracting(Problem::toString).containsExactly(
                "claim.json:1: (file): is not valid JSON: Unexpected end-of-input within/between Object entries");
    }

    /** And in an investment file, which reads its JSON with the investment's own reader. */
    @Test
    void anInvestmentThatEndsTooSoonIsAnErrorOnItsLastLine() {
        byte[] json = "{\n  \"name\": \"x\",\n  \"investors\": [\n".getBytes(StandardCharsets.UTF_8);
        ValidationReport report = new ValidationReport();

        InvestmentJson.parse(json, "investment.json", report, null);

        assertThat(report.errors()).extracting(Problem::line).containsExactly(3);
        assertThat(report.errors().get(0).message()).startsWith("is not valid JSON: Unexpected end-of-input");
    }

    /** A field with no name: its error named no field at all ({@code investment.json:1: : is not a known field}). */
    @Test
    void aFieldWithNoNameIsNamedInBrackets() {
        byte[] json = "{ \"\": \"GBP\", \"investors\": [], \"drawdowns\": [] }".getBytes(StandardCharsets.UTF_8);
        ValidationReport report = new ValidationReport();

        InvestmentJson.parse(json, "investment.json", report, null);

        assertThat(report.errors()).extracting(Problem::field).contains("[\"\"]").doesNotContain("");
    }

    /** The same for a quoted CSV value with a line break in it, which a message quotes. */
    @Test
    void aLineBreakInAQuotedValueIsWrittenAsAnEscapeInItsMessage() {
        InputFolder folder = InputFolder.in(dir).participants("id,start", "P1,\"2019-01\r\n-01\"");

        assertThat(folder.errors()).containsExactly(
                "participants.csv:2: start: '2019-01\\r\\n-01' is not a date in the form yyyy-MM-dd or dd/MM/yyyy");
    }

    /**
     * The calculation kept each start day's cohort and windows in arrays from the first start to the last: a
     * participant starting in the year 8059 made 99 MB of them for a folder of 1.5 KB. Starts spread over more
     * than 65,536 days are no longer kept by start day. (inputFolder, crash-f260a591...)
     */
    @Test
    void aStartThousandsOfYearsAfterTheOthersAllocatesInProportion() {
        String contract = """
                {
                  "name": "x",
                  "currency": "GBP",
                  "tracking": { "period": "P4Y" },
                  "measurement": { "from": "2013-09-30", "to": "2014-12-31", "every": "QUARTER" },
                  "outcomes": [
                    { "type": "ENGAGEMENT", "name": "a", "price": "10.00", "window": { "from": "P1M", "to": "P2Y" } },
                    { "type": "ENGAGEMENT", "name": "b", "price": "10.00", "window": { "from": "P2M", "to": "P2Y" } },
                    { "type": "ENGAGEMENT", "name": "c", "price": "10.00", "window": { "from": "P3M", "to": "P2Y" } }
                  ]
                }
                """;
        byte[] input = ReaderFuzzing.join(contract, "id,start\nA,2013-04-12\nB,9999-08-20\n", "id,start,end,type\n");

        ValidationReport report = ReaderFuzzing.folder(input, List.of("contract.json", "participants.csv", "episodes.csv"),
                folder -> {
                    InputFiles inputs = InputFiles.read(folder.resolve("contract.json"), folder.resolve("participants.csv"),
                            folder.resolve("episodes.csv"), false);
                    ReaderFuzzing.statement(inputs.calculation());
                    return inputs.report();
                });

        assertThat(report.errors()).isEmpty();
    }
}
