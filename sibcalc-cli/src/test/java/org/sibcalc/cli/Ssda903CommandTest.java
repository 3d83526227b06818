package org.sibcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.io.InputFolder.EPISODES_903;
import static org.sibcalc.io.InputFolder.HEADER_903;
import static org.sibcalc.io.InputFolder.episode903;
import static org.sibcalc.io.InputFolder.header903;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.io.InputFolder;

/**
 * The command line on SSDA903 tables: a folder of yearly Episodes tables and a Header table, or each file
 * named ({@code --episodes} once per table, {@code --header}), gives the statement of the same data in
 * sibcalc's own form; an error is exit status 1, every error on standard error and nothing on standard
 * output.
 */
class Ssda903CommandTest {

    private static final String CONTRACT = """
            {
              "name": "Test SIB",
              "currency": "GBP",
              "careTypes": ["C2", "V2"],
              "tracking": { "period": "P30M", "ageOutAt": 18 },
              "measurement": { "from": "2019-03-31", "to": "2019-12-31", "every": "QUARTER" },
              "baseline": { "proportion": "0.5" },
              "outcomes": [ { "type": "CARE_DAYS_AVOIDED", "pricePerDay": "10.00" } ]
            }
            """;

    @TempDir
    Path dir;

    private Path tables;
    private Path own;

    /**
     * The same young people twice: P1 (born 2001-06-01, so tracked to 2019-05-31) in care from 2019-02-01,
     * open at the end of the 2018-19 return and closed on 2019-05-01 in the 2019-20 one, then in care again
     * from 2019-05-01 as a change of placement; P2 (born 2004-03-01) in care from 2019-03-10 to 2019-04-10.
     */
    @BeforeEach
    void folders() throws IOException {
        tables = Files.createDirectory(dir.resolve("ssda903"));
        InputFolder.ssda903(tables).contract(CONTRACT)
                .participants("id,start,birth_date", "P1,2019-01-01,", "P2,2019-01-15,2004-03-01")
                .table("header.csv", HEADER_903, header903("P1", "01/06/2001"), header903("P2", "01/03/2004"))
                .table("episodes_2018-19.csv", EPISODES_903, episode903("P1", "01/02/2019", "S", "C2", "U4", ""),
                        episode903("P2", "10/03/2019", "S", "V2", "U6", ""))
                .table("episodes_2019-20.csv", EPISODES_903,
                        episode903("P1", "01/02/2019", "S", "C2", "U4", "01/05/2019"),
                        episode903("P1", "01/05/2019", "P", "C2", "K2", ""),
                        episode903("P2", "10/03/2019", "S", "V2", "U6", "10/04/2019"));
        own = Files.createDirectory(dir.resolve("own"));
        InputFolder.in(own).contract(CONTRACT)
                .participants("id,start,birth_date", "P1,2019-01-01,2001-06-01", "P2,2019-01-15,2004-03-01")
                .episodes("id,start,end,type,placement", "P1,2019-02-01,2019-05-01,C2,U4", "P1,2019-05-01,,C2,K2",
                        "P2,2019-03-10,2019-04-10,V2,U6");
    }

    private static Run succeeded(String... args) {
        Run run = Run.sibcalc(args);
        assertThat(run.status()).as(run.err()).isZero();
        return run;
    }

    @Test
    void aFolderOfTablesGivesTheStatementOfTheSameDataInSibcalcsForm() {
        Run fromTables = succeeded("statement", tables.toString(), "--format", "json");
        Run fromOwn = succeeded("statement", own.toString(), "--format", "json");

        assertThat(fromTables.out()).isEqualTo(fromOwn.out()).contains("\"careDays\" : 151");
        assertThat(fromTables.err()).isEmpty();
    }

