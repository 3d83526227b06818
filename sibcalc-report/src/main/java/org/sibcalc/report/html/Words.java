package org.sibcalc.report.html;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Pieces of the charts' text alternatives. */
final class Words {

    private Words() {
    }

    /** Returns {@code "1 cohort"} or {@code "23 cohorts"}. */
    static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    /** Returns {@code " from FIRST to LAST"}, or {@code ", DATE"} for one date. */
    static String span(List<LocalDate> dates) {
        if (dates.size() == 1) {
            return ", " + dates.get(0);
        }
        return " from " + dates.get(0) + " to " + dates.get(dates.size() - 1);
    }

    /**
     * The lowest, the highest and the last of a list of figures, each with its key (the first key where
     * several have the same figure).
     */
    record Extremes(BigDecimal lowest, Object lowestKey, BigDecimal highest, Object highestKey, BigDecimal last,
            Object lastKey) {
    }

    /** Returns the extremes of the figures that are not null, or null when all are. */
    static Extremes extremes(List<?> keys, List<BigDecimal> figures) {
        Extremes extremes = null;
        for (int i = 0; i < figures.size(); i++) {
            BigDecimal f = figures.get(i);
            if (f == null) {
                continue;
            }
            Object key = keys.get(i);
            if (extremes == null) {
                extremes = new Extremes(f, key, f, key, f, key);
            } else {
                boolean lower = f.compareTo(extremes.lowest()) < 0;
                boolean higher = f.compareTo(extremes.highest()) > 0;
                extremes = new Extremes(lower ? f : extremes.lowest(), lower ? key : extremes.lowestKey(),
                        higher ? f : extremes.highest(), higher ? key : extremes.highestKey(), f, key);
            }
        }
        return extremes;
    }
}
