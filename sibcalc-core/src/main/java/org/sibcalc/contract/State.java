package org.sibcalc.contract;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sibcalc.basics.InvalidValueException;

/**
 * A named set of a participant's episodes, such as "foster" or "residential": the episodes whose type is in
 * {@code types} (when given) and whose placement is in {@code placements} (when given). Texts match
 * exactly (case-sensitive) the trimmed text of the episode's field.
 *
 * <p>The state {@code care} is the episodes whose type is one of the contract's care types (every episode
 * when the contract lists none). A state by placements alone holds episodes of any type, also those that
 * do not count as care.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>{@link #ofTypes}, {@link #ofPlacements} and {@link #of(Set, Set)} make a state without writing an
 * {@code Optional}.
 *
 * @param types      the episode types of the state; empty for any type; not an empty set
 * @param placements the placements of the state; empty for any placement; not an empty set
 */
public record State(Optional<Set<String>> types, Optional<Set<String>> placements) {

    /** The name of the state of the episodes that count as care. */
    public static final String CARE = "care";

    /**
     * Validates the lists: at least one is given, neither is empty, every text is trimmed and non-blank.
     *
     * @param types the {@link #types() types} record component
     * @param placements the {@link #placements() placements} record component
     */
    public State {
        Objects.requireNonNull(types, "types (an Optional)");
        Objects.requireNonNull(placements, "placements (an Optional)");
        if (types.isEmpty() && placements.isEmpty()) {
            throw new InvalidValueException("types", "is required when placements is not given: a state gives types, placements or both");
        }
        types = types.map(texts -> texts("types", texts));
        placements = placements.map(texts -> texts("placements", texts));
    }

    /**
     * {@return the state of the episodes of these types, whatever their placement}
     *
     * @param types the episode types, not empty
     */
    public static State ofTypes(Set<String> types) {
        return new State(Optional.of(types), Optional.empty());
    }

    /**
     * {@return the state of the episodes of these types with these placements}
     *
     * @param types the episode types, not empty
     * @param placements the placements, not empty
     */
    public static State of(Set<String> types, Set<String> placements) {
        return new State(Optional.of(types), Optional.of(placements));
    }

    /**
     * {@return the state of the episodes with these placements, whatever their type}
     *
     * @param placements the placements, not empty
     */
    public static State ofPlacements(Set<String> placements) {
        return new State(Optional.empty(), Optional.of(placements));
    }

    /**
     * {@return true when an episode of this type and placement (trimmed texts, not null) is in the state}
     *
     * @param type the episode's type
     * @param placement the episode's placement, {@code ""} for none
     */
    public boolean contains(String type, String placement) {
        return (types.isEmpty() || types.get().contains(type))
                && (placements.isEmpty() || placements.get().contains(placement));
    }

    private static Set<String> texts(String field, Set<String> texts) {
        if (texts.isEmpty()) {
            throw new InvalidValueException(field, "must list at least one text (leave it out to match any)");
        }
        for (String text : texts) {
            if (text == null || text.isBlank() || !text.equals(text.strip())) {
                throw new InvalidValueException(field, "'" + text + "' is not a trimmed, non-blank text");
            }
        }
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(texts));
    }
}
