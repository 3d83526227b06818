package org.sibcalc.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.data.FastPathRows.date;
import static org.sibcalc.data.FastPathRows.inRow;
import static org.sibcalc.testing.Theories.qt;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.testing.Draw;
import org.sibcalc.testing.Placed;

/**
 * The reader's check of a participant row, {@link Participant#isValid}, works on the row's characters and
 * epoch days; it must say valid exactly when {@link Participant#problems} finds nothing, or a row would be
 * stored that the messages call wrong, or rejected with no message to give.
 */
class ParticipantValidityTest {

    private static final List<String> COHORTS = List.of("A", "2013-Q2", "2013/14", "Cohort 1", "\u00e9");

    /** A participant row as the reader holds it; days are epoch days or {@link CareData#NO_DAY}. */
    record Row(Placed id, int start, String cohort, int birth, int exit) {

        static Row generate(Draw draw) {
            int start = FastPathRows.anyStart(draw);
            return new Row(FastPathRows.placed(draw, FastPathRows.anyId(draw)), start,
                    FastPathRows.anyLabel(draw, COHORTS), FastPathRows.dayAround(draw, start, CareData.NO_DAY),
                    FastPathRows.dayAround(draw, start, CareData.NO_DAY));
        }

        boolean isValid() {
            return Participant.isValid(id.chars(), id.from(), id.to(), start, cohort, birth, exit);
        }

        List<InvalidValueException> problems() {
            return Participant.problems(id.text(), date(start), cohort, date(birth), date(exit));
        }

        @Override
        public String toString() {
            return "id " + id + ", start " + FastPathRows.day(start) + ", cohort " + Placed.shown(cohort)
                    + ", birth " + FastPathRows.day(birth) + ", exit " + FastPathRows.day(exit);
        }
    }

    @Test
    void isValidExactlyWhenProblemsFindsNone() {
        AtomicInteger valid = new AtomicInteger();
        Set<String> soleProblems = new TreeSet<>();
        qt(2_000).forAll(Draw.gen(Row::generate)).checkAssert(row -> {
            List<InvalidValueException> problems = row.problems();
            assertThat(row.isValid()).as("isValid, where problems are %s", problems).isEqualTo(problems.isEmpty());
            if (problems.isEmpty()) {
                valid.incrementAndGet();
            } else if (problems.size() == 1) {
                soleProblems.add(problems.get(0).field());
            }
        });
        // Each rule must be met alone, and valid rows must be common, for agreement to catch a changed rule.
        assertThat(soleProblems).containsExactlyInAnyOrder("id", "start", "cohort", "birth_date", "exit_date");
        assertThat(valid).hasValueGreaterThan(200);
    }

    // Hand-worked examples at each rule's edge; epoch day 17_959 is 2019-03-04.

    @Test
    void anIdOf64CharactersIsValidAnd65IsNot() {
        assertAgree(new Row(inRow("x".repeat(64)), 17_959, null, CareData.NO_DAY, CareData.NO_DAY), true);
        assertAgree(new Row(inRow("x".repeat(62) + "\ud83d\ude00"), 17_959, null, CareData.NO_DAY, CareData.NO_DAY),
                true); // a surrogate pair is two of the 64
        assertAgree(new Row(inRow("x".repeat(65)), 17_959, null, CareData.NO_DAY, CareData.NO_DAY), false);
    }

    @Test
    void anEmptyBlankOrPaddedIdIsInvalid() {
        for (String id : List.of("", " ", "\u2003", " P1", "P1\t", "P1\u2003", "\u3000P1")) {
            assertAgree(new Row(inRow(id), 17_959, null, CareData.NO_DAY, CareData.NO_DAY), false);
        }
        assertAgree(new Row(inRow("P 1"), 17_959, null, CareData.NO_DAY, CareData.NO_DAY), true);
    }

    @Test
    void aBlankOrPaddedCohortIsInvalidAndNoCohortIsValid() {
        for (String cohort : List.of("", " ", " A", "A\t", "A\u2003")) {
            assertAgree(new Row(inRow("P1"), 17_959, cohort, CareData.NO_DAY, CareData.NO_DAY), false);
        }
        assertAgree(new Row(inRow("P1"), 17_959, null, CareData.NO_DAY, CareData.NO_DAY), true);
        assertAgree(new Row(inRow("P1"), 17_959, "2013-Q2", CareData.NO_DAY, CareData.NO_DAY), true);
    }

    @Test
    void birthMayBeOnTheStartButNotAfterItAndExitOnTheStartButNotBeforeIt() {
        assertAgree(new Row(inRow("P1"), 17_959, null, 17_959, 17_959), true);
        assertAgree(new Row(inRow("P1"), 17_959, null, 17_960, CareData.NO_DAY), false);
        assertAgree(new Row(inRow("P1"), 17_959, null, CareData.NO_DAY, 17_958), false);
    }

    @Test
    void aRowWithNoStartIsInvalidWhateverElseItHas() {
        assertAgree(new Row(inRow("P1"), CareData.NO_DAY, null, CareData.NO_DAY, CareData.NO_DAY), false);
        assertAgree(new Row(inRow("P1"), CareData.NO_DAY, "A", 17_959, 17_959), false);
    }

    private static void assertAgree(Row row, boolean valid) {
        assertThat(row.problems().isEmpty()).as("problems of %s: %s", row, row.problems()).isEqualTo(valid);
        assertThat(row.isValid()).as("isValid of %s", row).isEqualTo(valid);
    }
}
