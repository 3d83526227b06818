package org.sibcalc.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sibcalc.basics.IntColumn;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.data.readers.ReaderAccess;

/**
 * The participants of a programme and their care episodes, validated and stored compactly.
 *
 * <p>Participants are numbered 0, 1, ... in the order they were added, and so are episodes. Dates are
 * held as epoch days ({@link LocalDate#toEpochDay()}) in int columns, about 20 bytes a participant and 20
 * an episode, so that millions of young people fit in a small heap; an episode's type and placement are
 * each held as a number into the list of distinct ones. The {@code ...Day} accessors give
 * those numbers to calculations; {@link #participant(int)} and {@link #episode(int)} give the records
 * back.
 *
 * <p>Each participant's episodes are kept in order of start day, so a calculation reads them once,
 * already sorted.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CareData {

    /** The day value of a birth or exit date that is not known. */
    public static final int NO_DAY = Integer.MIN_VALUE;
    /** The end day value of an open episode. */
    public static final int OPEN = Integer.MAX_VALUE;
    /** The cohort index of a participant whose cohort is derived from the start by the contract. */
    public static final int DERIVED_COHORT = -1;

    static {
        ReaderAccess.register(new ReaderAccess.Ids() {
            @Override
            public int addIfNew(Builder builder, char[] id, int from, int to, int startDay, String cohortLabel,
                    int birthDay, int exitDay) {
                return builder.addIfNew(id, from, to, startDay, cohortLabel, birthDay, exitDay);
            }

            @Override
            public int indexOf(Builder builder, char[] id, int from, int to, int hint) {
                return builder.indexOf(id, from, to, hint);
            }

            @Override
            public int indexOf(CareData data, char[] id, int from, int to, int hint) {
                return data.indexOf(id, from, to, hint);
            }

            @Override
            public boolean hasId(CareData data, int i, char[] id, int from, int to) {
                return data.hasId(i, id, from, to);
            }

            @Override
            public void checkEpisode(char[] id, int from, int to, int start, int end, String type, String placement) {
                CareEpisode.check(id, from, to, start, end, type, placement);
            }
        });
    }

    private final IdIndex ids;
    // The columns are the builder's own arrays, shared: a column's first participants (or episodes) entries are
    // its values, the rest room the builder had made (IntColumn.shared), never read here.
    private final int participants;
    private final int episodes;
    private final int[] start;
    private final int[] birth;
    private final int[] exit;
    private final int[] cohort;
    private final List<String> cohortLabels;

    private final int[] episodeParticipant;
    private final int[] episodeStart;
    private final int[] episodeEnd;
    private final int[] episodeType;
    private final List<String> episodeTypes;
    private final int[] episodePlacement;
    private final List<String> episodePlacements;
    private final int[] episodeOffsets; // episodes of participant i: byParticipant[offsets[i], offsets[i + 1])
    private final int[] byParticipant;
    // The days and type of each episode again, in byParticipant's order: the calculation reads a participant's
    // episodes one after another here, where the episode columns (in the files' order, which need not be the
    // participants') would send it anywhere in memory for each participant.
    private final int[] groupedStart;
    private final int[] groupedEnd;
    private final int[] groupedType;

    private CareData(Builder b) {
        ids = b.ids.snapshot();
        participants = b.start.size();
        episodes = b.episodeStart.size();
        start = b.start.shared();
        birth = b.birth.shared();
        exit = b.exit.shared();
        cohort = b.cohort.shared();
        cohortLabels = List.copyOf(b.cohortLabels);
        episodeParticipant = b.episodeParticipant.shared();
        episodeStart = b.episodeStart.shared();
        episodeEnd = b.episodeEnd.shared();
        episodeType = b.episodeType.shared();
        episodeTypes = List.copyOf(b.episodeTypes);
        episodePlacement = b.episodePlacement.shared();
        episodePlacements = List.copyOf(b.episodePlacements);
        episodeOffsets = new int[participants + 1];
        byParticipant = groupByParticipant(episodeParticipant, episodeStart, episodes, episodeOffsets);
        groupedStart = new int[byParticipant.length];
        groupedEnd = new int[byParticipant.length];
        groupedType = new int[byParticipant.length];
        for (int k = 0; k < byParticipant.length; k++) { // reads that do not wait on each other
            int e = byParticipant[k];
            groupedStart[k] = episodeStart[e];
            groupedEnd[k] = episodeEnd[e];
            groupedType[k] = episodeType[e];
        }
    }

    /**
     * Returns the data of the given participants and episodes.
     *
     * @param participants the participants, ids unique; not null
     * @param episodes the episodes, each of one of the participants; not null
     * @return the data, participants and episodes in the order given
     * @throws InvalidValueException on a duplicate participant id or an episode whose id matches no participant
     */
    public static CareData of(Collection<Participant> participants, Collection<CareEpisode> episodes) {
        Builder builder = builder();
        participants.forEach(builder::add);
        episodes.forEach(builder::add);
        return builder.build();
    }

    /**
     * Returns an empty builder; add every participant before their episodes.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder(0);
    }

    /**
     * Returns an empty builder with room for about {@code expectedParticipants} participants before it
     * grows; more or fewer may be added.
     *
     * @param expectedParticipants about how many participants will be added
     * @return a new builder
     */
    public static Builder builder(int expectedParticipants) {
        return new Builder(expectedParticipants);
    }

    /** {@return how many participants there are} */
    public int participantCount() {
        return participants;
    }

    /** {@return how many episodes there are} */
    public int episodeCount() {
        return episodes;
    }

    /**
     * {@return the position of the participant with this id, or -1 when there is none}
     *
     * @param id the participant's id, not null
     */
    public int indexOf(String id) {
        return ids.indexOf(id);
    }

    /**
     * {@return the id of participant {@code i}, never null}
     *
     * @param i the participant's position, from 0 to {@link #participantCount()} exclusive
     */
    public String id(int i) {
        return ids.get(i);
    }

    /**
     * Returns the position of the participant whose id is {@code id[from, to)}, or -1 when there is none, without
     * making a String. Ids looked up in the order of the participants are found quickest with {@code hint}, the
     * position after the last one found; any hint gives the right answer.
     *
     * @param id the characters holding the id
     * @param from the id's first character in {@code id}
     * @param to the end of the id in {@code id}, exclusive
     * @param hint the position to look at first
     * @return the participant's position, or -1
     */
    int indexOf(char[] id, int from, int to, int hint) {
        return ids.indexOf(id, from, to, Math.max(0, hint));
    }

    /**
     * Returns true when participant {@code i}'s id is {@code id[from, to)}.
     *
     * @param i the participant's position
     * @param id the characters holding the id
     * @param from the id's first character in {@code id}
     * @param to the end of the id in {@code id}, exclusive
     * @return true when the ids are the same
     */
    boolean hasId(int i, char[] id, int from, int to) {
        return ids.matches(i, id, from, to);
    }

    /**
     * Returns the position of the participant with the id of participant {@code j} of {@code other}, or -1 when
     * there is none, without making a String; {@code hint} as for {@link #indexOf(char[], int, int, int)}.
     *
     * @param other the other care data
     * @param j the participant's position in {@code other}
     * @param hint the position to look at first
     * @return the participant's position here, or -1
     */
    public int indexOf(CareData other, int j, int hint) {
        if (hint >= 0 && hint < participantCount() && ids.matches(hint, other.ids, j)) {
            return hint;
        }
        return ids.indexOf(other.ids, j, Math.max(0, hint));
    }

    /**
     * Returns true when participant {@code i} here and participant {@code j} of {@code other} have the same id.
     *
     * @param i the participant's position here
     * @param other the other care data
     * @param j the participant's position in {@code other}
     * @return true when the ids are the same
     */
    public boolean sameId(int i, CareData other, int j) {
        return ids.matches(i, other.ids, j);
    }

    /**
     * {@return participant {@code i} as a record}
     *
     * @param i the participant's position, from 0 to {@link #participantCount()} exclusive
     */
    public Participant participant(int i) {
        return Participant.ofNullable(id(i), date(startDay(i)), explicitCohort(i), date(birth[i]), date(exit[i]));
    }

    /**
     * {@return the first day of tracking of participant {@code i}, as an epoch day}
     *
     * @param i the participant's position, from 0 to {@link #participantCount()} exclusive
     */
    public int startDay(int i) {
        return start[Objects.checkIndex(i, participants)];
    }

    /**
     * {@return the birth date of participant {@code i} as an epoch day, or {@link #NO_DAY}}
     *
     * @param i the participant's position, from 0 to {@link #participantCount()} exclusive
     */
    public int birthDay(int i) {
        return birth[Objects.checkIndex(i, participants)];
    }

    /**
     * {@return the exit date of participant {@code i} as an epoch day, or {@link #NO_DAY}}
     *
     * @param i the participant's position, from 0 to {@link #participantCount()} exclusive
     */
    public int exitDay(int i) {
        return exit[Objects.checkIndex(i, participants)];
    }

    /**
     * Returns the index in {@link #cohortLabels()} of the cohort given for participant {@code i}, or
     * {@link #DERIVED_COHORT} when it is to be derived from the start.
     *
     * @param i the participant's position, from 0 to {@link #participantCount()} exclusive
     * @return the cohort's index, or {@link #DERIVED_COHORT}
     */
    public int cohortIndex(int i) {
        return cohort[Objects.checkIndex(i, participants)];
    }

    /**
     * {@return the cohort label given for participant {@code i}, or null when it is derived from the start}
     * Null rather than an {@link Optional}, as the engine asks this of every participant (docs/api.md);
     * {@link #participant(int)}{@code .cohort()} is the same as an {@code Optional}.
     *
     * @param i the participant's position, from 0 to {@link #participantCount()} exclusive
     */
    public @Nullable String explicitCohort(int i) {
        int c = cohortIndex(i);
        return c == DERIVED_COHORT ? null : cohortLabels.get(c);
    }

    /** {@return the distinct cohort labels given in the data, in order of first appearance} */
    public List<String> cohortLabels() {
        return cohortLabels;
    }

    /**
     * {@return episode {@code e} as a record}
     *
     * @param e the episode's position, from 0 to {@link #episodeCount()} exclusive
     */
    public CareEpisode episode(int e) {
        return new CareEpisode(id(episodeParticipant(e)), date(episodeStart[e]),
                Optional.ofNullable(episodeEnd[e] == OPEN ? null : date(episodeEnd[e])), episodeTypes.get(episodeType[e]),
                episodePlacements.get(episodePlacement[e]));
    }

    /**
     * {@return the participant position of episode {@code e}}
     *
     * @param e the episode's position, from 0 to {@link #episodeCount()} exclusive
     */
    public int episodeParticipant(int e) {
        return episodeParticipant[Objects.checkIndex(e, episodes)];
    }

    /**
     * {@return the first day of episode {@code e}, as an epoch day}
     *
     * @param e the episode's position, from 0 to {@link #episodeCount()} exclusive
     */
    public int episodeStartDay(int e) {
        return episodeStart[Objects.checkIndex(e, episodes)];
    }

    /**
     * {@return the recorded end of episode {@code e} as an epoch day, or {@link #OPEN}}
     *
     * @param e the episode's position, from 0 to {@link #episodeCount()} exclusive
     */
    public int episodeEndDay(int e) {
        return episodeEnd[Objects.checkIndex(e, episodes)];
    }

    /**
     * {@return the index of episode {@code e}'s type in {@link #episodeTypes()}}
     *
     * @param e the episode's position, from 0 to {@link #episodeCount()} exclusive
     */
    public int episodeTypeIndex(int e) {
        return episodeType[Objects.checkIndex(e, episodes)];
    }

    /** {@return the distinct episode types, in order of first appearance} */
    public List<String> episodeTypes() {
        return episodeTypes;
    }

    /**
     * {@return the index of episode {@code e}'s placement in {@link #episodePlacements()}}
     *
     * @param e the episode's position, from 0 to {@link #episodeCount()} exclusive
     */
    public int episodePlacementIndex(int e) {
        return episodePlacement[Objects.checkIndex(e, episodes)];
    }

    /**
     * Returns the distinct episode placements, in order of first appearance; {@code ""} is among them when
     * an episode has no placement.
     *
     * @return the placements, never null
     */
    public List<String> episodePlacements() {
        return episodePlacements;
    }

    /**
     * {@return how many episodes participant {@code i} has}
     *
     * @param i the participant's position, from 0 to {@link #participantCount()} exclusive
     */
    public int episodeCountOf(int i) {
        return episodeOffsets[i + 1] - episodeOffsets[i];
    }

    /**
     * {@return the episode index of the {@code n}-th episode of participant {@code i}, in order of start}
     *
     * @param i the participant's position, from 0 to {@link #participantCount()} exclusive
     * @param n the episode's number among the participant's, from 0 to {@link #episodeCountOf(int)} exclusive
     */
    public int episodeOf(int i, int n) {
        return byParticipant[episodeOffsets[i] + n];
    }

    /**
     * {@return {@link #episodeStartDay(int)} of {@link #episodeOf(int, int) episodeOf(i, n)}, read where a
     * participant's episodes are one after another}
     *
     * @param i the participant's position, from 0 to {@link #participantCount()} exclusive
     * @param n the episode's number among the participant's, from 0 to {@link #episodeCountOf(int)} exclusive
     */
    public int episodeStartDayOf(int i, int n) {
        return groupedStart[episodeOffsets[i] + n];
    }

    /**
     * {@return {@link #episodeEndDay(int)} of {@link #episodeOf(int, int) episodeOf(i, n)}, read where a
     * participant's episodes are one after another}
     *
     * @param i the participant's position, from 0 to {@link #participantCount()} exclusive
     * @param n the episode's number among the participant's, from 0 to {@link #episodeCountOf(int)} exclusive
     */
    public int episodeEndDayOf(int i, int n) {
        return groupedEnd[episodeOffsets[i] + n];
    }

    /**
     * {@return {@link #episodeTypeIndex(int)} of {@link #episodeOf(int, int) episodeOf(i, n)}, read where a
     * participant's episodes are one after another}
     *
     * @param i the participant's position, from 0 to {@link #participantCount()} exclusive
     * @param n the episode's number among the participant's, from 0 to {@link #episodeCountOf(int)} exclusive
     */
    public int episodeTypeIndexOf(int i, int n) {
        return groupedType[episodeOffsets[i] + n];
    }

    /** Returns the date of an epoch day, or null for {@link #NO_DAY}. */
    static @Nullable LocalDate date(int day) {
        return day == NO_DAY ? null : LocalDate.ofEpochDay(day);
    }

    /**
     * A counting sort by participant of the first {@code n} episodes, then each participant's few episodes sorted
     * by start day.
     */
    private static int[] groupByParticipant(int[] participantOf, int[] startOf, int n, int[] offsets) {
        int[] runs = groupedAlready(participantOf, startOf, n, offsets);
        if (runs != null) {
            return runs;
        }
        Arrays.fill(offsets, 0);
        for (int e = 0; e < n; e++) {
            offsets[participantOf[e] + 1]++;
        }
        for (int i = 1; i < offsets.length; i++) {
            offsets[i] += offsets[i - 1];
        }
        int[] next = offsets.clone();
        int[] grouped = new int[n];
        // Each episode's start goes beside it, so that the sort compares neighbours, not episodes anywhere.
        int[] groupedStart = new int[n];
        for (int e = 0; e < n; e++) {
            int at = next[participantOf[e]]++;
            grouped[at] = e;
            groupedStart[at] = startOf[e];
        }
        for (int i = 0; i + 1 < offsets.length; i++) {
            for (int k = offsets[i] + 1; k < offsets[i + 1]; k++) {
                int e = grouped[k];
                int start = groupedStart[k];
                int j = k - 1;
                while (j >= offsets[i] && groupedStart[j] > start) {
                    grouped[j + 1] = grouped[j];
                    groupedStart[j + 1] = groupedStart[j];
                    j--;
                }
                grouped[j + 1] = e;
                groupedStart[j + 1] = start;
            }
        }
        return grouped;
    }

    /**
     * The grouping of {@link #groupByParticipant} when each participant's episodes already follow each other
     * in order of start (a file sorted by id, say), found without the sort: one look per participant at
     * where its run is, instead of one per episode at a place anywhere in the arrays. Returns null, with
     * {@code offsets} partly filled, as soon as a participant's episodes are found apart or out of order.
     */
    private static int[] groupedAlready(int[] participantOf, int[] startOf, int n, int[] offsets) {
        int participants = offsets.length - 1;
        int[] firstOf = new int[participants]; // participant → its first episode + 1, or 0 for none
        for (int e = 0; e < n; ) {
            int p = participantOf[e];
            if (firstOf[p] != 0) {
                return null; // a second run
            }
            firstOf[p] = e + 1;
            int end = e + 1;
            while (end < n && participantOf[end] == p) {
                if (startOf[end] < startOf[end - 1]) {
                    return null;
                }
                end++;
            }
            offsets[p + 1] = end - e;
            e = end;
        }
        for (int i = 1; i < offsets.length; i++) {
            offsets[i] += offsets[i - 1];
        }
        int[] grouped = new int[n];
        for (int p = 0; p < participants; p++) {
            int first = firstOf[p] - 1 - offsets[p];
            for (int k = offsets[p]; k < offsets[p + 1]; k++) {
                grouped[k] = first + k;
            }
        }
        return grouped;
    }

    /**
     * Collects participants and episodes. Not thread-safe; {@link #build()} gives the immutable data.
     */
    public static final class Builder {

        private final IdIndex ids;
        private final IntColumn start;
        private final IntColumn birth;
        private final IntColumn exit;
        private final IntColumn cohort;
        private final List<String> cohortLabels = new ArrayList<>();
        private final Map<String, Integer> cohortIndex = new HashMap<>();

        private final IntColumn episodeParticipant = new IntColumn();
        private final IntColumn episodeStart = new IntColumn();
        private final IntColumn episodeEnd = new IntColumn();
        private final IntColumn episodeType = new IntColumn();
        private final List<String> episodeTypes = new ArrayList<>();
        private final Map<String, Integer> typeIndex = new HashMap<>();
        private final IntColumn episodePlacement = new IntColumn();
        private final List<String> episodePlacements = new ArrayList<>();
        private final Map<String, Integer> placementIndex = new HashMap<>();
        private int lastMatched = -1;
        // The last few texts looked up, by identity: a reader hands over one String per distinct text, so an
        // episode's type and placement are found without comparing characters or a map look-up (placements
        // change from row to row). Slot text.hashCode() & 15; a text in a slot has been checked valid.
        private final String[] recentTypes = new String[16];
        private final int[] recentTypeIndex = new int[16];
        private final String[] recentPlacements = new String[16];
        private final int[] recentPlacementIndex = new int[16];

        private Builder(int expected) {
            if (expected < 0) {
                throw new IllegalArgumentException("expected participants must not be negative: " + expected);
            }
            ids = new IdIndex(expected);
            start = new IntColumn(expected);
            birth = new IntColumn(expected);
            exit = new IntColumn(expected);
            cohort = new IntColumn(expected);
        }

        /**
         * {@return the position of the participant with this id added so far, or -1}
         *
         * @param id the participant's id, not null
         */
        public int indexOf(String id) {
            return ids.indexOf(id);
        }

        /** {@return how many participants have been added} */
        public int participantCount() {
            return ids.size();
        }

        /**
         * {@return the start day (epoch day) of the participant added at {@code participant}}
         *
         * @param participant the position {@link #add(Participant)} or {@link #addIfNew} gave
         */
        public int startDay(int participant) {
            return start.get(Objects.checkIndex(participant, ids.size()));
        }

        /**
         * {@return the birth day (epoch day) of the participant added at {@code participant}, or {@link #NO_DAY}}
         *
         * @param participant the position {@link #add(Participant)} or {@link #addIfNew} gave
         */
        public int birthDay(int participant) {
            return birth.get(Objects.checkIndex(participant, ids.size()));
        }

        /**
         * Gives the participant added at {@code participant} a birth date found apart from its own row (such
         * as an SSDA903 Header table's {@code DOB}).
         *
         * @param birthDay epoch day, or {@link #NO_DAY} to forget it
         * @param participant the position {@link #add(Participant)} or {@link #addIfNew} gave
         * @throws InvalidValueException naming {@code birth_date} when it is after the participant's start
         */
        public void setBirthDay(int participant, int birthDay) {
            int startDay = startDay(participant);
            if (birthDay != NO_DAY && birthDay > startDay) {
                throw new InvalidValueException("birth_date", date(birthDay) + " is after start " + date(startDay));
            }
            birth.set(participant, birthDay);
        }

        /**
         * Adds a participant and returns its position.
         *
         * @param participant the participant, not null
         * @return the participant's position
         * @throws InvalidValueException naming {@code id} when a participant with that id was added before
         */
        public int add(Participant participant) {
            int position = addIfNew(participant);
            if (position < 0) {
                throw new InvalidValueException("id", "'" + participant.id() + "' is a duplicate");
            }
            return position;
        }

        /**
         * Adds a participant unless one with the same id was added before.
         *
         * @param participant the participant, not null
         * @return the new participant's position, or {@code -1 - position} of the one added before
         */
        public int addIfNew(Participant participant) {
            Objects.requireNonNull(participant, "participant");
            String id = participant.id();
            return addIfNew(id.toCharArray(), 0, id.length(), day(participant.start()),
                    participant.cohort().orElse(null), day(participant.birthDate().orElse(null)),
                    day(participant.exitDate().orElse(null)));
        }

        /**
         * Adds a participant given as a reader holds its fields, unless one with the same id was added
         * before: the id is {@code id[from, to)}, the dates are epoch days or {@link #NO_DAY}.
         *
         * @param id the characters holding the id
         * @param from where the id starts in {@code id}
         * @param to where the id ends in {@code id} (exclusive)
         * @param startDay the first day of tracking, an epoch day
         * @param cohortLabel the cohort label, or null to derive it from the start
         * @param birthDay the birth date as an epoch day, or {@link #NO_DAY}
         * @param exitDay the exit date as an epoch day, or {@link #NO_DAY}
         * @return the new participant's position, or {@code -1 - position} of the one added before
         * @throws InvalidValueException naming the field when the fields do not make a valid
         *                               {@link Participant}
         */
        int addIfNew(char[] id, int from, int to, int startDay, @Nullable String cohortLabel, int birthDay,
                int exitDay) {
            Participant.check(id, from, to, startDay, cohortLabel, birthDay, exitDay);
            int position = ids.addIfAbsent(id, from, to);
            if (position < 0) {
                return position;
            }
            start.add(startDay);
            birth.add(birthDay);
            exit.add(exitDay);
            cohort.add(cohortLabel == null ? DERIVED_COHORT : indexIn(cohortLabels, cohortIndex, cohortLabel));
            return position;
        }

        /**
         * Adds an episode of a participant added before, and returns its position.
         *
         * @param episode the episode, not null
         * @return the episode's position
         * @throws InvalidValueException naming {@code id} when no participant has the episode's id
         */
        public int add(CareEpisode episode) {
            int position = addIfMatched(episode);
            if (position < 0) {
                throw new InvalidValueException("id", "'" + episode.participantId() + "' matches no participant");
            }
            return position;
        }

        /**
         * Adds an episode if a participant with its id was added before.
         *
         * @param episode the episode, not null
         * @return the episode's position, or -1 when no participant has its id (nothing is added)
         */
        public int addIfMatched(CareEpisode episode) {
            Objects.requireNonNull(episode, "episode");
            String id = episode.participantId();
            // A child's episodes are usually listed together: the last match is where to look first.
            int participant = ids.indexOf(id.toCharArray(), 0, id.length(), Math.max(0, lastMatched));
            if (participant < 0) {
                return -1;
            }
            lastMatched = participant;
            return addEpisode(participant, day(episode.start()), episode.end().isEmpty() ? OPEN : day(episode.end().get()),
                    episode.type(), episode.placement());
        }

        /**
         * Returns the position of the participant whose id is {@code id[from, to)}, or -1 when there is none.
         *
         * @param id the characters holding the id
         * @param from where the id starts in {@code id}
         * @param to where the id ends in {@code id} (exclusive)
         * @return the participant's position, or -1
         */
        int indexOf(char[] id, int from, int to) {
            return ids.indexOf(id, from, to);
        }

        /**
         * As {@link #indexOf(char[], int, int)}. Ids looked up in the order of the participants are found
         * quickest with {@code hint}, the position after the last one found; any hint gives the right answer.
         *
         * @param id the characters holding the id
         * @param from where the id starts in {@code id}
         * @param to where the id ends in {@code id} (exclusive)
         * @param hint where to look first, any position
         * @return the participant's position, or -1
         */
        int indexOf(char[] id, int from, int to, int hint) {
            return ids.indexOf(id, from, to, hint);
        }

        /**
         * Adds an episode without a placement; see {@link #addEpisode(int, int, int, String, String)}.
         *
         * @param participant the position {@link #add(Participant)} or {@link #addIfNew} gave
         * @param startDay the first day, an epoch day
         * @param endDay the recorded end, an epoch day or {@link #OPEN}
         * @param type the episode's type, not null
         * @return the episode's position
         */
        public int addEpisode(int participant, int startDay, int endDay, String type) {
            return addEpisode(participant, startDay, endDay, type, CareEpisode.NO_PLACEMENT);
        }

        /**
         * Adds an episode of the participant at {@code participant}: the start is an epoch day, the end an
         * epoch day or {@link #OPEN}; the placement is {@code ""} when there is none.
         *
         * @param participant the position {@link #add(Participant)} or {@link #addIfNew} gave
         * @param startDay the first day, an epoch day
         * @param endDay the recorded end, an epoch day or {@link #OPEN}
         * @param type the episode's type, not null
         * @param placement the episode's placement, {@code ""} for none; not null
         * @return the episode's position
         * @throws InvalidValueException naming the field when the fields do not make a valid
         *                               {@link CareEpisode}
         * @throws IndexOutOfBoundsException when no participant has that position
         */
        public int addEpisode(int participant, int startDay, int endDay, String type, String placement) {
            Objects.checkIndex(participant, ids.size());
            int typeSlot = type == null ? 0 : type.hashCode() & 15;
            int placementSlot = placement == null ? 0 : placement.hashCode() & 15;
            // Texts seen recently were valid: then only the days are checked here.
            if (type == null || placement == null || recentTypes[typeSlot] != type
                    || recentPlacements[placementSlot] != placement || startDay == NO_DAY
                    || endDay != OPEN && endDay < startDay) {
                if (!CareEpisode.isValid(startDay, endDay, type, placement)) { // the id is made only for the message
                    CareEpisode.check(ids.get(participant), startDay, endDay, type, placement);
                }
                if (recentTypes[typeSlot] != type) {
                    recentTypes[typeSlot] = type;
                    recentTypeIndex[typeSlot] = indexIn(episodeTypes, typeIndex, type);
                }
                if (recentPlacements[placementSlot] != placement) {
                    recentPlacements[placementSlot] = placement;
                    recentPlacementIndex[placementSlot] = indexIn(episodePlacements, placementIndex, placement);
                }
            }
            episodeParticipant.add(participant);
            episodeStart.add(startDay);
            episodeEnd.add(endDay);
            episodeType.add(recentTypeIndex[typeSlot]);
            episodePlacement.add(recentPlacementIndex[placementSlot]);
            return episodeParticipant.size() - 1;
        }

        /**
         * Adds episodes in bulk, as {@link #addEpisode(int, int, int, String, String)} adds each: episode
         * {@code k} of the participant at {@code participants.get(k)}, from {@code startDays.get(k)} to
         * {@code endDays.get(k)}, of type {@code types.get(typeNumbers.get(k))} and placement
         * {@code placements.get(placementNumbers.get(k))}. A reader hands its columns over this way, the texts
         * each once. Either every episode is added or, when one is not valid, none.
         *
         * @param participants the participant of each episode, a position {@link #add(Participant)} gave
         * @param startDays each episode's first day, an epoch day
         * @param endDays each episode's recorded end, an epoch day or {@link #OPEN}
         * @param typeNumbers each episode's type, a number in {@code types}
         * @param types the types by number
         * @param placementNumbers each episode's placement, a number in {@code placements}
         * @param placements the placements by number, {@code ""} for none
         * @return this builder
         * @throws InvalidValueException naming the field, for the first episode that is not a valid
         *                               {@link CareEpisode}
         * @throws IndexOutOfBoundsException when no participant has a position given, or a number is not a text's
         * @throws IllegalArgumentException when the other columns are not all as long as {@code participants}
         */
        public Builder addEpisodes(IntColumn participants, IntColumn startDays, IntColumn endDays, IntColumn typeNumbers,
                List<String> types, IntColumn placementNumbers, List<String> placements) {
            int n = participants.size();
            if (startDays.size() != n || endDays.size() != n || typeNumbers.size() != n || placementNumbers.size() != n) {
                throw new IllegalArgumentException("the episodes' columns differ in length");
            }
            boolean[] validType = new boolean[types.size()];
            boolean[] validPlacement = new boolean[placements.size()];
            for (int c = 0; c < validType.length; c++) {
                validType[c] = CareEpisode.isValidType(types.get(c));
            }
            for (int c = 0; c < validPlacement.length; c++) {
                validPlacement[c] = CareEpisode.isValidPlacement(placements.get(c));
            }
            int participantCount = ids.size();
            for (int k = 0; k < n; k++) {
                int participant = Objects.checkIndex(participants.get(k), participantCount);
                int startDay = startDays.get(k);
                int endDay = endDays.get(k);
                int type = Objects.checkIndex(typeNumbers.get(k), validType.length);
                int placement = Objects.checkIndex(placementNumbers.get(k), validPlacement.length);
                if (!validType[type] || !validPlacement[placement] || startDay == NO_DAY
                        || endDay != OPEN && endDay < startDay) {
                    CareEpisode.check(ids.get(participant), startDay, endDay, types.get(type), placements.get(placement));
                }
            }
            // Every episode is valid: the texts are numbered in the order episodes first have them, as one by one.
            int[] typeOf = new int[types.size()];
            int[] placementOf = new int[placements.size()];
            Arrays.fill(typeOf, -1);
            Arrays.fill(placementOf, -1);
            for (int k = 0; k < n; k++) {
                int type = typeNumbers.get(k);
                if (typeOf[type] < 0) {
                    typeOf[type] = indexIn(episodeTypes, typeIndex, types.get(type));
                }
                int placement = placementNumbers.get(k);
                if (placementOf[placement] < 0) {
                    placementOf[placement] = indexIn(episodePlacements, placementIndex, placements.get(placement));
                }
            }
            episodeParticipant.addAll(participants);
            episodeStart.addAll(startDays);
            episodeEnd.addAll(endDays);
            episodeType.addMapped(typeNumbers, typeOf);
            episodePlacement.addMapped(placementNumbers, placementOf);
            return this;
        }

        /**
         * The index of {@code text} in {@code texts}, added if new: a look-up without the lambda, and so the
         * allocation, that {@code computeIfAbsent} would make at every call.
         */
        private static int indexIn(List<String> texts, Map<String, Integer> index, String text) {
            Integer known = index.get(text);
            if (known != null) {
                return known;
            }
            texts.add(text);
            index.put(text, texts.size() - 1);
            return texts.size() - 1;
        }

        /**
         * Makes room for about {@code episodes} more episodes before the builder's columns grow, as
         * {@link CareData#builder(int)} does for participants; more or fewer may be added.
         *
         * @param episodes about how many more episodes will be added
         * @return this builder
         */
        public Builder expectEpisodes(int episodes) {
            if (episodes < 0) {
                throw new IllegalArgumentException("expected episodes must not be negative: " + episodes);
            }
            int capacity = Math.addExact(episodeParticipant.size(), episodes);
            for (IntColumn column : List.of(episodeParticipant, episodeStart, episodeEnd, episodeType, episodePlacement)) {
                column.reserve(capacity);
            }
            return this;
        }

        /** {@return the data added so far; the builder may go on being used} */
        public CareData build() {
            return new CareData(this);
        }

        private static int day(@Nullable LocalDate date) {
            return date == null ? NO_DAY : Math.toIntExact(date.toEpochDay());
        }
    }
}
