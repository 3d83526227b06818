package org.sibcalc.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.Participant;

/**
 * Young people's care histories written compactly, for tests of a payment mechanism.
 *
 * <pre>{@code
 * CareData data = CareHistories.builder()
 *         .child("A").born("2005-06-01").starts("2019-01-01")
 *             .inCare("2019-01-11", "2019-01-21")          // [11 Jan, 21 Jan): 10 days, type CARE
 *             .episode("2019-03-01", null, "C2", "U4")      // open, legal status C2, placement U4
 *         .child("B").starts("2019-01-01")
 *             .kind('F', "C2", "U4").kind('R', "C2", "R1")
 *             .days("..FFFFFFF.RRR+")                       // a day a character, from the start
 *         .build();
 * }</pre>
 *
 * <p>In {@link ChildBuilder#days(String)} each character is one day from the child's start: {@code .} is a
 * day with no episode; any other character a day of an episode of that character's kind ({@code kind(c,
 * type, placement)}; by default type {@code CARE} and placement the character itself). A run of one
 * character is one episode, its end the day after its last day (read with {@code episodeEnd: EXCLUSIVE});
 * a {@code +} at the end leaves the last episode open.
 *
 * <p>Dates are {@code yyyy-MM-dd}. The builder is not thread-safe; the data it builds are immutable.
 */
public final class CareHistories {

    private final List<Participant> participants = new ArrayList<>();
    private final List<CareEpisode> episodes = new ArrayList<>();

    private CareHistories() {
    }

    /** {@return an empty builder} */
    public static CareHistories builder() {
        return new CareHistories();
    }

    /**
     * Starts the history of the young person with this id; give its start next.
     *
     * @param id the young person's id, not null
     * @return the builder of this young person's history
     */
    public ChildBuilder child(String id) {
        return new ChildBuilder(this, Objects.requireNonNull(id, "id"));
    }

    /** {@return the participants and episodes, validated as any care data are} */
    public CareData build() {
        return CareData.of(participants, episodes);
    }

    /**
     * One young person's history: the start, and optionally the birth date, exit date and cohort, in any order,
     * then the episodes, such as {@code child("C1").born("2006-05-01").starts("2019-01-10").inCare("2019-02-01",
     * "2019-03-01")}.
     */
    public static final class ChildBuilder {
        private final CareHistories histories;
        private final String id;
        private LocalDate start;
        private LocalDate birthDate;
        private LocalDate exitDate;
        private String cohort;
        private final List<CareEpisode> episodes = new ArrayList<>();
        private final Map<Character, String[]> kinds = new HashMap<>();

        private ChildBuilder(CareHistories histories, String id) {
            this.histories = histories;
            this.id = id;
        }

        /**
         * Sets the first day of tracking.
         *
         * @param date the date, {@code yyyy-mm-dd}
         * @return this builder
         */
        public ChildBuilder starts(String date) {
            start = LocalDate.parse(date);
            return this;
        }

        /**
         * Sets the birth date.
         *
         * @param date the date, {@code yyyy-mm-dd}
         * @return this builder
         */
        public ChildBuilder born(String date) {
            birthDate = LocalDate.parse(date);
            return this;
        }

        /**
         * Sets the exit date: the first day no longer tracked.
         *
         * @param date the date, {@code yyyy-mm-dd}
         * @return this builder
         */
        public ChildBuilder exits(String date) {
            exitDate = LocalDate.parse(date);
            return this;
        }

        /**
         * Gives the cohort label, instead of the one derived from the start.
         *
         * @param label the cohort label, not null
         * @return this builder
         */
        public ChildBuilder cohort(String label) {
            cohort = Objects.requireNonNull(label, "label");
            return this;
        }

        /**
         * Adds an episode of type {@code CARE} from {@code start} to {@code end} (as recorded; null: open).
         *
         * @param start the first day, {@code yyyy-mm-dd}
         * @param end the end as recorded, {@code yyyy-mm-dd}, or null while open
         * @return this builder
         */
        public ChildBuilder inCare(String start, @Nullable String end) {
            return episode(start, end, CareEpisode.DEFAULT_TYPE, CareEpisode.NO_PLACEMENT);
        }

        /**
         * Adds an episode with a type and a placement; {@code end} as recorded, null while open.
         *
         * @param start the first day, {@code yyyy-mm-dd}
         * @param end the end as recorded, {@code yyyy-mm-dd}, or null while open
         * @param type the episode's type, not null
         * @param placement the episode's placement, {@code ""} for none; not null
         * @return this builder
         */
        public ChildBuilder episode(String start, @Nullable String end, String type, String placement) {
            episodes.add(new CareEpisode(id, LocalDate.parse(start),
                    end == null ? Optional.empty() : Optional.of(LocalDate.parse(end)), type, placement));
            return this;
        }

        /**
         * Says what a character of {@link #days(String)} stands for: an episode of this type and placement.
         *
         * @param letter the character, neither {@code .} nor {@code +}
         * @param type the episode's type, not null
         * @param placement the episode's placement, {@code ""} for none; not null
         * @return this builder
         */
        public ChildBuilder kind(char letter, String type, String placement) {
            kinds.put(letter, new String[] {type, placement});
            return this;
        }

        /**
         * Adds the episodes drawn day by day from the start: see the class description.
         *
         * @param pattern one character a day from the start; see the class description
         * @return this builder
         * @throws IllegalArgumentException when the start is not given yet
         */
        public ChildBuilder days(String pattern) {
            LocalDate start = started().start();
            boolean open = pattern.endsWith("+");
            String days = open ? pattern.substring(0, pattern.length() - 1) : pattern;
            int i = 0;
            while (i < days.length()) {
                char c = days.charAt(i);
                int j = i;
                while (j < days.length() && days.charAt(j) == c) {
                    j++;
                }
                if (c != '.') {
                    String[] kind = kinds.getOrDefault(c, new String[] {CareEpisode.DEFAULT_TYPE, String.valueOf(c)});
                    boolean last = j == days.length();
                    episodes.add(new CareEpisode(id, start.plusDays(i),
                            open && last ? Optional.empty() : Optional.of(start.plusDays(j)), kind[0], kind[1]));
                }
                i = j;
            }
            return this;
        }

        /**
         * Starts the next young person's history.
         *
         * @param nextId the next young person's id, not null
         * @return the builder of the next young person's history
         */
        public ChildBuilder child(String nextId) {
            finish();
            return histories.child(nextId);
        }

        /** {@return every history given, as care data} */
        public CareData build() {
            finish();
            return histories.build();
        }

        private void finish() {
            histories.participants.add(started());
            histories.episodes.addAll(episodes);
        }

        private Participant started() {
            if (start == null) {
                throw new IllegalArgumentException("Give " + id + "'s start first: child(\"" + id + "\").starts(\"2019-01-01\")");
            }
            Participant participant = Participant.of(id, start);
            if (birthDate != null) {
                participant = participant.withBirthDate(birthDate);
            }
            if (exitDate != null) {
                participant = participant.withExitDate(exitDate);
            }
            return cohort == null ? participant : participant.withCohort(cohort);
        }
    }
}
