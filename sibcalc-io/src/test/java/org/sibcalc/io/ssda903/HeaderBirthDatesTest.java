package org.sibcalc.io.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.io.InputFolder.EPISODES_903;
import static org.sibcalc.io.InputFolder.HEADER_903;
import static org.sibcalc.io.InputFolder.episode903;
import static org.sibcalc.io.InputFolder.header903;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.InputFolder;
import org.sibcalc.io.ValidationReport.RowCount;

/**
 * docs/input-files.md, "The Header table": a participant's birth date comes from the Header's DOB where the
 * participants file gives none, so the birth_date column is not required under ageOutAt; a different birth
 * date in both is an error, and so is a DOB after the start; a row of a child who is no participant is
 * counted as rejected, with one warning.
 */
class HeaderBirthDatesTest {

    private static final String AGE_OUT_CONTRACT = """
            {
              "name": "Test SIB",
              "currency": "GBP",
              "tracking": { "period": "P30M", "ageOutAt": 18 },
              "measurement": { "from": "2019-03-31", "to": "2019-12-31", "every": "QUARTER" },
              "baseline": { "proportion": "0.5" },
              "outcomes": [ { "type": "CARE_DAYS_AVOIDED", "pricePerDay": "10.00" } ]
            }
            """;

    @TempDir
    Path dir;

    private InputFolder folder;

    @BeforeEach
    void folder() {
        folder = InputFolder.ssda903(dir).contract(AGE_OUT_CONTRACT)
                .table("episodes.csv", EPISODES_903, episode903("P1", "01/02/2019", "S", "C2", "U4", "01/03/2019"));
    }

    private RowCount headerCount(InputFiles inputs) {
        return inputs.report().rowCounts().get(folder.path("header.csv").toString());
    }

    @Test
    void theHeaderGivesTheBirthDateTheParticipantsFileDoesNotHave() {
        folder.table("header.csv", HEADER_903, header903("P1", "01/06/2001"));

        InputFiles inputs = folder.readFolder();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(inputs.report().warnings()).isEmpty();
        assertThat(inputs.calculation().data().participant(0).birthDate()).contains(LocalDate.of(2001, 6, 1));
        // 18 on 2019-06-01: tracked 2019-01-01 to 2019-05-31, 31 + 28 + 31 + 30 + 31 = 151 days.
        assertThat(inputs.calculation().statement(LocalDate.of(2019, 12, 31)).programme().childDays()).isEqualTo(151);
        assertThat(headerCount(inputs)).isEqualTo(new RowCount(1, 1, 0));
    }

    @Test
    void withoutAHeaderTheBirthDateColumnIsRequiredUnderAgeOut() {
        assertThat(folder.texts(folder.readFolder().report().errors())).containsExactly("participants.csv:1: "
                + "birth_date: the required column is missing: the contract's tracking.ageOutAt 18 ends each young "
                + "person's window at a birthday (the header has id,start)");
    }

    @Test
    void theSameBirthDateInBothIsFine() {
        folder.participants("id,start,birth_date", "P1,2019-01-01,2001-06-01")
                .table("header.csv", HEADER_903, header903("P1", "01/06/2001"));

        InputFiles inputs = folder.readFolder();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(headerCount(inputs)).isEqualTo(new RowCount(1, 1, 0));
    }

    @Test
    void aDifferentBirthDateInBothIsAnError() {
        folder.participants("id,start,birth_date", "P1,2019-01-01,2001-06-01")
                .table("header.csv", HEADER_903, header903("P1", "02/06/2001"));

        InputFiles inputs = folder.readFolder();

        assertThat(folder.texts(inputs.report().errors())).containsExactly("header.csv:2: DOB: '02/06/2001' differs "
                + "from birth_date 2001-06-01 of participant 'P1' on participants.csv line 2");
        assertThat(headerCount(inputs)).isEqualTo(new RowCount(1, 0, 1));
    }

    @Test
    void twoRowsOfOneChildWithDifferentBirthDatesAreAnError() {
        folder.table("header.csv", HEADER_903, header903(" P1", "01/06/2001"), header903("P1", "02/06/2001"),
                header903("P1", "01/06/2001"));

        assertThat(folder.texts(folder.readFolder().report().errors())).containsExactly(
                "header.csv:3: DOB: '02/06/2001' differs from DOB '01/06/2001' of the same child on line 2");
    }

