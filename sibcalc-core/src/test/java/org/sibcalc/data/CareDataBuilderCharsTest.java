package org.sibcalc.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sibcalc.data.FastPathRows.date;
import static org.sibcalc.testing.Theories.qt;
import static org.sibcalc.testing.Placed.shown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.testing.Draw;
import org.sibcalc.testing.Placed;

/**
 * The reader adds rows to {@link CareData.Builder} as it holds them, an id in place in a reused buffer of
 * characters and dates as epoch days; that must build exactly the data that adding the same rows as
 * {@link Participant} and {@link CareEpisode} records builds: the same positions returned for new,
 * duplicate, matched and unmatched rows, the same columns, and for a bad row the same field named as the
 * record's constructor names, with nothing added. An episode is added as the episodes reader adds it: its
 * participant found first from the characters ({@code indexOf}), then the episode added to it
 * ({@code addEpisode}).
 */
class CareDataBuilderCharsTest {

    private static final List<String> COHORTS = Arrays.asList(null, "A", "B", "2013-Q2", "a");
    private static final List<String> TYPES = List.of("CARE", "V2", "C2", "L1");
    private static final List<String> PLACEMENTS = List.of("", "U1", "U2", "R2");
    /** The reader's buffer of one row's characters, reused from row to row. */
    private static final int BUFFER = 96;

    /** A row of either file, valid, and where in the reader's buffer its id lies. */
    sealed interface Row {
        String id();

        int offset();
    }

    record ParticipantRow(String id, int offset, int start, String cohort, int birth, int exit) implements Row {
        Participant record() {
            return Participant.ofNullable(id, date(start), cohort, date(birth), date(exit));
        }

        @Override
        public String toString() {
            return "participant " + shown(id) + " @" + offset + " " + FastPathRows.day(start) + " " + shown(cohort)
                    + " birth " + FastPathRows.day(birth) + " exit " + FastPathRows.day(exit);
        }
    }

    record EpisodeRow(String id, int offset, int start, int end, String type, String placement) implements Row {
        CareEpisode record() {
            return new CareEpisode(id, date(start), Optional.ofNullable(date(end)), type, placement);
        }

        @Override
        public String toString() {
            return "episode " + shown(id) + " @" + offset + " " + FastPathRows.day(start) + " to "
                    + FastPathRows.day(end) + " " + type + " " + shown(placement);
        }
    }

    /** Rows in the order they are added. */
    record Input(List<Row> rows, List<String> ids) {
        @Override
        public String toString() {
            return "\n" + rows.stream().map(row -> "  " + row + "\n").collect(Collectors.joining());
        }
    }

    /**
     * Participants with repeated ids, then their episodes in runs of one id as Extracts list them, some of
     * ids no participant has (near misses: a prefix, an extension, another id of the same hash code); in
     * some inputs the episodes are mixed in among the participants.
     */
    static Input generateInput(Draw draw) {
        Set<String> known = new LinkedHashSet<>();
        int idCount = 1 + draw.upTo(25);
        for (int k = 0; k < idCount; k++) {
            known.add(FastPathRows.ordinaryId(draw));
        }
        List<String> ids = new ArrayList<>(known);
        List<Row> rows = new ArrayList<>();
        int participants = draw.upTo(40);
        for (int k = 0; k < participants; k++) {
            String id = draw.oneOf(ids);
            int start = FastPathRows.BASE_DAY + draw.upTo(2000);
            int birth = draw.sometimes(30) ? CareData.NO_DAY : start - draw.upTo(6000);
            int exit = draw.sometimes(60) ? CareData.NO_DAY : start + draw.upTo(900);
            rows.add(new ParticipantRow(id, offset(draw, id), start, draw.oneOf(COHORTS), birth, exit));
        }
        int runs = draw.upTo(15);
        boolean mixed = draw.sometimes(20);
        for (int r = 0; r < runs; r++) {
            String id = draw.sometimes(80) ? draw.oneOf(ids) : nearMiss(draw, draw.oneOf(ids));
            int count = 1 + draw.upTo(3);
            for (int k = 0; k < count; k++) {
                int start = FastPathRows.BASE_DAY + draw.upTo(2000);
                int end = draw.sometimes(20) ? CareData.OPEN : start + draw.upTo(400);
                EpisodeRow episode = new EpisodeRow(id, offset(draw, id), start, end, draw.oneOf(TYPES),
                        draw.oneOf(PLACEMENTS));
                rows.add(mixed ? draw.upTo(rows.size()) : rows.size(), episode);
            }
        }
        return new Input(rows, ids);
    }

