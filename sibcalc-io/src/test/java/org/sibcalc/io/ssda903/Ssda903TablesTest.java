package org.sibcalc.io.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.io.InputFolder.EPISODES_903;
import static org.sibcalc.io.InputFolder.HEADER_903;
import static org.sibcalc.io.InputFolder.episode903;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.InputFolder;
import org.sibcalc.io.ValidationReport.RowCount;

/**
 * docs/input-files.md, "SSDA903 tables": an Episodes table is recognised by its columns; CHILD, DECOM, DEC,
 * LS and PLACE become an episode's id, start, end, type and placement, codes trimmed and upper-cased and
 * CHILD trimmed but matched exactly; every bad field is an error at its line, and the contract must read
 * ends as EXCLUSIVE.
 */
class Ssda903TablesTest {

    @TempDir
    Path dir;

    private static RowCount countOf(InputFolder folder, InputFiles inputs, String file) {
        return inputs.report().rowCounts().get(folder.path(file).toString());
    }

    @Test
    void anEpisodesTableIsRecognisedByItsColumnsInAnyOrderAndCase() {
        InputFolder folder = InputFolder.ssda903(dir)
                .table("episodes.csv", "child,Decom, dec ,RNE,ls,place", "P1,01/02/2019,01/03/2019,S,C2,U4");

        InputFiles inputs = folder.readFolder();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(inputs.report().warnings()).isEmpty();
        assertThat(inputs.calculation().data().episode(0)).isEqualTo(new CareEpisode("P1", LocalDate.of(2019, 2, 1),
                Optional.of(LocalDate.of(2019, 3, 1)), "C2", "U4"));
    }

    @Test
    void theReturnsOtherColumnsAreKnownAndAnyOtherIsAnExtraColumn() {
        InputFolder folder = InputFolder.ssda903(dir)
                .table("episodes.csv", EPISODES_903 + ",NOTES", episode903("P1", "01/02/2019", "S", "C2", "U4", "") + ",x");

        InputFiles inputs = folder.readFolder();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(folder.texts(inputs.report().warnings())).containsExactly("episodes.csv:1: NOTES: extra column ignored");
    }

    @Test
    void codesAreTrimmedAndUpperCasedAndChildIsTrimmedButMatchedExactly() {
        InputFolder folder = InputFolder.ssda903(dir).table("episodes.csv", EPISODES_903,
                episode903(" P1 ", "01/02/2019", "s", " c2 ", " u4", "01/03/2019"),
                episode903("p1", "01/04/2019", "S", "C2", "U4", ""));

        InputFiles inputs = folder.readFolder();

        assertThat(folder.texts(inputs.report().errors())).containsExactly(
                "episodes.csv:3: CHILD: 'p1' matches no participant in participants.csv");

        InputFiles matched = folder.table("episodes.csv", EPISODES_903,
                episode903(" P1 ", "01/02/2019", "s", " c2 ", " u4", "01/03/2019")).readFolder();
        assertThat(matched.report().errors()).isEmpty();
        assertThat(matched.calculation().data().episode(0)).isEqualTo(new CareEpisode("P1", LocalDate.of(2019, 2, 1),
                Optional.of(LocalDate.of(2019, 3, 1)), "C2", "U4"));
    }

    @Test
    void datesAreDayMonthYearAsTheReturnWritesThemOrYearMonthDay() {
        InputFolder folder = InputFolder.ssda903(dir).table("episodes.csv", EPISODES_903,
                episode903("P1", "2019-02-01", "S", "C2", "U4", "01/03/2019"),
                episode903("P1", "01/04/2019", "S", "C2", "U4", "1/5/2019"),
                episode903("P1", "31/06/2019", "S", "C2", "U4", ""));

        assertThat(folder.texts(folder.readFolder().report().errors())).containsExactly(
                "episodes.csv:3: DEC: '1/5/2019' is not a date in the form yyyy-MM-dd or dd/MM/yyyy",
                "episodes.csv:4: DECOM: '31/06/2019' is not a real date: June 2019 has 30 days");
    }

