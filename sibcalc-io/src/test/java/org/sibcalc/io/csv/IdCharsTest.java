package org.sibcalc.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.testing.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sibcalc.testing.Draw;

/**
 * IdChars: every id kept reads back as it was given, by number, whether room was made for too few ids, too
 * many or none, and whenever it was made; the last id is known by its characters.
 */
class IdCharsTest {

    private record Case(List<String> ids, int reserveAt, int rowsGuessed) {
    }

    private static Case draw(Draw draw) {
        List<String> ids = new ArrayList<>();
        int n = draw.between(1, 3000);
        for (int i = 0; i < n; i++) {
            StringBuilder id = new StringBuilder();
            int length = draw.between(draw.sometimes(2) ? 0 : 1, draw.sometimes(5) ? 200 : 10);
            for (int c = 0; c < length; c++) {
                id.append(draw.sometimes(10) ? (char) draw.between(0x80, 0x2FFF) : (char) draw.between('0', 'z'));
            }
            ids.add(id.toString());
        }
        // room made after some ids (or never), for from far too few rows to far too many
        return new Case(ids, draw.sometimes(20) ? -1 : draw.between(1, n), draw.between(0, 4 * n));
    }

    @Test
    void everyIdReadsBackAsGivenWhereverRoomWasMade() {
        qt(300).forAll(Draw.gen(IdCharsTest::draw)).checkAssert(c -> {
            IdChars ids = new IdChars();
            for (int i = 0; i < c.ids().size(); i++) {
                if (i == c.reserveAt()) {
                    ids.reserveFor(c.rowsGuessed(), i);
                }
                char[] row = (" ," + c.ids().get(i) + ", ").toCharArray(); // the id inside a row's characters
                assertThat(ids.add(row, 2, row.length - 2)).isEqualTo(i);
                assertThat(ids.isLast(row, 2, row.length - 2)).isTrue();
            }
            assertThat(ids.size()).isEqualTo(c.ids().size());
            for (int i = 0; i < c.ids().size(); i++) {
                String id = c.ids().get(i);
                assertThat(ids.get(i)).isEqualTo(id);
                assertThat(new String(ids.chars(), ids.start(i), ids.end(i) - ids.start(i))).isEqualTo(id);
            }
        });
    }

    @Test
    void theLastIdIsKnownByItsCharactersAlone() {
        IdChars ids = new IdChars();
        char[] row = "ab,abc,abd,a".toCharArray();
        assertThat(ids.isLast(row, 0, 2)).as("no id yet").isFalse();
        ids.add(row, 3, 6); // abc
        assertThat(ids.isLast(row, 3, 6)).isTrue();
        assertThat(ids.isLast(row, 0, 2)).as("ab, shorter").isFalse();
        assertThat(ids.isLast(row, 7, 10)).as("abd, one character differs").isFalse();
        assertThat(ids.isLast("xabcx".toCharArray(), 1, 4)).as("abc elsewhere").isTrue();
        ids.add(row, 11, 12); // a
        assertThat(ids.isLast(row, 3, 6)).as("abc, no longer the last").isFalse();
        assertThat(ids.isLast(row, 11, 12)).isTrue();
    }
}
