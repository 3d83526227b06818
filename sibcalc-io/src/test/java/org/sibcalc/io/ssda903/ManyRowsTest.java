package org.sibcalc.io.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.io.InputFolder.EPISODES_903;
import static org.sibcalc.io.InputFolder.episode903;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.data.CareData;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.InputFolder;
import org.sibcalc.io.ValidationReport.RowCount;

/**
 * Two yearly tables of 60,601 rows each, read as the command line reads a folder: enough rows that the tables
 * read after the participants are matched as they are read, and that the merge shares its work with a second
 * thread. The episodes kept, the errors, the warning and every row count are as worked out by hand: 600
 * children of 101 one-day episodes a year, the last of the first year open there and closed in the next (one
 * episode); one child's closed version with another LS (an error, so the open version stands, and the child's
 * next episode falls in it: rule 501); and a row of a child who is no participant in each table.
 */
class ManyRowsTest {

    private static final int CHILDREN = 600;
    private static final int EPISODES = 101; // a year, each child
    private static final LocalDate FIRST = LocalDate.of(2019, 4, 1);

    @TempDir
    Path dir;

    private static String day(int k) {
        LocalDate date = FIRST.plusDays(k);
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    @Test
    void manyRowsMergeAsWorkedOutByHand() {
        List<String> participants = new ArrayList<>(List.of("id,start,birth_date"));
        List<String> first = new ArrayList<>(List.of(EPISODES_903));
        List<String> second = new ArrayList<>(List.of(EPISODES_903, episode903("X1", day(0), "S", "C2", "U4", day(1))));
        for (int c = 0; c < CHILDREN; c++) {
            participants.add("C" + c + ",2019-01-01,2010-06-01");
            for (int k = 0; k < EPISODES; k++) { // the last open at the year's end
                first.add(episode903("C" + c, day(k), "S", "C2", "U4", k == EPISODES - 1 ? "" : day(k + 1)));
            }
            for (int k = EPISODES - 1; k < 2 * EPISODES - 1; k++) { // the open one again, closed, then the year's
                second.add(episode903("C" + c, day(k), "S", c == 7 && k == EPISODES - 1 ? "C1" : "C2", "U4", day(k + 1)));
            }
        }
        first.add(episode903("X0", day(0), "S", "C2", "U4", day(1)));
        InputFolder folder = InputFolder.ssda903(dir).participants(participants.toArray(String[]::new))
                .table("episodes_2019-20.csv", first.toArray(String[]::new))
                .table("episodes_2020-21.csv", second.toArray(String[]::new));

        InputFiles inputs = folder.readFolder();

        // C7's rows in the second table start on line 3 + 7 * 101 = 710; its open one in the first is line
        // 2 + 7 * 101 + 100 = 809; X0 is the first table's last line, 2 + 600 * 101 = 60,602.
        assertThat(folder.texts(inputs.report().errors())).satisfiesExactly(
                e -> assertThat(e).isEqualTo("episodes_2019-20.csv:60602: CHILD: 'X0' matches no participant in participants.csv"),
                e -> assertThat(e).isEqualTo("episodes_2020-21.csv:2: CHILD: 'X1' matches no participant in participants.csv"),
                e -> assertThat(e).isEqualTo("episodes_2020-21.csv:710: LS: 'C1' differs from LS 'C2' of the same episode "
                        + "(CHILD 'C7', DECOM " + day(EPISODES - 1) + ") on episodes_2019-20.csv line 809: an episode "
                        + "reported again must have the same LS and PLACE"));
        assertThat(folder.texts(inputs.report().warnings())).singleElement().asString()
                .startsWith("episodes_2020-21.csv:711: DECOM: '" + day(EPISODES) + "' falls in the episode of 'C7' from "
                        + day(EPISODES - 1))
                .endsWith("(DfE rule 501)");
        assertThat(inputs.report().rowCounts().get(folder.path("episodes_2019-20.csv").toString()))
                .isEqualTo(new RowCount(60_601, 60_600, 1, CHILDREN - 1));
        assertThat(inputs.report().rowCounts().get(folder.path("episodes_2020-21.csv").toString()))
                .isEqualTo(new RowCount(60_601, 60_599, 2, 0));

        // The errors stop the calculation; the same folder without them gives every child 201 episodes.
        assertThat(inputs.report().hasErrors()).isTrue();
        first.remove(first.size() - 1);
        second.remove(1);
        int c7 = 2 + 7 * EPISODES - 1; // C7's repeat, now the first row of each child after the header
        second.set(c7, episode903("C7", day(EPISODES - 1), "S", "C2", "U4", day(EPISODES)));
        folder.table("episodes_2019-20.csv", first.toArray(String[]::new))
                .table("episodes_2020-21.csv", second.toArray(String[]::new));
        InputFiles clean = folder.readFolder();
        assertThat(clean.report().errors()).isEmpty();
        assertThat(clean.report().warnings()).isEmpty();
        CareData data = clean.calculation().data();
        assertThat(data.episodeCount()).isEqualTo(CHILDREN * (2 * EPISODES - 1));
        for (int p = 0; p < CHILDREN; p += 97) {
            assertThat(data.episodeCountOf(p)).isEqualTo(2 * EPISODES - 1);
            assertThat(data.episode(data.episodeOf(p, EPISODES - 1)).end()).contains(FIRST.plusDays(EPISODES));
        }
    }
}