    @Test
    void aMissingColumnIsAnErrorAtTheHeaderAndEveryRowIsRejected() {
        InputFolder folder = InputFolder.ssda903(dir).table("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE",
                "P1,01/02/2019,S,C2,U4", "P1,01/03/2019,P,C2,U5");

        InputFiles inputs = folder.readFolder();

        assertThat(folder.texts(inputs.report().errors())).containsExactly(
                "episodes.csv:1: DEC: the required column is missing (the header has CHILD,DECOM,RNE,LS,PLACE)");
        assertThat(countOf(folder, inputs, "episodes.csv")).isEqualTo(new RowCount(2, 0, 2));
    }

    @Test
    void everyBadFieldOfARowIsAnErrorAndTheRowIsRejected() {
        InputFolder folder = InputFolder.ssda903(dir).table("episodes.csv", EPISODES_903,
                episode903("", "01/02/2019", "S", "", "U4", "01/13/2019"),
                episode903("P1", "01/02/2019", "S", "C2", "U4", "01/01/2019"),
                episode903("P1", "01/03/2019", "S", "C2", "U4", ""));

        InputFiles inputs = folder.readFolder();

        assertThat(folder.texts(inputs.report().errors())).containsExactly(
                "episodes.csv:2: CHILD: is blank",
                "episodes.csv:2: LS: is required: the legal status is the episode's type",
                "episodes.csv:2: DEC: '01/13/2019' is not a real date: there is no month 13",
                "episodes.csv:3: DEC: '01/01/2019' is before DECOM '01/02/2019'");
        assertThat(countOf(folder, inputs, "episodes.csv")).isEqualTo(new RowCount(3, 1, 2));
    }

    @Test
    void aHeaderTableGivenAsEpisodesIsAnErrorAndItsRowsAreRejected() {
        InputFolder folder = InputFolder.ssda903(dir).table("header.csv", HEADER_903, InputFolder.header903("P1", "01/06/2005"));

        InputFiles inputs = InputFiles.read(folder.path("contract.json"), folder.path("participants.csv"),
                List.of(folder.path("header.csv")), null, false);

        assertThat(folder.texts(inputs.report().errors())).containsExactly("header.csv:1: (file): is an SSDA903 "
                + "Header table (CHILD, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB), not episodes: give it as header.csv in "
                + "the folder, or with --header");
        assertThat(countOf(folder, inputs, "header.csv")).isEqualTo(new RowCount(1, 0, 1));
    }

    @Test
    void episodesFilesInBothFormsAreAnErrorAtTheFirstThatDiffers() {
        InputFolder folder = InputFolder.ssda903(dir)
                .table("episodes_1.csv", EPISODES_903, episode903("P1", "01/02/2019", "S", "C2", "U4", ""))
                .table("episodes_2.csv", "id,start,end", "P1,2019-02-01,");

        InputFiles inputs = folder.readFolder();

        assertThat(folder.texts(inputs.report().errors())).containsExactly("episodes_2.csv:1: (file): is in sibcalc's "
                + "episodes form, but episodes_1.csv is an SSDA903 Episodes table: give every "
                + "episodes file in one form");
        assertThat(countOf(folder, inputs, "episodes_2.csv")).isEqualTo(new RowCount(1, 0, 1));
    }

    @Test
    void theContractMustReadEpisodeEndsAsExclusiveAsTheReturnCountsDays() {
        InputFolder folder = InputFolder.ssda903(dir).contract("""
                {
                  "name": "Test SIB",
                  "currency": "GBP",
                  "episodeEnd": "INCLUSIVE",
                  "tracking": { "period": "P30M" },
                  "measurement": { "from": "2019-03-31", "to": "2019-12-31", "every": "QUARTER" },
                  "baseline": { "proportion": "0.5" },
                  "outcomes": [ { "type": "CARE_DAYS_AVOIDED", "pricePerDay": "10.00" } ]
                }
                """).table("episodes.csv", EPISODES_903, episode903("P1", "01/02/2019", "S", "C2", "U4", ""));

        assertThat(folder.texts(folder.readFolder().report().errors())).containsExactly("contract.json:4: episodeEnd: "
                + "must be EXCLUSIVE with SSDA903 Episodes tables (episodes.csv): their DEC is "
                + "the day an episode ceased, which is not a day in care");
    }

