package org.sibcalc.report.html;

import java.util.Objects;

/**
 * One headline figure: a label, the figure as people read it and a line saying what it is made of.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id     the HTML id of the figure, such as {@code headline-care-proportion}; its value has the id
 *               {@code id + "-value"}; not null
 * @param label  what the figure is, such as {@code Care proportion}; not null
 * @param value  the figure, written by {@link org.sibcalc.io.FigureText}; not null
 * @param detail what the figure is made of, or the empty text; not null
 */
public record Figure(String id, String label, String value, String detail) {

    /**
     * Checks that every field is present.
     *
     * @param id the {@link #id() id} record component
     * @param label the {@link #label() label} record component
     * @param value the {@link #value() value} record component
     * @param detail the {@link #detail() detail} record component
     */
    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(detail, "detail");
    }
}