    /** An id close to {@code id}, perhaps equal to another. */
    private static String nearMiss(Draw draw, String id) {
        String near = switch (draw.upTo(3)) {
            case 0 -> id.length() > 1 ? id.substring(0, id.length() - 1) : id + "x";
            case 1 -> id + draw.oneOf(FastPathRows.ID_PIECES);
            case 2 -> id.replace("Aa", "BB").equals(id) ? "BB" + id : id.replace("Aa", "BB");
            default -> draw.oneOf(FastPathRows.ID_PIECES) + id;
        };
        near = near.strip(); // "P 1" cut to "P " would be a bad row, not a near miss
        return near.isEmpty() ? id + "x" : near;
    }

    private static int offset(Draw draw, String id) {
        return draw.upTo(BUFFER - id.length());
    }

    /** The same rows added to two builders: as records, and as the readers hold them. */
    static final class Builders {

        final CareData.Builder records = CareData.builder();
        final CareData.Builder chars = CareData.builder();
        private final char[] buffer = new char[BUFFER];
        private final Random garbage = new Random(1);

        /** Adds the row every way and returns the position, the same every way. */
        int add(Row row) {
            int byRecord = row instanceof ParticipantRow p ? records.addIfNew(p.record())
                    : records.addIfMatched(((EpisodeRow) row).record());
            int byChars = addChars(row);
            assertThat(byChars).as("position of %s added from characters", row).isEqualTo(byRecord);
            return byChars;
        }

        /** Checks that the two builders hold the same data. */
        void assertSame() {
            assertSameData(chars.build(), records.build());
        }

        /**
         * Adds the row to the builder as a reader does, the id in place in a buffer of other rows' garbage: a
         * participant from characters, an episode by {@code indexOf} and then {@code addEpisode}.
         */
        int addChars(Row row) {
            Placed id = inBuffer(row.id(), row.offset());
            if (row instanceof ParticipantRow p) {
                return chars.addIfNew(id.chars(), id.from(), id.to(), p.start(), p.cohort(), p.birth(), p.exit());
            }
            EpisodeRow e = (EpisodeRow) row;
            int participant = chars.indexOf(id.chars(), id.from(), id.to());
            return participant < 0 ? -1 : chars.addEpisode(participant, e.start(), e.end(), e.type(), e.placement());
        }

        /** Writes {@code id} at {@code offset} into the buffer, over garbage that includes the id's characters. */
        Placed inBuffer(String id, int offset) {
            for (int i = 0; i < buffer.length; i++) {
                buffer[i] = garbage.nextInt(4) == 0 && i >= offset + id.length() && i - offset - id.length() < id.length()
                        ? id.charAt(i - offset - id.length()) // the id again just after it
                        : ",; \tAaBB7z".charAt(garbage.nextInt(10));
            }
            id.getChars(0, id.length(), buffer, offset);
            return new Placed(buffer, offset, offset + id.length());
        }
    }