    @Test
    void aDifferentDobNamesTheLineOfTheRowThatGaveTheChildItsBirthDate() {
        folder.participants("id,start", "P1,2019-01-01", "P2,2019-01-01", "P3,2019-01-01")
                .table("header.csv", HEADER_903, header903("P1", "01/06/2001"), // line 2 gives P1
                        header903("P2", "02/01/2019"), // after the start: gives nothing
                        header903("P2", "05/05/2002"), // line 4 gives P2
                        header903("P2", "06/05/2002"), header903("P1", "02/06/2001"),
                        header903("P3", "07/07/2003"), // line 7 gives P3, after the first difference
                        header903("P3", "08/07/2003"));

        assertThat(folder.texts(folder.readFolder().report().errors())).containsExactly(
                "header.csv:3: DOB: '02/01/2019' is after the start 2019-01-01 of participant 'P2' on participants.csv"
                        + " line 3",
                "header.csv:5: DOB: '06/05/2002' differs from DOB '05/05/2002' of the same child on line 4",
                "header.csv:6: DOB: '02/06/2001' differs from DOB '01/06/2001' of the same child on line 2",
                "header.csv:8: DOB: '08/07/2003' differs from DOB '07/07/2003' of the same child on line 7");
    }

    @Test
    void aDobAfterTheStartDiffersFromTheDobARowBeforeGaveTheChild() {
        // Line 2 gives P1 its birth date; line 3 differs from it (and is after the start); line 4, after the
        // start before any row gave P2 one, gives nothing; line 5 gives P2 its birth date.
        folder.participants("id,start", "P1,2019-01-01", "P2,2019-01-01")
                .table("header.csv", HEADER_903, header903("P1", "01/06/2001"), header903("P1", "02/01/2019"),
                        header903("P2", "02/01/2019"), header903("P2", "05/05/2002"));

        InputFiles inputs = folder.readFolder();

        assertThat(folder.texts(inputs.report().errors())).containsExactly(
                "header.csv:3: DOB: '02/01/2019' differs from DOB '01/06/2001' of the same child on line 2",
                "header.csv:4: DOB: '02/01/2019' is after the start 2019-01-01 of participant 'P2' on participants.csv"
                        + " line 3");
        assertThat(headerCount(inputs)).isEqualTo(new RowCount(4, 2, 2));
    }

    @Test
    void aBirthDateAfterTheStartIsAnError() {
        folder.table("header.csv", HEADER_903, header903("P1", "02/01/2019"));

        assertThat(folder.texts(folder.readFolder().report().errors())).containsExactly("header.csv:2: DOB: "
                + "'02/01/2019' is after the start 2019-01-01 of participant 'P1' on participants.csv line 2");
    }

    @Test
    void rowsOfChildrenWhoAreNoParticipantAreOneWarningAndRejected() {
        folder.table("header.csv", HEADER_903, header903("P1", "01/06/2001"), header903("C7", "01/06/2003"),
                header903("C8", "01/06/2004"));

        InputFiles inputs = folder.readFolder();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(folder.texts(inputs.report().warnings())).containsExactly("header.csv:3: CHILD: 2 rows are "
                + "children who are no participant in participants.csv, and not used: lines 3, 4");
        assertThat(headerCount(inputs)).isEqualTo(new RowCount(3, 1, 2));
    }

    @Test
    void aParticipantWithABirthDateInNeitherIsTheUsualWarning() {
        folder.participants("id,start", "P1,2019-01-01", "P2,2019-01-01")
                .table("header.csv", HEADER_903, header903("P1", "01/06/2001"));

        assertThat(folder.texts(folder.readFolder().report().warnings())).containsExactly("participants.csv:3: "
                + "birth_date: 1 participant has no birth_date and no DOB in header.csv, so tracking.ageOutAt 18 "
                + "cannot end their window: line 3");
    }

    @Test
    void aHeaderRowWithoutAColumnItNeedsIsAnError() {
        folder.table("header.csv", "CHILD,SEX", "P1,1");

        assertThat(folder.texts(folder.readFolder().report().errors())).containsExactly(
                "header.csv:1: DOB: the required column is missing (the header has CHILD,SEX)");
    }
}
