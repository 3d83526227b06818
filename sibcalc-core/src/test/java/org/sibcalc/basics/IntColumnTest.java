package org.sibcalc.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.Participant;

/**
 * IntColumn: values added are read back in order, across its growth and a reserve of room, which changes no
 * value; and a builder told to expect episodes builds the same data.
 */
class IntColumnTest {

    @Test
    void valuesAreKeptInOrderAcrossGrowthAndReserve() {
        IntColumn column = new IntColumn();
        IntStream.range(0, 1_000).forEach(column::add);
        column.reserve(10);
        column.reserve(5_000);
        IntStream.range(1_000, 7_000).forEach(column::add);
        assertThat(column.size()).isEqualTo(7_000);
        assertThat(column.toArray()).containsExactly(IntStream.range(0, 7_000).toArray());
        assertThatThrownBy(() -> column.get(7_000)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aBuilderExpectingEpisodesBuildsTheSameData() {
        CareData.Builder expecting = CareData.builder(2);
        CareData.Builder plain = CareData.builder(2);
        for (CareData.Builder builder : new CareData.Builder[] {expecting, plain}) {
            builder.add(Participant.of("P1", LocalDate.of(2019, 1, 1)));
            builder.add(CareEpisode.of("P1", LocalDate.of(2019, 2, 1), LocalDate.of(2019, 3, 1)));
            if (builder == expecting) {
                builder.expectEpisodes(1_000); // after an episode: room is made without losing it
            }
            builder.add(CareEpisode.of("P1", LocalDate.of(2019, 4, 1), LocalDate.of(2019, 5, 1)));
        }
        CareData a = expecting.build();
        CareData b = plain.build();
        assertThat(a.episodeCount()).isEqualTo(2).isEqualTo(b.episodeCount());
        for (int e = 0; e < 2; e++) {
            assertThat(a.episodeStartDay(e)).isEqualTo(b.episodeStartDay(e));
            assertThat(a.episodeEndDay(e)).isEqualTo(b.episodeEndDay(e));
            assertThat(a.episodeTypeIndex(e)).isEqualTo(b.episodeTypeIndex(e));
        }
        assertThatThrownBy(() -> plain.expectEpisodes(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