    @Test
    void everyWayOfAddingGivesThePositionsAndDataOfTheRecords() {
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger unmatched = new AtomicInteger();
        AtomicInteger matched = new AtomicInteger();
        qt(400).forAll(Draw.gen(CareDataBuilderCharsTest::generateInput)).checkAssert(input -> {
            Builders builders = new Builders();
            Map<String, Integer> firstPosition = new HashMap<>();
            List<Participant> participants = new ArrayList<>();
            List<CareEpisode> episodes = new ArrayList<>();
            // The builder may go on being used after build(): what was built half way must not change.
            int half = input.rows().size() / 2;
            CareData halfWay = null;
            List<Participant> participantsHalfWay = List.of();
            List<CareEpisode> episodesHalfWay = List.of();
            for (int r = 0; r < input.rows().size(); r++) {
                if (r == half) {
                    halfWay = builders.chars.build();
                    participantsHalfWay = List.copyOf(participants);
                    episodesHalfWay = List.copyOf(episodes);
                }
                Row row = input.rows().get(r);
                int position = builders.add(row);
                // What every way must give: a new id a new position, a repeated id -1 - the first one's,
                // a matched episode the next position, an unmatched one -1.
                if (row instanceof ParticipantRow p) {
                    Integer first = firstPosition.get(p.id());
                    if (first == null) {
                        firstPosition.put(p.id(), participants.size());
                        assertThat(position).as("position of %s", row).isEqualTo(participants.size());
                        participants.add(p.record());
                    } else {
                        assertThat(position).as("position of duplicate %s", row).isEqualTo(-1 - first);
                        duplicates.incrementAndGet();
                    }
                } else {
                    EpisodeRow e = (EpisodeRow) row;
                    if (firstPosition.containsKey(e.id())) {
                        assertThat(position).as("position of %s", row).isEqualTo(episodes.size());
                        episodes.add(e.record());
                        matched.incrementAndGet();
                    } else {
                        assertThat(position).as("position of unmatched %s", row).isEqualTo(-1);
                        unmatched.incrementAndGet();
                    }
                }
            }
            builders.assertSame();
            assertHolds(builders.records.build(), participants, episodes, input.ids());
            if (halfWay != null) {
                assertHolds(halfWay, participantsHalfWay, episodesHalfWay, input.ids());
            }
        });
        assertThat(List.of(duplicates, unmatched, matched)).as("duplicate, unmatched and matched rows")
                .allSatisfy(count -> assertThat(count).hasValueGreaterThan(400));
    }

