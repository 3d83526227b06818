package org.sibcalc.report.html;

import java.util.Objects;

/**
 * A chart of the page: the SVG drawing, its caption and its text alternative. The table of its numbers is
 * beside it in the same section.
 *
 * <p>In the SVG, which has {@code role="img"} and is labelled by the caption and described by the
 * alternative, every point or bar drawn for a figure is a group {@code <g class="mark">} whose
 * {@code data-series} names its series and whose {@code data-key} names the date or cohort it stands for.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id          the chart's HTML id; the caption is {@code id + "-caption"}, the alternative
 *                    {@code id + "-alternative"}; not null
 * @param caption     what the chart shows, not null
 * @param svg         the {@code <svg>} element, not null
 * @param alternative the chart's content as a sentence or two, for anyone who cannot see it; not null
 */
public record Chart(String id, String caption, String svg, String alternative) {

    /**
     * Checks that every field is present.
     *
     * @param id the {@link #id() id} record component
     * @param caption the {@link #caption() caption} record component
     * @param svg the {@link #svg() svg} record component
     * @param alternative the {@link #alternative() alternative} record component
     */
    public Chart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(alternative, "alternative");
    }
}
