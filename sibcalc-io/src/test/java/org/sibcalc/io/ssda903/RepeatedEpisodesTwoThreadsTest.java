package org.sibcalc.io.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sibcalc.io.InputSource;
import org.sibcalc.io.csv.EpisodeRows;

/**
 * A merge of many rows places the second half of the groups on another thread: on generated yearly tables
 * (children in no order of position, episodes repeated open then closed, some conflicting, some overlapping),
 * merging on two threads gives exactly the episodes, errors, warnings and row counts of merging on one.
 */
class RepeatedEpisodesTwoThreadsTest {

    private static final String[] TYPES = {"C1", "C2", "V2"};
    private static final String[] PLACEMENTS = {"U1", "U4", "K2", ""};

    /** Yearly tables of {@code children} children, by seed. */
    private static List<String> tables(long seed, int children, int years) {
        Random random = new Random(seed);
        List<StringBuilder> tables = new ArrayList<>();
        for (int y = 0; y < years; y++) {
            tables.add(new StringBuilder(String.join(",", Ssda903.EPISODES_COLUMNS)).append('\n'));
        }
        for (int c = 0; c < children; c++) {
            int day = 16_000 + random.nextInt(2_000);
            int firstYear = random.nextInt(years);
            int episodes = 1 + random.nextInt(4);
            for (int e = 0; e < episodes; e++) {
                int length = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(300);
                String type = TYPES[random.nextInt(TYPES.length)];
                String placement = PLACEMENTS[random.nextInt(PLACEMENTS.length)];
                String rne = random.nextBoolean() ? "P" : "S";
                // reported in one year open and in the next closed, sometimes with another DEC or LS
                int lastYear = Math.min(years - 1, firstYear + random.nextInt(2));
                for (int y = firstYear; y <= lastYear; y++) {
                    boolean open = y < lastYear;
                    int end = day + length + (random.nextInt(40) == 0 ? 1 : 0);
                    String ls = random.nextInt(60) == 0 ? TYPES[random.nextInt(TYPES.length)] : type;
                    tables.get(y).append("C").append(c).append(',').append(Ssda903.date(day)).append(',').append(rne)
                            .append(',').append(ls).append(",N1,").append(placement).append(",PR1,")
                            .append(open ? "" : Ssda903.date(end)).append(",E1,,CM1 1,CM2 2,SC1\n");
                }
                day += length - (random.nextInt(8) == 0 ? 5 : 0);
            }
        }
        return tables.stream().map(StringBuilder::toString).toList();
    }

    private record Merged(RepeatedEpisodes episodes, List<EpisodesTable> tables) {
    }

    private static Merged merge(List<String> texts, int children, long seed, int rowsPlacedApart) {
        List<EpisodesTable> tables = IntStream.range(0, texts.size())
                .mapToObj(y -> EpisodesTable.read(InputSource.ofText("episodes_" + y + ".csv", texts.get(y)),
                        "episodes_" + y + ".csv"))
                .toList();
        // each child at a position of its own, in no order
        List<Integer> positions = new ArrayList<>(IntStream.range(0, children).boxed().toList());
        java.util.Collections.shuffle(positions, new Random(seed + 1));
        Map<String, Integer> positionOf = new HashMap<>();
        for (int c = 0; c < children; c++) {
            positionOf.put("C" + c, positions.get(c));
        }
        int[][] participantOf = new int[tables.size()][];
        for (int t = 0; t < tables.size(); t++) {
            EpisodeRows rows = tables.get(t).rows();
            participantOf[t] = IntStream.range(0, rows.size()).map(i -> positionOf.get(rows.id(rows.idOf(i)))).toArray();
        }
        return new Merged(RepeatedEpisodes.merge(tables, t -> participantOf[t], children, rowsPlacedApart), tables);
    }

    private static List<String> described(Merged merged) {
        List<String> lines = new ArrayList<>();
        RepeatedEpisodes e = merged.episodes();
        for (int k = 0; k < e.size(); k++) {
            lines.add(e.participant(k) + " " + e.table(k) + " " + e.row(k) + " " + e.line(k) + " " + e.startDay(k) + " "
                    + e.endDay(k) + " " + e.type(k) + " " + e.placement(k));
        }
        for (EpisodesTable table : merged.tables()) {
            lines.add(table.rows().report().errors().toString());
            lines.add(table.rows().report().warnings().toString());
            lines.add(table.rows().report().rowCounts().toString());
        }
        return lines;
    }

    @Test
    void twoThreadsMergeAsOneDoes() {
        for (long seed = 1; seed <= 5; seed++) {
            int children = 2_000 * (int) seed;
            List<String> texts = tables(seed, children, 4);
            Merged oneThread = merge(texts, children, seed, Integer.MAX_VALUE);
            Merged twoThreads = merge(texts, children, seed, 0);
            assertThat(oneThread.episodes().size()).isGreaterThan(children);
            assertThat(oneThread.tables().get(1).rows().report().errors()).isNotEmpty(); // conflicts were made
            assertThat(described(twoThreads)).isEqualTo(described(oneThread));
        }
    }

    @Test
    void oneChildsRowsOnTwoThreadsAreAllPlaced() {
        List<String> texts = tables(7, 1, 3);
        assertThat(described(merge(texts, 1, 7, 0))).isEqualTo(described(merge(texts, 1, 7, Integer.MAX_VALUE)));
    }
}
