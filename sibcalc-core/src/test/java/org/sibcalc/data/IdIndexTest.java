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

    /** Mostly in order, like a sorted export, with an occasional id out of place or repeated. */
    private static Gen<List<String>> idLists() {
        return lists().of(ids()).ofSizeBetween(0, 40).zip(integers().between(0, 3), (ids, disorder) -> {
            List<String> sorted = new ArrayList<>(ids.stream().sorted().toList());
            for (int i = 0; i < disorder && sorted.size() > 1; i++) {
                sorted.add(sorted.remove((ids.get(i % ids.size()).length() + i) % sorted.size()));
            }
            return sorted;
        });
    }

    @Test
    void addingAndFindingIdsAgreesWithAMap() {
        qt(2_000).forAll(idLists(), lists().of(ids()).ofSizeBetween(0, 20))
                .checkAssert((added, looked) -> {
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
                            copies.add(index.trimmed());
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
                });
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
}
