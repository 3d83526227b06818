package org.sibcalc.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.data.FastPathRows.date;
import static org.sibcalc.data.FastPathRows.inRow;
import static org.sibcalc.testing.Theories.qt;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.testing.Draw;
import org.sibcalc.testing.Placed;

/**
 * The reader's check of an episode row, {@link CareEpisode#isValid}, works on the row's characters and
 * epoch days; it must say valid exactly when the {@link CareEpisode} constructor accepts the fields, or a
 * row would be stored that the messages call wrong, or rejected with no message to give.
 */
class CareEpisodeValidityTest {

    private static final List<String> TYPES = List.of("CARE", "V2", "C2", "L1", "Foster care", "\u00e9");
    private static final List<String> PLACEMENTS = List.of("", "U1", "R2", "K1", "Kinship care", "\u00e9");

    /** An episode row as the reader holds it; the end is an epoch day or {@link CareData#OPEN}. */
    record Row(Placed id, int start, int end, String type, String placement) {

        /** An episode without a placement. */
        Row(Placed id, int start, int end, String type) {
            this(id, start, end, type, "");
        }

        static Row generate(Draw draw) {
            int start = FastPathRows.anyStart(draw);
            return new Row(FastPathRows.placed(draw, FastPathRows.anyId(draw)), start,
                    FastPathRows.dayAround(draw, start, CareData.OPEN), FastPathRows.anyLabel(draw, TYPES),
                    draw.sometimes(70) ? draw.oneOf(PLACEMENTS) : FastPathRows.anyLabel(draw, PLACEMENTS));
        }

        boolean isValid() {
            return CareEpisode.isValid(id.chars(), id.from(), id.to(), start, end, type, placement);
        }

        /** The constructor's first problem, or null when it accepts the fields. */
        InvalidValueException problem() {
            try {
                new CareEpisode(id.text(), date(start), Optional.ofNullable(date(end)), type, placement);
                return null;
            } catch (InvalidValueException e) {
                return e;
            }
        }

        @Override
        public String toString() {
            return "id " + id + ", start " + FastPathRows.day(start) + ", end " + FastPathRows.day(end) + ", type "
                    + Placed.shown(type) + ", placement " + Placed.shown(placement);
        }
    }

    @Test
    void isValidExactlyWhenTheConstructorAccepts() {
        AtomicInteger valid = new AtomicInteger();
        Set<String> firstProblems = new TreeSet<>();
        qt(2_000).forAll(Draw.gen(Row::generate)).checkAssert(row -> {
            InvalidValueException problem = row.problem();
            assertThat(row.isValid()).as("isValid, where the constructor says %s", problem).isEqualTo(problem == null);
            if (problem == null) {
                valid.incrementAndGet();
            } else {
                firstProblems.add(problem.field());
            }
        });
        // Each rule must be the first broken one sometimes, and valid rows common, for agreement to mean much.
        assertThat(firstProblems).containsExactlyInAnyOrder("id", "start", "end", "type", "placement");
        assertThat(valid).hasValueGreaterThan(200);
    }

    // Hand-worked examples at each rule's edge; epoch day 17_959 is 2019-03-04.

    @Test
    void anEndOnTheStartIsValidAndTheDayBeforeIsNot() {
        assertAgree(new Row(inRow("P1"), 17_959, 17_959, "CARE"), true);
        assertAgree(new Row(inRow("P1"), 17_959, 17_958, "CARE"), false);
        assertAgree(new Row(inRow("P1"), 17_959, CareData.OPEN, "CARE"), true);
    }

    @Test
    void anEpisodeWithNoStartIsInvalidEvenWhenOpen() {
        assertAgree(new Row(inRow("P1"), CareData.NO_DAY, CareData.OPEN, "CARE"), false);
        assertAgree(new Row(inRow("P1"), CareData.NO_DAY, 17_959, "CARE"), false);
    }

    @Test
    void aMissingBlankOrPaddedTypeIsInvalid() {
        for (String type : new String[] {null, "", " ", "\u2003", " V2", "V2\t"}) {
            assertAgree(new Row(inRow("P1"), 17_959, CareData.OPEN, type), false);
        }
        assertAgree(new Row(inRow("P1"), 17_959, CareData.OPEN, "Foster care"), true);
    }

    @Test
    void aPlacementMayBeEmptyButNotMissingBlankOrPadded() {
        assertAgree(new Row(inRow("P1"), 17_959, CareData.OPEN, "CARE", ""), true);
        assertAgree(new Row(inRow("P1"), 17_959, CareData.OPEN, "CARE", "U1"), true);
        assertAgree(new Row(inRow("P1"), 17_959, CareData.OPEN, "CARE", "Foster care"), true);
        for (String placement : new String[] {null, " ", "\u2003", " U1", "U1\t"}) {
            assertAgree(new Row(inRow("P1"), 17_959, CareData.OPEN, "CARE", placement), false);
        }
    }

    @Test
    void theIdFollowsTheParticipantsRule() {
        assertAgree(new Row(inRow("x".repeat(64)), 17_959, CareData.OPEN, "CARE"), true);
        assertAgree(new Row(inRow("x".repeat(65)), 17_959, CareData.OPEN, "CARE"), false);
        for (String id : List.of("", " ", " P1", "P1\u2003")) {
            assertAgree(new Row(inRow(id), 17_959, CareData.OPEN, "CARE"), false);
        }
    }

    private static void assertAgree(Row row, boolean valid) {
        assertThat(row.problem()).as("constructor's problem with %s", row).matches(p -> (p == null) == valid);
        assertThat(row.isValid()).as("isValid of %s", row).isEqualTo(valid);
    }
}
