package org.sibcalc.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.Participant;
import org.sibcalc.testing.Theories;
import org.sibcalc.testing.Draw;

/**
 * The compact store of participants and episodes gives back exactly what was put in. Scenarios elsewhere
 * have a handful of participants; these have hundreds, with ids that collide by hash code, so that the id
 * table grows and rehashes.
 */
class CareDataPropertiesTest {

    /** "Aa" and "BB" have the same String.hashCode, and so do all ids made of the same number of them. */
    private static final List<String> ID_PIECES = List.of("Aa", "BB", "7", "-", "z", "é", "中", "😀", " ", "_");

    /** Participants and episodes as added, episodes in no particular order. */
    record Input(List<Participant> participants, List<CareEpisode> episodes) {
        @Override
        public String toString() {
            return "\n" + participants.size() + " participants, " + episodes.size() + " episodes\n"
                    + participants.stream().map(p -> "  " + p + "\n").collect(Collectors.joining())
                    + episodes.stream().map(e -> "  " + e.participantId() + " " + Scenario.describe(e) + "\n")
                            .collect(Collectors.joining());
        }
    }

    static Gen<Input> inputs() {
        Gen<Input> gen = in -> {
            Draw draw = new Draw(in);
            ContractTerms terms = Scenarios.terms(draw);
            LocalDate asOf = Scenarios.ORIGIN.plusDays(900);
            int count = draw.upTo(300);
            Set<String> ids = new HashSet<>();
            List<Participant> participants = new ArrayList<>();
            List<LocalDate> starts = new ArrayList<>();
            List<CareEpisode> episodes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String id = id(draw);
                if (!ids.add(id)) {
                    id = id.length() > 60 ? "#" + i : id + "#" + i;
                    ids.add(id);
                }
                Participant p = Scenarios.participant(draw, id, asOf, starts);
                starts.add(p.start());
                participants.add(p);
                episodes.addAll(Scenarios.episodes(draw, p, terms, asOf, true));
            }
            Collections.shuffle(episodes, new Random(draw.upTo(Integer.MAX_VALUE - 1)));
            return new Input(participants, episodes);
        };
        return gen.describedAs(Input::toString);
    }

    /** An id of 1 to 64 characters without leading or trailing blanks. */
    private static String id(Draw draw) {
        StringBuilder id = new StringBuilder();
        int pieces = draw.sometimes(5) ? 40 : 1 + draw.upTo(5);
        for (int k = 0; k < pieces; k++) {
            String piece = draw.oneOf(ID_PIECES);
            if (id.length() + piece.length() > 64) {
                break;
            }
            id.append(piece);
        }
        String stripped = id.toString().strip();
        return stripped.isEmpty() ? "x" : stripped;
    }

    @Test
    void careDataGivesBackEveryParticipantAndEpisodeByPosition() {
        Theories.qt(100).forAll(inputs()).checkAssert(input -> {
            CareData data = CareData.of(input.participants(), input.episodes());
            assertThat(data.participantCount()).isEqualTo(input.participants().size());
            assertThat(data.episodeCount()).isEqualTo(input.episodes().size());
            for (int i = 0; i < input.participants().size(); i++) {
                Participant p = input.participants().get(i);
                assertThat(data.participant(i)).isEqualTo(p);
                assertThat(data.id(i)).isEqualTo(p.id());
                assertThat(data.indexOf(p.id())).as("position of '%s'", p.id()).isEqualTo(i);
                assertThat(data.indexOf(p.id() + "?")).as("position of '%s?'", p.id()).isEqualTo(-1);
            }
            for (int e = 0; e < input.episodes().size(); e++) {
                CareEpisode episode = input.episodes().get(e);
                assertThat(data.episode(e)).isEqualTo(episode);
                assertThat(data.episodeParticipant(e)).isEqualTo(data.indexOf(episode.participantId()));
            }
        });
    }

    @Test
    void eachParticipantsEpisodesAreAllItsOwnInOrderOfStart() {
        Theories.qt(100).forAll(inputs()).checkAssert(input -> {
            CareData data = CareData.of(input.participants(), input.episodes());
            for (int i = 0; i < data.participantCount(); i++) {
                List<Integer> own = new ArrayList<>();
                for (int n = 0; n < data.episodeCountOf(i); n++) {
                    int e = data.episodeOf(i, n);
                    if (n > 0) {
                        assertThat(data.episodeStartDay(e)).as("start of episode %s of '%s'", n, data.id(i))
                                .isGreaterThanOrEqualTo(data.episodeStartDay(data.episodeOf(i, n - 1)));
                    }
                    own.add(e);
                }
                List<Integer> expected = new ArrayList<>();
                for (int e = 0; e < input.episodes().size(); e++) {
                    if (input.episodes().get(e).participantId().equals(data.id(i))) {
                        expected.add(e);
                    }
                }
                assertThat(own).as("episodes of '%s'", data.id(i)).containsExactlyInAnyOrderElementsOf(expected);
            }
        });
    }

    /**
     * Episodes listed child by child (a file sorted by id), or shuffled, or child by child but for one
     * moved: each participant's episodes are its own in the order of a stable sort by start of the order
     * given, whichever way {@link CareData} groups them.
     */
    @Test
    void eachParticipantsEpisodesAreInTheOrderAStableSortByStartGives() {
        Theories.qt(200).forAll(inputs(), integers().between(0, 2)).checkAssert((input, arrangement) -> {
            List<String> order = input.participants().stream().map(Participant::id).collect(Collectors.toList());
            Collections.shuffle(order, new Random(input.episodes().size()));
            List<CareEpisode> episodes = new ArrayList<>(input.episodes());
            if (arrangement > 0) { // grouped by participant, in the shuffled order of participants
                episodes.sort(Comparator.comparingInt(e -> order.indexOf(e.participantId())));
            }
            if (arrangement == 2 && episodes.size() > 2) {
                episodes.add(episodes.remove(episodes.size() / 2));
            }
            CareData data = CareData.of(input.participants(), episodes);
            for (int i = 0; i < data.participantCount(); i++) {
                List<Integer> expected = new ArrayList<>();
                for (int e = 0; e < episodes.size(); e++) {
                    if (episodes.get(e).participantId().equals(data.id(i))) {
                        expected.add(e);
                    }
                }
                expected.sort(Comparator.comparing(e -> episodes.get(e).start())); // List.sort is stable
                List<Integer> own = new ArrayList<>();
                for (int n = 0; n < data.episodeCountOf(i); n++) {
                    own.add(data.episodeOf(i, n));
                }
                assertThat(own).as("episodes of '%s'", data.id(i)).containsExactlyElementsOf(expected);
            }
        });
    }

    @Test
    void aDuplicateIdIsRejectedNamingTheField() {
        Theories.qt(100).forAll(inputs()).checkAssert(input -> {
            if (input.participants().isEmpty()) {
                return;
            }
            Participant first = input.participants().get(input.participants().size() / 2);
            List<Participant> withDuplicate = new ArrayList<>(input.participants());
            withDuplicate.add(Participant.of(first.id(), first.start().plusDays(1)));
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> CareData.of(withDuplicate, input.episodes()))
                    .satisfies(e -> assertThat(e.field()).isEqualTo("id"))
                    .withMessageContaining(first.id());
        });
    }
}
