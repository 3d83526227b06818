package org.sibcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.io.InputFolder;

/**
 * {@code check} and {@code compare} on the command line (docs/ledger.md, §12): their formats and exit statuses —
 * check 0 when every figure agrees, 3 when one differs, 1 for input errors, 2 for usage errors.
 *
 * <p>The folder: P1 from 2019-01-01, never in care, £10.00 a care day avoided against 0.5, quarterly 2019:
 * cumulative due 450.00 at 2019-03-31 (90 days) and 905.00 at 2019-06-30 (181 days).
 */
class CheckAndCompareCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private InputFolder folder(String name) throws Exception {
        Path sub = dir.resolve(name);
        Files.createDirectories(sub);
        return InputFolder.in(sub);
    }

    private Path claim(InputFolder folder, String from, String to) throws Exception {
        Run statement = Run.sibcalc("statement", folder.dir().toString(), "--as-of", "2019-06-30", "--format", "json");
        Path claim = dir.resolve("claim.json");
        Files.writeString(claim, statement.out().replace(from, to));
        return claim;
    }

    @Test
    void aClaimThatAgreesExitsZero() throws Exception {
        InputFolder folder = folder("in");
        Run run = Run.sibcalc("check", folder.dir().toString(), "--claim", claim(folder, "", "").toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.outLines()).contains("44 figures compared: every one agrees.");
    }

    @Test
    void aClaimThatDiffersExitsThreeAndListsTheDifferenceInEachFormat() throws Exception {
        InputFolder folder = folder("in");
        // 950.00 claimed at 2019-06-30 where 905.00 is due: 45.00 more.
        Path claim = claim(folder, "\"cumulativeDue\" : \"905.00\"", "\"cumulativeDue\" : \"950.00\"");

        Run text = Run.sibcalc("check", folder.dir().toString(), "--claim", claim.toString());
        assertThat(text.status()).isEqualTo(3);
        assertThat(text.outLines()).containsSubsequence("44 figures compared: 1 differs.",
                "  Where               Field          Claimed  Recomputed  Difference",
                "  payment 2019-06-30  cumulativeDue   950.00      905.00       45.00");

        Run csv = Run.sibcalc("check", folder.dir().toString(), "--claim", claim.toString(), "--format", "csv");
        assertThat(csv.status()).isEqualTo(3);
        assertThat(csv.out()).isEqualTo("section,cohort,date,participant,field,claimed,recomputed,difference\n"
                + "PAYMENT,,2019-06-30,,cumulativeDue,950.00,905.00,45.00\n");

        Run json = Run.sibcalc("check", folder.dir().toString(), "--claim", claim.toString(), "--format", "json");
        JsonNode root = MAPPER.readTree(json.out());
        assertThat(root.get("schema").textValue()).isEqualTo("sibcalc.check/1");
        assertThat(root.get("agrees").booleanValue()).isFalse();
        assertThat(root.get("differences").get(0).get("difference").textValue()).isEqualTo("45.00");
        assertThat(root.get("differences").get(0).get("participant").isNull()).isTrue();
    }

    @Test
    void aClaimThatIsNotAStatementIsAnInputErrorWithNothingOnStandardOutput() throws Exception {
        InputFolder folder = folder("in");
        Path claim = claim(folder, "\"currency\" : \"GBP\"", "\"currency\" : \"EUR\"");

        Run run = Run.sibcalc("check", folder.dir().toString(), "--claim", claim.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(claim + ":4: currency: 'EUR' is not the contract's currency, GBP",
                "sibcalc: 1 error in the input; nothing was checked.");
    }

    @Test
    void theClaimsOwnReportingDateIsTheOneChecked() throws Exception {
        InputFolder folder = folder("in");
        Path claim = claim(folder, "", "");

        assertThat(Run.sibcalc("check", folder.dir().toString(), "--claim", claim.toString(), "--as-of", "2019-06-30")
                .status()).isZero();
        Run other = Run.sibcalc("check", folder.dir().toString(), "--claim", claim.toString(), "--as-of", "2019-09-30");
        assertThat(other.status()).isEqualTo(2);
        assertThat(other.err()).startsWith("--as-of 2019-09-30 is not the claim's asOf 2019-06-30");
        assertThat(Run.sibcalc("check", folder.dir().toString()).status()).as("--claim is required").isEqualTo(2);
    }

    @Test
    void compareListsWhatChangedAndTheMovementOfTheCumulativeDue() throws Exception {
        InputFolder before = folder("before");
        // After: P1 was in care for 10 days in February, recorded late: 100.00 less due from 2019-03-31;
        // P2 starts 2019-05-01: 61 days by 2019-06-30, 30.5 × 10 = 305.00 more.
        InputFolder after = folder("after").participants("id,start", "P1,2019-01-01", "P2,2019-05-01")
                .episodes("id,start,end", "P1,2019-02-01,2019-02-11");

        Run run = Run.sibcalc("compare", before.dir().toString(), after.dir().toString(), "--as-of", "2019-06-30");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Comparison as of 2019-06-30\n"
                + "Before: " + before.dir() + "\n"
                + "After:  " + after.dir() + "\n"
                + """

                Contract terms: the same.

                Participants: 1 added, 0 removed, 0 changed
                  added    P2  start 2019-05-01

                Episodes: 1 added, 0 removed
                  added    P1  2019-02-01 to 2019-02-11, CARE

                Cumulative due at each measurement date
                  Date            Before         After   Difference
                  2019-03-31  GBP 450.00    GBP 350.00  GBP -100.00
                  2019-06-30  GBP 905.00  GBP 1,110.00   GBP 205.00

                Young people whose figures changed at 2019-06-30: 2, largest change first
                  Participant         Child days  Care days  Expected care days
                  P2           added         +61                          +30.5
                  P1                                    +10
                """);
    }

    @Test
    void compareOfAFolderWithItselfReportsNothingAndHasCsvAndJsonForms() throws Exception {
        InputFolder folder = folder("in");

        Run csv = Run.sibcalc("compare", folder.dir().toString(), folder.dir().toString(), "--format", "csv");
        assertThat(csv.status()).isZero();
        assertThat(csv.outLines()).hasSize(5).first().isEqualTo("section,change,participant,date,field,before,after,difference");
        assertThat(csv.outLines()).allSatisfy(line -> assertThat(line).matches("section.*|cumulativeDue,,,2019-..-..,cumulativeDue,(.*),\\1,0.00"));

        JsonNode json = MAPPER.readTree(Run.sibcalc("compare", folder.dir().toString(), folder.dir().toString(),
                "--format", "json").out());
        assertThat(json.get("schema").textValue()).isEqualTo("sibcalc.comparison/1");
        assertThat(json.get("participants")).isEmpty();
        assertThat(json.get("figures")).isEmpty();
    }

    @Test
    void compareReportsTheErrorsOfBothFolders() throws Exception {
        InputFolder before = folder("before").participants("id,start", "P1,2019-13-01");
        InputFolder after = folder("after").episodes("id,start,end", "P9,2019-01-01,");

        Run run = Run.sibcalc("compare", before.dir().toString(), after.dir().toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(3).last().isEqualTo("sibcalc: 2 errors in the input; nothing was compared.");
    }
}