    @Test
    void eachTableMayBeNamedAndEpisodesGivenOncePerTable() {
        Run named = succeeded("statement", "--contract", tables.resolve("contract.json").toString(),
                "--participants", tables.resolve("participants.csv").toString(),
                "--episodes", tables.resolve("episodes_2018-19.csv").toString(),
                "--episodes", tables.resolve("episodes_2019-20.csv").toString(),
                "--header", tables.resolve("header.csv").toString(), "--format", "json");

        assertThat(named.out()).isEqualTo(succeeded("statement", own.toString(), "--format", "json").out());
    }

    @Test
    void validateCountsTheRepeatsOfAnEpisodeAsUsedAndMerged() {
        Run run = succeeded("validate", tables.toString());

        assertThat(run.outLines()).containsExactly(
                tables.resolve("participants.csv") + ": 2 rows read, 2 used, 0 rejected",
                tables.resolve("header.csv") + ": 2 rows read, 2 used, 0 rejected",
                tables.resolve("episodes_2018-19.csv") + ": 2 rows read, 2 used (2 of them merged: an episode "
                        + "reported more than once counts once), 0 rejected",
                tables.resolve("episodes_2019-20.csv") + ": 3 rows read, 3 used, 0 rejected",
                "No errors; 0 warnings.");
    }

    @Test
    void theDfeRulesWarningsGoToStandardErrorWithTheirFileAndLine() throws IOException {
        Files.writeString(tables.resolve("episodes_2019-20.csv"), String.join("\n", EPISODES_903,
                episode903("P1", "01/02/2019", "S", "C2", "U4", "01/05/2019"),
                episode903("P1", "02/05/2019", "P", "C2", "K2", ""),
                episode903("P2", "10/03/2019", "S", "V2", "U6", "10/03/2019")) + "\n");

        Run run = succeeded("statement", tables.toString());

        assertThat(run.errLines()).containsExactly(
                "warning: " + tables.resolve("episodes_2019-20.csv") + ":3: RNE: 'P' says the period of care goes on, "
                        + "but the episode starts on 02/05/2019, not on 01/05/2019 when the episode of 'P1' before it "
                        + "ended (line 2) (DfE rule 433)",
                "warning: " + tables.resolve("episodes_2019-20.csv") + ":4: DEC: '10/03/2019' is the DECOM too: the "
                        + "episode of 'P2' starts and ends on one day and counts no days (DfE rule 355)");
    }

    @Test
    void anErrorIsExitStatusOneOnStandardErrorWithNothingOnStandardOutput() throws IOException {
        Files.writeString(tables.resolve("episodes_2019-20.csv"), String.join("\n", EPISODES_903,
                episode903("P1", "01/02/2019", "S", "C2", "U4", "01/05/2019"),
                episode903("P1", "01/02/2019", "S", "C2", "U4", "02/05/2019")) + "\n");
        Files.writeString(tables.resolve("header.csv"), HEADER_903 + "\n" + header903("P2", "02/03/2004") + "\n");

        Run run = Run.sibcalc("statement", tables.toString(), "--format", "json");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                tables.resolve("header.csv") + ":2: DOB: '02/03/2004' differs from birth_date 2004-03-01 of participant "
                        + "'P2' on " + tables.resolve("participants.csv") + " line 3",
                tables.resolve("episodes_2019-20.csv") + ":3: DEC: '02/05/2019' differs from DEC '01/05/2019' of the "
                        + "same episode (CHILD 'P1', DECOM 01/02/2019) on line 2: two closed versions of one episode",
                "warning: " + tables.resolve("participants.csv") + ":2: birth_date: 1 participant has no birth_date "
                        + "and no DOB in " + tables.resolve("header.csv") + ", so tracking.ageOutAt 18 cannot end their "
                        + "window: line 2",
                "sibcalc: 2 errors in the input; nothing was calculated.");
    }

    @Test
    void episodesWithoutAFolderOrTheOtherFilesIsAUsageError() {
        Run run = Run.sibcalc("statement", "--episodes", tables.resolve("episodes_2018-19.csv").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Give a folder DIR, or --contract (and the other input files).");
    }
}
