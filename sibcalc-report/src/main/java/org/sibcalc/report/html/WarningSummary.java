package org.sibcalc.report.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.sibcalc.Statement;
import org.sibcalc.io.FigureText;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.Problem;
import org.sibcalc.measure.DataWarning;

/**
 * The warnings, by kind: how many of each, and the first {@value #FIRST} of each as written on standard
 * error ({@code episodes.csv:14: start: ...}). The kinds are the calculation's (overlapping episodes and
 * the others of {@link DataWarning.Kind}, in that order) and, when the input files are known, the readers'
 * warnings about the files themselves (an extra column, a type no episode has), together.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param total  the number of warnings
 * @param groups one group for each kind of warning there is, possibly none
 */
public record WarningSummary(int total, List<Group> groups) implements Section {

    /** The number of warnings listed for each kind. */
    public static final int FIRST = 5;

    /** The kind of the readers' warnings about the files. */
    public static final String INPUT_FILES = "input files";

    /**
     * Copies the groups.
     *
     * @param total the {@link #total() total} record component
     * @param groups the {@link #groups() groups} record component
     */
    public WarningSummary {
        groups = List.copyOf(groups);
    }

    /**
     * The warnings of one kind.
     *
     * @param kind  the kind in words, such as {@code overlapping episodes}; not null
     * @param count how many there are, one or more
     * @param first the first {@value WarningSummary#FIRST} or fewer, not null
     * @param more  how many are not listed, zero or more
     */
    public record Group(String kind, String count, List<String> first, int more) {

        /**
         * Checks the kind and copies the lines.
         *
         * @param kind the {@link #kind() kind} record component
         * @param count the {@link #count() count} record component
         * @param first the {@link #first() first} record component
         * @param more the {@link #more() more} record component
         */
        public Group {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(count, "count");
            first = List.copyOf(first);
        }

        /** {@return how many are not listed, as people read it} */
        public String moreText() {
            return FigureText.integer(more);
        }
    }

    /**
     * {@return the statement's own warnings, each as its message (the statement alone knows no file lines)}
     *
     * @param statement the statement, not null
     */
    public static WarningSummary of(Statement statement) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        dataWarnings(statement).forEach((kind, warnings) ->
                warnings.forEach(w -> byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(w.message())));
        return of(byKind);
    }

    /**
     * Returns the statement's warnings placed at their lines in the files, and the readers' warnings about
     * the files, whether or not the statement's warnings have been added to the files' report.
     *
     * @param statement the statement, not null
     * @param files the input files the statement was calculated from, not null
     * @return the warnings, grouped by kind
     */
    public static WarningSummary of(Statement statement, InputFiles files) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        Set<Problem> placed = new HashSet<>();
        dataWarnings(statement).forEach((kind, warnings) -> warnings.forEach(w -> {
            Problem problem = files.locate(w);
            placed.add(problem);
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(problem.toString());
        }));
        for (Problem problem : files.report().warnings()) {
            if (!placed.contains(problem)) {
                byKind.computeIfAbsent(INPUT_FILES, k -> new ArrayList<>()).add(problem.toString());
            }
        }
        return of(byKind);
    }

    private static Map<String, List<DataWarning>> dataWarnings(Statement statement) {
        Map<DataWarning.Kind, List<DataWarning>> byKind = new TreeMap<>();
        statement.warnings().forEach(w -> byKind.computeIfAbsent(w.kind(), k -> new ArrayList<>()).add(w));
        Map<String, List<DataWarning>> named = new LinkedHashMap<>();
        byKind.forEach((kind, warnings) -> named.put(kind.name().toLowerCase(Locale.ROOT).replace('_', ' '), warnings));
        return named;
    }

    private static WarningSummary of(Map<String, List<String>> byKind) {
        List<Group> groups = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, List<String>> kind : byKind.entrySet()) {
            List<String> lines = kind.getValue();
            total += lines.size();
            groups.add(new Group(kind.getKey(), FigureText.integer(lines.size()),
                    lines.subList(0, Math.min(FIRST, lines.size())), Math.max(0, lines.size() - FIRST)));
        }
        return new WarningSummary(total, groups);
    }

    /** {@return the number of warnings as people read it} */
    public String totalText() {
        return FigureText.integer(total);
    }

    @Override
    public String id() {
        return "warnings";
    }

    @Override
    public String heading() {
        return "Warnings";
    }

    @Override
    public String template() {
        return "warnings";
    }
}
