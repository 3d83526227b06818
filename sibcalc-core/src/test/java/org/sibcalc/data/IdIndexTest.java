package org.sibcalc.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sibcalc.testing.Theories.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link IdIndex} finds ids without a table while they come in order and through its table once one comes
 * out of order: both ways must give the positions a plain map gives, with or without a hint, and a copy
 * taken part way must not change as more ids are added.
 */
class IdIndexTest {

    /** Ids from a small alphabet, so that duplicates, prefixes and runs in order are all common. */
    private static Gen<String> ids() {
        return integers().between(0, 60).map(n -> n < 30 ? String.format("P%02d", n) : n < 45 ? "P" + n % 7 : "Q" + n);
    }

    /**
     * Ids written as numbers, and some that only look like one (a leading zero, 19 digits, a sign), close
     * together and far apart: the numbers go into the dense range and out of it again.
     */
    private static Gen<String> numericIds() {
        return integers().between(0, 80).map(n -> n < 40 ? String.valueOf(1_000 + n % 23)
                : n < 50 ? "0" + n % 4 : n < 55 ? String.valueOf(n % 3)
                : n < 60 ? "99999999999999999" + n % 3 : n < 63 ? "10000000000000000000".substring(0, 17 + n % 3)
                : n < 66 ? "1000000000000000000" + n % 2 : n < 70 ? "-" + n : n < 75 ? String.valueOf(n * 40_000L)
                : "A" + n % 3);
    }

    /** Mostly in order, like a sorted export, with an occasional id out of place or repeated. */
    private static Gen<List<String>> idLists() {
        return idLists(ids());
    }

    private static Gen<List<String>> idLists(Gen<String> idsOf) {
        return lists().of(idsOf).ofSizeBetween(0, 40).zip(integers().between(0, 3), (ids, disorder) -> {
            List<String> sorted = new ArrayList<>(ids.stream().sorted().toList());
            for (int i = 0; i < disorder && sorted.size() > 1; i++) {
                sorted.add(sorted.remove((ids.get(i % ids.size()).length() + i) % sorted.size()));
            }
            return sorted;
        });
    }

    @Test
    void addingAndFindingIdsAgreesWithAMap() {
        qt(2_000).forAll(idLists(), lists().of(ids()).ofSizeBetween(0, 20)).checkAssert(IdIndexTest::agreesWithAMap);
    }

    @Test
    void addingAndFindingNumbersAgreesWithAMap() {
        qt(2_000).forAll(idLists(numericIds()), lists().of(numericIds()).ofSizeBetween(0, 20))
                .checkAssert(IdIndexTest::agreesWithAMap);
    }

    private static void agreesWithAMap(List<String> added, List<String> looked) {
        IdIndex index = new IdIndex(added.size() / 2);
        Map<String, Integer> model = new HashMap<>();
        List<IdIndex> copies = new ArrayList<>();
        List<Map<String, Integer>> copyModels = new ArrayList<>();
        for (String id : added) {
            char[] padded = ("##" + id + "#").toCharArray();
            Integer before = model.get(id);
            int position = index.addIfAbsent(padded, 2, 2 + id.length());
            if (before == null) {
                model.put(id, model.size());
                assertThat(position).as("new id %s", id).isEqualTo(model.size() - 1);
            } else {
                assertThat(position).as("duplicate %s", id).isEqualTo(-1 - before);
            }
            if (id.hashCode() % 5 == 0) {
                copies.add(index.snapshot());
                copyModels.add(new HashMap<>(model));
            }
        }
        List<String> all = new ArrayList<>(added);
        all.addAll(looked);
        int hint = 0;
        for (String id : all.stream().sorted().toList()) {
            int expected = model.getOrDefault(id, -1);
            assertThat(index.indexOf(id)).as("indexOf %s", id).isEqualTo(expected);
            char[] chars = id.toCharArray();
            int found = index.indexOf(chars, 0, chars.length, hint);
            assertThat(found).as("indexOf %s from hint %d", id, hint).isEqualTo(expected);
            hint = found >= 0 ? found + 1 : hint;
            for (int h = 0; h <= model.size() + 1; h++) {
                assertThat(index.indexOf(chars, 0, chars.length, h)).as("indexOf %s, hint %d", id, h)
                        .isEqualTo(expected);
            }
        }
        for (int c = 0; c < copies.size(); c++) {
            for (String id : all) {
                assertThat(copies.get(c).indexOf(id)).as("copy %d: %s", c, id)
                        .isEqualTo(copyModels.get(c).getOrDefault(id, -1));
            }
        }
    }

    @Test
    void idsInOrderNeedNoTableAndTheFirstOutOfOrderStillFindsEveryEarlierOne() {
        IdIndex index = new IdIndex();
        for (String id : List.of("A1", "A2", "B", "BB")) {
            index.addIfAbsent(id);
        }
        assertThat(index.addIfAbsent("BB")).as("a repeat of the last id").isEqualTo(-1 - 3);
        assertThat(index.addIfAbsent("A2")).as("a repeat of an earlier id, out of order").isEqualTo(-1 - 1);
        assertThat(index.addIfAbsent("A0")).as("a new id out of order").isEqualTo(4);
        assertThat(List.of("A0", "A1", "A2", "B", "BB", "C").stream().map(index::indexOf).toList())
                .containsExactly(4, 0, 1, 2, 3, -1);
    }

    @Test
    void numbersOutOfOrderAreFoundByValueAndOneFarOutMovesThemAllIntoTheTable() {
        IdIndex index = new IdIndex(4); // a dense range of at most 4 * 4 + 1024 values
        for (String id : List.of("500", "501", "499", "0500", "X", "600")) {
            index.addIfAbsent(id);
        }
        assertThat(index.addIfAbsent("499")).as("a repeated number").isEqualTo(-1 - 2);
        assertThat(index.indexOf("0500")).as("a leading zero is another id").isEqualTo(3);
        assertThat(index.addIfAbsent("9000000")).as("a number far out").isEqualTo(6);
        assertThat(List.of("499", "500", "501", "0500", "X", "600", "9000000", "502").stream().map(index::indexOf)
                .toList()).containsExactly(2, 0, 1, 3, 4, 5, 6, -1);
    }
}
