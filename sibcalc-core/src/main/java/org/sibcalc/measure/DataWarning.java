package org.sibcalc.measure;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;

/**
 * Something in the data a commissioner should look at, which does not stop the calculation (see
 * docs/input-files.md, "Warnings").
 *
 * <p>A warning holds the facts (its kind, the participant, the episodes, the days) and writes its sentence
 * only when {@link #message()} is asked for: a million-row file may give a hundred thousand warnings, of
 * which a command line shows twenty. Equal warnings have equal facts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DataWarning {

    /** The kinds of warning the calculation reports. */
    public enum Kind {
        /** Two counted episodes of one participant share days; those days are counted once. */
        OVERLAPPING_EPISODES,
        /** A counted episode ends on the day it starts and counts no days. */
        ZERO_LENGTH_EPISODE,
        /** A counted episode has no day in the participant's whole tracking window. */
        EPISODE_OUTSIDE_WINDOW,
        /** A participant starts after the reporting date and is not counted. */
        STARTS_AFTER_REPORTING_DATE
    }

    private final Kind kind;
    private final CareData data; // where the ids and dates are, for the message
    private final int participant;
    private final int episode;
    private final int otherEpisode;
    private final int from; // the window [from, to), or the reporting day in from
    private final int to;

    private DataWarning(Kind kind, CareData data, int participant, int episode, int otherEpisode, int from, int to) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.data = Objects.requireNonNull(data, "data");
        this.participant = participant;
        this.episode = episode;
        this.otherEpisode = otherEpisode;
        this.from = from;
        this.to = to;
    }

    /** Episode {@code episode} of participant {@code participant} ends on the day it starts. */
    static DataWarning zeroLength(CareData data, int participant, int episode) {
        return new DataWarning(Kind.ZERO_LENGTH_EPISODE, data, participant, episode, -1, 0, 0);
    }

    /** The episode has no day in the whole tracking window {@code [from, to)} (epoch days). */
    static DataWarning outsideWindow(CareData data, int participant, int episode, int from, int to) {
        return new DataWarning(Kind.EPISODE_OUTSIDE_WINDOW, data, participant, episode, -1, from, to);
    }

    /** The episode overlaps {@code earlier}, the episode before it that reaches furthest. */
    static DataWarning overlapping(CareData data, int participant, int episode, int earlier) {
        return new DataWarning(Kind.OVERLAPPING_EPISODES, data, participant, episode, earlier, 0, 0);
    }

    /** The participant starts after {@code reportingDay}, the reporting date as an epoch day. */
    static DataWarning startsAfterReportingDate(CareData data, int participant, int reportingDay) {
        return new DataWarning(Kind.STARTS_AFTER_REPORTING_DATE, data, participant, -1, -1, reportingDay, 0);
    }

    /** {@return what kind of warning this is, never null} */
    public Kind kind() {
        return kind;
    }

    /** {@return the id of the participant the warning is about, as the data gives it, never null} */
    public String participantId() {
        return data.id(participant);
    }

    /** {@return the participant's position in the care data, from 0: {@code CareData.participant(int)} gives it} */
    public int participantIndex() {
        return participant;
    }

    /** {@return the episode the warning is about; empty when it is about the participant alone} */
    public Optional<CareEpisode> episode() {
        return episode < 0 ? Optional.empty() : Optional.of(data.episode(episode));
    }

    /**
     * {@return the episode's position in the care data, from 0 ({@code CareData.episode(int)} gives it); empty when
     * the warning is about the participant alone}
     */
    public OptionalInt episodeIndex() {
        return episode < 0 ? OptionalInt.empty() : OptionalInt.of(episode);
    }

    /** {@return for overlapping episodes, the earlier episode the {@link #episode() episode} overlaps; else empty} */
    public Optional<CareEpisode> otherEpisode() {
        return otherEpisode < 0 ? Optional.empty() : Optional.of(data.episode(otherEpisode));
    }

    /** {@return for overlapping episodes, the position of the earlier episode in the care data; else empty} */
    public OptionalInt otherEpisodeIndex() {
        return otherEpisode < 0 ? OptionalInt.empty() : OptionalInt.of(otherEpisode);
    }

    /** {@return the input field the warning is about, {@code start} or {@code end}, never null} */
    public String field() {
        return kind == Kind.ZERO_LENGTH_EPISODE ? "end" : "start";
    }

    /** {@return a sentence naming the participant, the dates and what follows from them, never null} */
    public String message() {
        switch (kind) {
            case ZERO_LENGTH_EPISODE:
                return episode(episode) + " ends on the day it starts and counts no days";
            case EPISODE_OUTSIDE_WINDOW:
                return episode(episode) + " has no day in the tracking window " + span(from, to) + " and counts no days";
            case OVERLAPPING_EPISODES:
                return episode(episode) + " overlaps " + episode(otherEpisode) + "; the days in both are counted once";
            case STARTS_AFTER_REPORTING_DATE:
                return "'" + data.id(participant) + "' starts on " + LocalDate.ofEpochDay(data.startDay(participant))
                        + ", after the reporting date " + LocalDate.ofEpochDay(from) + ", and is not counted";
            default:
                throw new AssertionError(kind);
        }
    }

    private String episode(int e) {
        int end = data.episodeEndDay(e);
        return "episode of '" + data.id(data.episodeParticipant(e)) + "' from " + LocalDate.ofEpochDay(data.episodeStartDay(e))
                + (end == CareData.OPEN ? " (open)" : " to " + LocalDate.ofEpochDay(end));
    }

    private static String span(int from, int to) {
        return to <= from ? "(empty)" : LocalDate.ofEpochDay(from) + " to " + LocalDate.ofEpochDay(to - 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataWarning w && w.kind == kind && w.data == data && w.participant == participant
                && w.episode == episode && w.otherEpisode == otherEpisode && w.from == from && w.to == to;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, participant, episode, otherEpisode, from, to);
    }

    /** Returns the kind, the field and the message, for debugging. */
    @Override
    public String toString() {
        return kind + " " + field() + ": " + message();
    }
}
