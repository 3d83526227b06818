package org.sibcalc.data.readers;

import java.lang.invoke.MethodHandles;
import org.jspecify.annotations.Nullable;
import org.sibcalc.data.CareData;

/**
 * What the file readers of {@code sibcalc-io} need of {@link CareData} beyond its public API: participants and
 * episodes added, and ids looked up, as a reader holds their fields (an id as a slice of its buffer, dates as
 * epoch days), so that a million rows make no String or record each. Not part of the API: the package is
 * exported to {@code org.sibcalc.io} alone, and an application uses {@link CareData#builder()} and records.
 *
 * <p>Days are epoch days; {@link CareData#NO_DAY} is an absent birth or exit date and {@link CareData#OPEN} an
 * episode still open.
 */
public final class ReaderAccess {

    /** What {@link CareData} gives the readers; it registers its one implementation as it is initialised. */
    public interface Ids {
        /**
         * As {@link ReaderAccess#addIfNew}.
         *
         * @param builder the builder
         * @param id the characters holding the id
         * @param from where the id starts
         * @param to where the id ends, exclusive
         * @param startDay the start, an epoch day
         * @param cohortLabel the cohort label, or null to derive it
         * @param birthDay the birth day or {@link CareData#NO_DAY}
         * @param exitDay the exit day or {@link CareData#NO_DAY}
         * @return the new participant's position, or {@code -1 - position} of the one added before
         */
        int addIfNew(CareData.Builder builder, char[] id, int from, int to, int startDay,
                @Nullable String cohortLabel, int birthDay, int exitDay);


        /**
         * As {@link ReaderAccess#indexOf(CareData.Builder, char[], int, int, int)}.
         *
         * @param builder the builder
         * @param id the characters holding the id
         * @param from where the id starts
         * @param to where the id ends, exclusive
         * @param hint where to look first
         * @return the participant's position, or -1
         */
        int indexOf(CareData.Builder builder, char[] id, int from, int to, int hint);

        /**
         * As {@link ReaderAccess#indexOf(CareData, char[], int, int, int)}.
         *
         * @param data the care data
         * @param id the characters holding the id
         * @param from where the id starts
         * @param to where the id ends, exclusive
         * @param hint where to look first
         * @return the participant's position, or -1
         */
        int indexOf(CareData data, char[] id, int from, int to, int hint);

        /**
         * As {@link ReaderAccess#hasId}.
         *
         * @param data the care data
         * @param i the participant's position
         * @param id the characters holding the id
         * @param from where the id starts
         * @param to where the id ends, exclusive
         * @return true when participant {@code i} has that id
         */
        boolean hasId(CareData data, int i, char[] id, int from, int to);

        /**
         * As {@link ReaderAccess#checkEpisode}.
         *
         * @param id the characters holding the id
         * @param from where the id starts
         * @param to where the id ends, exclusive
         * @param start the start, an epoch day
         * @param end the recorded end, an epoch day or {@link CareData#OPEN}
         * @param type the type, not null
         * @param placement the placement, {@code ""} for none
         */
        void checkEpisode(char[] id, int from, int to, int start, int end, String type, String placement);
    }

    private static volatile @Nullable Ids ids;

    /**
     * CareData's Ids, which it registers as it is initialised: a reader may come here first, and then this
     * initialises CareData. Not in this class's own initialiser: one thread initialising CareData (which
     * registers here) while another initialised this class waiting for CareData would wait for each other for
     * ever (a reading thread and the main thread at the start of a run did).
     */
    private static Ids ids() {
        Ids registered = ids;
        if (registered == null) {
            try {
                MethodHandles.lookup().ensureInitialized(CareData.class);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            registered = java.util.Objects.requireNonNull(ids, "CareData registered no reader access");
        }
        return registered;
    }

    private ReaderAccess() {
    }

    /**
     * Registers what {@link CareData} gives the readers: called once, by {@code CareData} itself.
     *
     * @param implementation the implementation, not null
     * @throws IllegalStateException when one is registered already
     */
    public static synchronized void register(Ids implementation) {
        if (ids != null) {
            throw new IllegalStateException("CareData's reader access is registered already");
        }
        ids = java.util.Objects.requireNonNull(implementation, "implementation");
    }

    /**
     * Adds a participant given as a reader holds its fields, unless one with the same id was added before: the
     * id is {@code id[from, to)}, the dates epoch days or {@link CareData#NO_DAY}.
     *
     * @param builder the builder, not null
     * @param id the characters holding the id
     * @param from where the id starts in {@code id}
     * @param to where the id ends in {@code id} (exclusive)
     * @param startDay the first day of tracking, an epoch day
     * @param cohortLabel the cohort label, or null to derive it from the start
     * @param birthDay the birth date as an epoch day, or {@link CareData#NO_DAY}
     * @param exitDay the exit date as an epoch day, or {@link CareData#NO_DAY}
     * @return the new participant's position, or {@code -1 - position} of the one added before
     * @throws org.sibcalc.basics.InvalidValueException naming the field when the fields do not make a valid
     *         participant
     */
    public static int addIfNew(CareData.Builder builder, char[] id, int from, int to, int startDay,
            @Nullable String cohortLabel, int birthDay, int exitDay) {
        return ids().addIfNew(builder, id, from, to, startDay, cohortLabel, birthDay, exitDay);
    }

    /**
     * Returns the position of the participant added whose id is {@code id[from, to)}, or -1. Ids looked up in
     * the order of the participants are found quickest with {@code hint}, the position after the last one found;
     * any hint gives the right answer.
     *
     * @param builder the builder, not null
     * @param id the characters holding the id
     * @param from where the id starts in {@code id}
     * @param to where the id ends in {@code id} (exclusive)
     * @param hint where to look first, any position
     * @return the participant's position, or -1
     */
    public static int indexOf(CareData.Builder builder, char[] id, int from, int to, int hint) {
        return ids().indexOf(builder, id, from, to, hint);
    }

    /**
     * Returns the position of the participant whose id is {@code id[from, to)}, or -1, without making a String;
     * {@code hint} as for the builder's.
     *
     * @param data the care data, not null
     * @param id the characters holding the id
     * @param from where the id starts in {@code id}
     * @param to where the id ends in {@code id} (exclusive)
     * @param hint where to look first, any position
     * @return the participant's position, or -1
     */
    public static int indexOf(CareData data, char[] id, int from, int to, int hint) {
        return ids().indexOf(data, id, from, to, hint);
    }

    /**
     * Returns true when participant {@code i}'s id is {@code id[from, to)}.
     *
     * @param data the care data, not null
     * @param i the participant's position
     * @param id the characters holding the id
     * @param from where the id starts in {@code id}
     * @param to where the id ends in {@code id} (exclusive)
     * @return true when the ids are the same
     */
    public static boolean hasId(CareData data, int i, char[] id, int from, int to) {
        return ids().hasId(data, i, id, from, to);
    }

    /**
     * Checks an episode's fields as a reader holds them, and only when they are bad makes the record, to throw
     * what its constructor says.
     *
     * @param id the characters holding the id
     * @param from where the id starts in {@code id}
     * @param to where the id ends in {@code id} (exclusive)
     * @param start the first day, an epoch day
     * @param end the recorded end, an epoch day or {@link CareData#OPEN}
     * @param type the episode's type, not null
     * @param placement the episode's placement, {@code ""} for none; not null
     * @throws org.sibcalc.basics.InvalidValueException naming the first bad field
     */
    public static void checkEpisode(char[] id, int from, int to, int start, int end, String type, String placement) {
        ids().checkEpisode(id, from, to, start, end, type, placement);
    }
}