    /** Checks that the data holds exactly these participants and episodes, in this order. */
    private static void assertHolds(CareData data, List<Participant> participants, List<CareEpisode> episodes,
            List<String> otherIds) {
        assertThat(data.participantCount()).as("participantCount").isEqualTo(participants.size());
        assertThat(data.episodeCount()).as("episodeCount").isEqualTo(episodes.size());
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < participants.size(); i++) {
            assertThat(data.participant(i)).as("participant(%s)", i).isEqualTo(participants.get(i));
            positions.put(participants.get(i).id(), i);
        }
        for (String id : otherIds) {
            assertThat(data.indexOf(id)).as("indexOf(%s)", shown(id)).isEqualTo(positions.getOrDefault(id, -1));
        }
        for (int e = 0; e < episodes.size(); e++) {
            assertThat(data.episode(e)).as("episode(%s)", e).isEqualTo(episodes.get(e));
            assertThat(data.episodeParticipant(e)).as("episodeParticipant(%s)", e)
                    .isEqualTo(positions.get(episodes.get(e).participantId()));
        }
    }

    /** Valid rows, then one row that may break any rule, its id sometimes one of the valid rows' ids. */
    record Attempt(Input before, Object row) {
        @Override
        public String toString() {
            return before + "then " + row;
        }
    }

    static Attempt generateAttempt(Draw draw) {
        Input before = generateInput(draw);
        boolean participant = draw.sometimes(50);
        if (participant) {
            ParticipantValidityTest.Row row = ParticipantValidityTest.Row.generate(draw);
            if (draw.sometimes(30)) {
                row = new ParticipantValidityTest.Row(FastPathRows.placed(draw, draw.oneOf(before.ids())), row.start(),
                        row.cohort(), row.birth(), row.exit());
            }
            return new Attempt(before, row);
        }
        CareEpisodeValidityTest.Row row = CareEpisodeValidityTest.Row.generate(draw);
        if (draw.sometimes(50)) {
            row = new CareEpisodeValidityTest.Row(FastPathRows.placed(draw, draw.oneOf(before.ids())), row.start(),
                    row.end(), row.type(), row.placement());
        }
        return new Attempt(before, row);
    }

    @Test
    void aBadRowAddedFromCharactersNamesTheFieldTheRecordNamesAndAddsNothing() {
        Set<String> fieldsNamed = new TreeSet<>();
        AtomicInteger added = new AtomicInteger();
        qt(1_000).forAll(Draw.gen(CareDataBuilderCharsTest::generateAttempt)).checkAssert(attempt -> {
            Builders builders = new Builders();
            attempt.before().rows().forEach(builders::add);
            InvalidValueException expected = null;
            int position = 0;
            if (attempt.row() instanceof ParticipantValidityTest.Row row) {
                try {
                    position = builders.records.addIfNew(Participant.ofNullable(row.id().text(), date(row.start()),
                            row.cohort(), date(row.birth()), date(row.exit())));
                } catch (InvalidValueException e) {
                    expected = e;
                }
                Placed id = row.id();
                assertAddedLikeTheRecord(() -> builders.chars.addIfNew(id.chars(), id.from(), id.to(), row.start(),
                        row.cohort(), row.birth(), row.exit()), expected, position);
            } else {
                CareEpisodeValidityTest.Row row = (CareEpisodeValidityTest.Row) attempt.row();
                try {
                    position = builders.records.addIfMatched(new CareEpisode(row.id().text(), date(row.start()),
                            Optional.ofNullable(date(row.end())), row.type(), row.placement()));
                } catch (InvalidValueException e) {
                    expected = e;
                }
                Placed id = row.id();
                int participant = builders.chars.indexOf(id.chars(), id.from(), id.to());
                if (participant >= 0) {
                    assertAddedLikeTheRecord(() -> builders.chars.addEpisode(participant, row.start(), row.end(),
                            row.type(), row.placement()), expected, position);
                } else if (expected == null) {
                    assertThat(position).as("position of an episode whose id was not found").isEqualTo(-1);
                }
            }
            if (expected == null) {
                added.incrementAndGet();
            } else {
                fieldsNamed.add(expected.field());
            }
            builders.assertSame();
        });
        assertThat(fieldsNamed).containsExactlyInAnyOrder("id", "start", "cohort", "birth_date", "exit_date", "end",
                "type", "placement");
        assertThat(added).hasValueGreaterThan(100);
    }

    private static void assertAddedLikeTheRecord(java.util.function.IntSupplier add, InvalidValueException expected,
            int position) {
        if (expected == null) {
            assertThat(add.getAsInt()).as("position").isEqualTo(position);
        } else {
            assertThatExceptionOfType(InvalidValueException.class).isThrownBy(add::getAsInt)
                    .satisfies(e -> assertThat(e.field()).isEqualTo(expected.field()))
                    .withMessage(expected.getMessage());
        }
    }

    // Hand-worked example

    @Test
    void idsAreReadBetweenTheirBoundsInAReusedBuffer() {
        CareData.Builder builder = CareData.builder();
        char[] row = "P10,2019-03-04,A".toCharArray();
        int start = 17_959; // 2019-03-04
        assertThat(builder.addIfNew(row, 0, 3, start, "A", CareData.NO_DAY, CareData.NO_DAY)).isEqualTo(0); // P10
        assertThat(builder.addIfNew(row, 0, 2, start, null, CareData.NO_DAY, CareData.NO_DAY)).isEqualTo(1); // P1
        "P1,2019-03-04,A ".getChars(0, 16, row, 0); // the next row in the same buffer
        assertThat(builder.addIfNew(row, 0, 2, start, null, CareData.NO_DAY, CareData.NO_DAY)).isEqualTo(-1 - 1);
        assertThat(builder.indexOf(row, 0, 2)).isEqualTo(1); // P1
        assertThat(builder.indexOf(row, 0, 1)).isEqualTo(-1); // P
        assertThat(builder.addEpisode(1, start, CareData.OPEN, "CARE")).isEqualTo(0);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> builder.addEpisode(1, start, start - 1, "CARE"))
                .withMessage("end: 2019-03-03 is before start 2019-03-04");

        CareData data = builder.build();
        assertThat(data.id(0)).isEqualTo("P10");
        assertThat(data.id(1)).isEqualTo("P1");
        assertThat(data.explicitCohort(0)).isEqualTo("A");
        assertThat(data.episodeParticipant(0)).isEqualTo(1);
        assertThat(data.episodePlacements()).containsExactly("");
    }

    @Test
    void placementsAreKeptOnceEachInOrderOfFirstAppearance() {
        CareData.Builder builder = CareData.builder();
        char[] row = "P1".toCharArray();
        int start = 17_959; // 2019-03-04
        builder.addIfNew(row, 0, 2, start, null, CareData.NO_DAY, CareData.NO_DAY);
        builder.addEpisode(0, start, start + 10, "CARE", "U1");
        builder.addEpisode(0, start + 10, start + 20, "CARE");
        builder.addEpisode(0, start + 20, start + 30, "V2", "U1");
        builder.addEpisode(0, start + 30, CareData.OPEN, "CARE", "R2");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> builder.addEpisode(0, start, start, "CARE", " U1"))
                .withMessage("placement: ' U1' must not have leading or trailing blanks");

        CareData data = builder.build();
        assertThat(data.episodeCount()).isEqualTo(4);
        assertThat(data.episodePlacements()).containsExactly("U1", "", "R2");
        assertThat(List.of(0, 1, 2, 3)).map(data::episodePlacementIndex).containsExactly(0, 1, 0, 2);
        assertThat(data.episode(2).placement()).isEqualTo("U1");
        assertThat(data.episode(1).placement()).isEmpty();
        assertThat(data.episode(3)).isEqualTo(CareEpisode.open("P1", CareData.date(start + 30)).withPlacement("R2"));
    }

    /** Every column of the two, compared position by position. */
    static void assertSameData(CareData actual, CareData expected) {
        assertThat(actual.participantCount()).as("participantCount").isEqualTo(expected.participantCount());
        assertThat(actual.episodeCount()).as("episodeCount").isEqualTo(expected.episodeCount());
        assertThat(actual.cohortLabels()).as("cohortLabels").isEqualTo(expected.cohortLabels());
        assertThat(actual.episodeTypes()).as("episodeTypes").isEqualTo(expected.episodeTypes());
        assertThat(actual.episodePlacements()).as("episodePlacements").isEqualTo(expected.episodePlacements());
        for (int i = 0; i < expected.participantCount(); i++) {
            String id = expected.id(i);
            assertThat(actual.id(i)).as("id(%s)", i).isEqualTo(id);
            assertThat(actual.indexOf(id)).as("indexOf(%s)", shown(id)).isEqualTo(i);
            assertThat(actual.startDay(i)).as("startDay(%s)", i).isEqualTo(expected.startDay(i));
            assertThat(actual.birthDay(i)).as("birthDay(%s)", i).isEqualTo(expected.birthDay(i));
            assertThat(actual.exitDay(i)).as("exitDay(%s)", i).isEqualTo(expected.exitDay(i));
            assertThat(actual.cohortIndex(i)).as("cohortIndex(%s)", i).isEqualTo(expected.cohortIndex(i));
            assertThat(actual.explicitCohort(i)).as("explicitCohort(%s)", i).isEqualTo(expected.explicitCohort(i));
            assertThat(actual.episodeCountOf(i)).as("episodeCountOf(%s)", i).isEqualTo(expected.episodeCountOf(i));
            for (int n = 0; n < expected.episodeCountOf(i); n++) {
                assertThat(actual.episodeOf(i, n)).as("episodeOf(%s, %s)", i, n).isEqualTo(expected.episodeOf(i, n));
            }
        }
        for (int e = 0; e < expected.episodeCount(); e++) {
            assertThat(actual.episodeParticipant(e)).as("episodeParticipant(%s)", e)
                    .isEqualTo(expected.episodeParticipant(e));
            assertThat(actual.episodeStartDay(e)).as("episodeStartDay(%s)", e).isEqualTo(expected.episodeStartDay(e));
            assertThat(actual.episodeEndDay(e)).as("episodeEndDay(%s)", e).isEqualTo(expected.episodeEndDay(e));
            assertThat(actual.episodeTypeIndex(e)).as("episodeTypeIndex(%s)", e).isEqualTo(expected.episodeTypeIndex(e));
            assertThat(actual.episodePlacementIndex(e)).as("episodePlacementIndex(%s)", e)
                    .isEqualTo(expected.episodePlacementIndex(e));
            assertThat(actual.episode(e)).as("episode(%s)", e).isEqualTo(expected.episode(e));
        }
    }
}