    @Test
    void aFolderGivesEveryEpisodesTableInOrderOfNameAndItsHeaderTable() {
        InputFolder folder = InputFolder.ssda903(dir)
                .table("episodes_2020-21.csv", EPISODES_903)
                .table("episodes_2019-20.csv", EPISODES_903)
                .table("placements.csv", EPISODES_903);

        assertThat(InputFiles.episodesIn(dir)).containsExactly(folder.path("episodes_2019-20.csv"),
                folder.path("episodes_2020-21.csv"));
        assertThat(InputFiles.headerIn(dir)).isNull();
        folder.table("header.csv", HEADER_903);
        assertThat(InputFiles.headerIn(dir)).isEqualTo(folder.path("header.csv"));
    }

    @Test
    void aFolderWithoutEpisodesFilesNamesEpisodesCsv() {
        InputFolder folder = InputFolder.ssda903(dir);

        assertThat(InputFiles.episodesIn(dir)).containsExactly(folder.path("episodes.csv"));
        assertThat(folder.texts(folder.readFolder().report().errors()))
                .containsExactly("episodes.csv: (file): cannot be read: no such file");
    }

    @Test
    void tablesAreRecognisedByTheirColumns() {
        assertThat(Ssda903.tableOf(Ssda903.EPISODES_COLUMNS)).isEqualTo(Ssda903.Table.EPISODES);
        assertThat(Ssda903.tableOf(Ssda903.HEADER_COLUMNS)).isEqualTo(Ssda903.Table.HEADER);
        assertThat(Ssda903.tableOf(List.of("child", " dob "))).isEqualTo(Ssda903.Table.HEADER);
        assertThat(Ssda903.tableOf(List.of("DECOM", "DEC"))).isEqualTo(Ssda903.Table.EPISODES);
        assertThat(Ssda903.tableOf(List.of("id", "start", "end"))).isEqualTo(Ssda903.Table.NONE);
    }

    @Test
    void theExampleOfTheDocsGivesTheFiguresTheDocsSay() {
        InputFolder folder = InputFolder.ssda903(dir).contract("""
                {
                  "name": "Test SIB",
                  "currency": "GBP",
                  "tracking": { "period": "P30M", "ageOutAt": 18 },
                  "measurement": { "from": "2019-03-31", "to": "2019-12-31", "every": "QUARTER" },
                  "baseline": { "proportion": "0.5" },
                  "outcomes": [ { "type": "CARE_DAYS_AVOIDED", "pricePerDay": "10.00" } ]
                }
                """).participants("id,start", "1001,2019-01-01")
                .table("header.csv", HEADER_903, "1001,1,01/06/2001,WBRI,A123456789012,,")
                .table("episodes_2018-19.csv", EPISODES_903, "1001,01/02/2019,S,C2,N1,U4,PR1,,,,CM1 1,CM2 2,XXXXXXX")
                .table("episodes_2019-20.csv", EPISODES_903,
                        "1001,01/02/2019,S,C2,N1,U4,PR1,01/05/2019,X1,,CM1 1,CM2 2,XXXXXXX",
                        "1001,01/05/2019,P,C2,N1,K2,PR4,,,CARPL,CM1 1,CO4 1,SC123456");

        InputFiles inputs = folder.readFolder();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(inputs.report().warnings()).isEmpty();
        // Born 2001-06-01: tracked to 2019-05-31, 151 days; in care 89 + 31 = 120 of them.
        org.sibcalc.measure.Measurement programme = inputs.calculation().statement(LocalDate.of(2019, 12, 31)).programme();
        assertThat(programme.childDays()).isEqualTo(151);
        assertThat(programme.careDays()).isEqualTo(120);
    }
}
