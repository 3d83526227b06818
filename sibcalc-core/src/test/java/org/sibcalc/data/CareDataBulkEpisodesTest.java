package org.sibcalc.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sibcalc.testing.Theories.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sibcalc.basics.IntColumn;
import org.sibcalc.basics.InvalidValueException;

/**
 * CareData.Builder.addEpisodes, the columns of a reader added whole: the same data as adding each episode
 * (texts numbered in the order episodes first have them, a text no episode has left out), and an episode that is
 * not valid fails the whole call with the error adding it alone gives, adding none.
 */
class CareDataBulkEpisodesTest {

    private static final List<String> TYPES = List.of("C2", "C1", "V2", "unused");
    private static final List<String> PLACEMENTS = List.of("", "U4", "K2");
    private static final int START = (int) LocalDate.of(2019, 1, 1).toEpochDay();

    private static CareData.Builder participants(int n) {
        CareData.Builder builder = CareData.builder(n);
        for (int p = 0; p < n; p++) {
            builder.add(Participant.of("P" + p, LocalDate.of(2018, 1, 1)));
        }
        return builder;
    }

    private static IntColumn column(IntStream values) {
        IntColumn column = new IntColumn();
        values.forEach(column::add);
        return column;
    }

    @Test
    void addingTheColumnsWholeIsAddingEachEpisode() {
        // each episode: participant, days from the start, length (-1: open), type, placement
        qt(500).forAll(lists().of(integers().between(0, 5 * 400 * 3 * 3 * 3 - 1)).ofSizeBetween(0, 40))
                .checkAssert(codes -> {
                    int n = codes.size();
                    int[] participant = new int[n];
                    int[] start = new int[n];
                    int[] end = new int[n];
                    int[] type = new int[n];
                    int[] placement = new int[n];
                    for (int k = 0; k < n; k++) {
                        int code = codes.get(k);
                        participant[k] = code % 5;
                        start[k] = START + code / 5 % 400;
                        int length = code / 2000 % 3;
                        end[k] = length == 2 ? CareData.OPEN : start[k] + 10 * length;
                        type[k] = code / 6000 % 3;
                        placement[k] = code / 18000 % 3;
                    }
                    CareData.Builder one = participants(5);
                    for (int k = 0; k < n; k++) {
                        one.addEpisode(participant[k], start[k], end[k], TYPES.get(type[k]), PLACEMENTS.get(placement[k]));
                    }
                    CareData.Builder whole = participants(5);
                    whole.addEpisodes(column(IntStream.of(participant)), column(IntStream.of(start)), column(IntStream.of(end)),
                            column(IntStream.of(type)), TYPES, column(IntStream.of(placement)), PLACEMENTS);
                    CareData a = one.build();
                    CareData b = whole.build();
                    assertThat(b.episodeTypes()).isEqualTo(a.episodeTypes()).doesNotContain("unused");
                    assertThat(b.episodePlacements()).isEqualTo(a.episodePlacements());
                    assertThat(IntStream.range(0, b.episodeCount()).mapToObj(b::episode).toList())
                            .isEqualTo(IntStream.range(0, a.episodeCount()).mapToObj(a::episode).toList());
                    for (int k = 0; k < n; k++) {
                        assertThat(b.episodeTypeIndex(k)).isEqualTo(a.episodeTypeIndex(k));
                    }
                });
    }

    @Test
    void anEpisodeThatIsNotValidAddsNone() {
        IntColumn participants = column(IntStream.of(0, 1));
        IntColumn starts = column(IntStream.of(START, START + 10));
        IntColumn ends = column(IntStream.of(START + 5, START + 9)); // the second ends before it starts
        IntColumn types = column(IntStream.of(0, 0));
        IntColumn placements = column(IntStream.of(0, 0));
        CareData.Builder builder = participants(2);
        assertThatThrownBy(() -> builder.addEpisodes(participants, starts, ends, types, TYPES, placements, PLACEMENTS))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(catchMessage(() -> participants(2).addEpisode(1, START + 10, START + 9, "C2", "")));
        assertThat(builder.build().episodeCount()).isZero();

        CareData.Builder blankType = participants(2);
        assertThatThrownBy(() -> blankType.addEpisodes(participants, starts, column(IntStream.of(START + 5, START + 11)),
                types, List.of(" "), placements, PLACEMENTS)).isInstanceOf(InvalidValueException.class);
        assertThat(blankType.build().episodeCount()).isZero();

        assertThatThrownBy(() -> participants(1).addEpisodes(participants, starts, ends, types, TYPES, placements,
                PLACEMENTS)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> participants(2).addEpisodes(column(IntStream.of(0)), starts, ends, types, TYPES, placements,
                PLACEMENTS)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String catchMessage(Runnable adding) {
        try {
            adding.run();
        } catch (InvalidValueException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error");
    }
}
