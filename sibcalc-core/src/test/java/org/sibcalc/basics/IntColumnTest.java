package org.sibcalc.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.atIndex;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.Participant;

/**
 * IntColumn: values added are read back in order, across its growth and a reserve of room, which changes no
 * value; an array it hands out (its own, when full) is never written to again, so data built stays as built
 * while its builder goes on; and a builder told to expect episodes builds the same data.
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
    void anArrayHandedOutIsNeverWrittenToAgain() {
        IntColumn column = new IntColumn(16);
        IntStream.range(0, 16).forEach(column::add); // full: its own array is handed out
        int[] first = column.toArray();
        column.set(3, -1);
        int[] second = column.toArray();
        column.add(16);
        column.set(4, -2);
        column.reserve(100);
        column.set(5, -3);
        assertThat(first).containsExactly(IntStream.range(0, 16).toArray());
        assertThat(second).hasSize(16).contains(-1, atIndex(3)).contains(4, atIndex(4));
        assertThat(column.toArray()).hasSize(17).contains(-1, atIndex(3)).contains(-2, atIndex(4))
                .contains(-3, atIndex(5)).contains(16, atIndex(16));
    }

    @Test
    void aSharedArrayKeepsItsValuesWhateverTheColumnDoesNext() {
        IntColumn column = new IntColumn(100);
        IntStream.range(0, 10).forEach(column::add);
        int[] shared = column.shared(); // room and all: no copy
        assertThat(shared).hasSize(100).startsWith(IntStream.range(0, 10).toArray());
        column.set(3, -1); // copies first
        column.add(10);
        assertThat(shared).startsWith(IntStream.range(0, 10).toArray());
        assertThat(column.toArray()).hasSize(11).contains(-1, atIndex(3)).contains(10, atIndex(10));
        IntColumn appended = new IntColumn(100);
        appended.add(5);
        int[] held = appended.shared();
        appended.add(6); // past the values held: into the room, shared
        assertThat(held[0]).isEqualTo(5);
        assertThat(appended.toArray()).containsExactly(5, 6);
    }

    @Test
    void aColumnGivenAnArrayHasItsFirstValuesAndGoesOnFromThere() {
        int[] values = {7, 8, 9, 10, 11};
        IntColumn column = new IntColumn(values, 3);
        assertThat(column.size()).isEqualTo(3);
        assertThat(column.toArray()).containsExactly(7, 8, 9);
        assertThatThrownBy(() -> column.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        IntStream.range(0, 20).forEach(column::add); // into the array's room, then grown
        assertThat(column.get(3)).isEqualTo(0);
        assertThat(column.get(22)).isEqualTo(19);
        assertThat(column.size()).isEqualTo(23);
        assertThat(new IntColumn(new int[0], 0).size()).isZero();
        assertThatThrownBy(() -> new IntColumn(values, 6)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new IntColumn(values, -1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aFullColumnAddedToAnEmptyOneIsSharedAndNeitherWritesToIt() {
        IntColumn full = new IntColumn(16);
        IntStream.range(0, 16).forEach(full::add);
        IntColumn taker = new IntColumn();
        taker.addAll(full);
        full.set(1, -2); // neither sees the other's writes
        assertThat(taker.get(1)).isOne();
        IntColumn other = new IntColumn();
        other.addAll(taker);
        other.set(0, -1);
        assertThat(taker.get(0)).isZero();
        taker.set(0, -1);
        taker.add(16);
        full.add(17);
        assertThat(taker.toArray()).hasSize(17).contains(-1, atIndex(0)).contains(1, atIndex(1)).contains(16, atIndex(16));
        assertThat(full.toArray()).hasSize(17).contains(0, atIndex(0)).contains(-2, atIndex(1)).contains(17, atIndex(16));

        // a column not full, or a column not empty, is copied from
        IntColumn part = new IntColumn(32);
        IntStream.range(0, 16).forEach(part::add);
        IntColumn copy = new IntColumn();
        copy.addAll(part);
        part.set(0, -3);
        copy.addAll(full);
        assertThat(copy.toArray()).hasSize(33).contains(0, atIndex(0)).contains(-2, atIndex(17));
    }

    @Test
    void dataBuiltStaysAsBuiltWhileTheBuilderGoesOn() {
        CareData.Builder builder = CareData.builder(16);
        for (int p = 1; p <= 16; p++) {
            builder.add(Participant.of("P" + p, LocalDate.of(2019, 1, 1)));
        }
        builder.expectEpisodes(1);
        builder.add(CareEpisode.of("P1", LocalDate.of(2019, 2, 1), LocalDate.of(2019, 3, 1)));
        CareData before = builder.build(); // every column is full: handed over, not copied
        builder.setBirthDay(0, (int) LocalDate.of(2005, 1, 1).toEpochDay());
        builder.add(Participant.of("P17", LocalDate.of(2019, 1, 1)));
        builder.add(CareEpisode.of("P17", LocalDate.of(2019, 6, 1), LocalDate.of(2019, 7, 1)));
        CareData after = builder.build();
        assertThat(before.participantCount()).isEqualTo(16);
        assertThat(before.episodeCount()).isEqualTo(1);
        assertThat(before.episodeStartDay(0)).isEqualTo((int) LocalDate.of(2019, 2, 1).toEpochDay());
        assertThat(before.birthDay(0)).isEqualTo(CareData.NO_DAY);
        assertThat(after.episodeCount()).isEqualTo(2);
        assertThat(after.birthDay(0)).isEqualTo((int) LocalDate.of(2005, 1, 1).toEpochDay());
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
