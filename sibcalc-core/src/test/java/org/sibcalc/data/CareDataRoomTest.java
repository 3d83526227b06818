package org.sibcalc.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link CareData} holds its builder's columns as they are, room and all (no copies): it has exactly the
 * participants and episodes added before {@link CareData.Builder#build()}, a position past them is out of
 * range however much room there is, and a builder that goes on being used leaves the data built as it was.
 */
class CareDataRoomTest {

    private static final LocalDate START = LocalDate.of(2019, 1, 1);

    @Test
    void dataBuiltFromABuilderWithRoomHasOnlyWhatWasAdded() {
        CareData.Builder builder = CareData.builder(1_000).expectEpisodes(1_000);
        builder.add(Participant.ofNullable("A", START, null, null, null));
        builder.add(Participant.ofNullable("B", START.plusDays(1), "X", LocalDate.of(2005, 5, 5), null));
        builder.add(new CareEpisode("B", START.plusDays(2), Optional.empty(), "C2", ""));

        CareData data = builder.build();

        assertThat(data.participantCount()).isEqualTo(2);
        assertThat(data.episodeCount()).isEqualTo(1);
        assertThat(data.participant(1)).isEqualTo(Participant.ofNullable("B", START.plusDays(1), "X", LocalDate.of(2005, 5, 5), null));
        assertThat(data.episode(0)).isEqualTo(new CareEpisode("B", START.plusDays(2), Optional.empty(), "C2", ""));
        for (int i : new int[] {2, 999, -1}) {
            assertThatThrownBy(() -> data.startDay(i)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> data.birthDay(i)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> data.exitDay(i)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> data.cohortIndex(i)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> data.explicitCohort(i)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> data.participant(i)).isInstanceOf(IndexOutOfBoundsException.class);
        }
        for (int e : new int[] {1, 999, -1}) {
            assertThatThrownBy(() -> data.episodeParticipant(e)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> data.episodeStartDay(e)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> data.episodeEndDay(e)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> data.episodeTypeIndex(e)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> data.episodePlacementIndex(e)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> data.episode(e)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void aBuilderThatGoesOnLeavesTheDataBuiltAsItWas() {
        CareData.Builder builder = CareData.builder(1_000).expectEpisodes(1_000);
        builder.add(Participant.ofNullable("A", START, null, null, null));
        builder.add(new CareEpisode("A", START, Optional.of(START.plusDays(9)), "C2", "U1"));
        CareData before = builder.build();

        builder.setBirthDay(0, (int) LocalDate.of(2004, 4, 4).toEpochDay()); // a value the data holds
        builder.add(Participant.ofNullable("B", START, null, null, null)); // into the room the data shares
        builder.add(new CareEpisode("B", START, Optional.empty(), "V2", ""));
        CareData after = builder.build();

        assertThat(before.participantCount()).isEqualTo(1);
        assertThat(before.episodeCount()).isEqualTo(1);
        assertThat(before.participant(0)).isEqualTo(Participant.ofNullable("A", START, null, null, null));
        assertThat(before.episodeCountOf(0)).isEqualTo(1);
        assertThat(List.of(after.participantCount(), after.episodeCount())).containsExactly(2, 2);
        assertThat(after.participant(0).birthDate()).contains(LocalDate.of(2004, 4, 4));
        assertThat(after.episode(1)).isEqualTo(new CareEpisode("B", START, Optional.empty(), "V2", ""));
    }
}
