package org.sibcalc.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.sibcalc.basics.MoneyText;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.claim.Comparison;
import org.sibcalc.claim.Comparison.Change;
import org.sibcalc.claim.Comparison.DueChange;
import org.sibcalc.claim.Comparison.EpisodeChange;
import org.sibcalc.claim.Comparison.FigureChange;
import org.sibcalc.claim.Comparison.FigureChanges;
import org.sibcalc.claim.Comparison.ParticipantChange;
import org.sibcalc.claim.Comparison.TermChange;

/**
 * A comparison of two extracts (docs/ledger.md) as text for people, JSON ({@code sibcalc.comparison/1}) and CSV
 * for tools. An episode is written as the episodes file has it: {@code start,end,type,placement}, a blank
 * end for an open one.
 */
public final class ComparisonFormats {

    /** The schema name of the JSON form. */
    public static final String SCHEMA = "sibcalc.comparison/1";
    /** The CSV header. */
    public static final String CSV_HEADER = "section,change,participant,date,field,before,after,difference";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ComparisonFormats() {
    }

    /**
     * Returns the comparison as text, ending with a new line.
     *
     * @param before how the old extract is named, such as its folder
     * @param after  how the new extract is named
     * @param comparison the comparison, not null
     * @return the text
     */
    public static String text(Comparison comparison, String before, String after) {
        StringBuilder out = new StringBuilder();
        out.append("Comparison as of ").append(comparison.asOf()).append('\n');
        out.append("Before: ").append(before).append('\n');
        out.append("After:  ").append(after).append("\n\n");

        if (comparison.terms().isEmpty()) {
            out.append("Contract terms: the same.\n");
        } else {
            out.append("Contract terms: ").append(comparison.terms().size()).append(" changed\n");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"Term", "Before", "After"});
            comparison.terms().forEach(t -> rows.add(new String[] {t.term(), shown(t.before()), shown(t.after())}));
            ClaimCheckFormats.table(out, rows, 3);
        }

        out.append('\n').append("Participants: ").append(count(comparison.participants(Change.ADDED).size(), "added"))
                .append(", ").append(count(comparison.participants(Change.REMOVED).size(), "removed")).append(", ")
                .append(count(comparison.participants(Change.CHANGED).size(), "changed")).append('\n');
        for (ParticipantChange p : comparison.participants()) {
            out.append("  ").append(padded(word(p.change()))).append(' ').append(p.id())
                    .append("  ").append(p.fields().stream().map(f -> p.change() == Change.ADDED ? f.field() + " " + f.after()
                            : p.change() == Change.REMOVED ? f.field() + " " + f.before()
                            : f.field() + " " + shown(f.before()) + " → " + shown(f.after()))
                            .collect(Collectors.joining(", ")))
                    .append('\n');
        }

        out.append('\n').append("Episodes: ").append(count(comparison.episodes(Change.ADDED).size(), "added")).append(", ")
                .append(count(comparison.episodes(Change.REMOVED).size(), "removed")).append('\n');
        for (EpisodeChange e : comparison.episodes()) {
            CareEpisode episode = e.episode();
            out.append("  ").append(padded(word(e.change()))).append(' ')
                    .append(episode.participantId()).append("  ").append(episode.start()).append(" to ")
                    .append(episode.end() == null ? "(open)" : episode.end().toString()).append(", ").append(episode.type())
                    .append(episode.placement().isEmpty() ? "" : ", " + episode.placement()).append('\n');
        }

        out.append('\n').append("Cumulative due at each measurement date\n");
        if (comparison.cumulativeDue().isEmpty()) {
            out.append("  No measurement date on or before ").append(comparison.asOf()).append(".\n");
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"Date", "Before", "After", "Difference"});
            for (DueChange d : comparison.cumulativeDue()) {
                rows.add(new String[] {d.date().toString(), money(d.before()), money(d.after()), money(d.difference())});
            }
            ClaimCheckFormats.table(out, rows, 1);
        }

        out.append('\n').append("Young people whose figures changed at ").append(comparison.asOf()).append(": ")
                .append(comparison.figures().size()).append(comparison.figures().isEmpty() ? "\n" : ", largest change first\n");
        if (!comparison.figures().isEmpty()) {
            Set<String> fields = new LinkedHashSet<>(List.of("child_days", "care_days", "expected_care_days"));
            comparison.figures().forEach(f -> f.changes().forEach(c -> fields.add(c.field())));
            List<String[]> rows = new ArrayList<>();
            List<String> header = new ArrayList<>(List.of("Participant", ""));
            fields.forEach(f -> header.add(heading(f)));
            rows.add(header.toArray(String[]::new));
            List<String> columns = List.copyOf(fields);
            for (FigureChanges f : comparison.figures()) {
                String[] row = new String[2 + columns.size()];
                row[0] = f.id();
                row[1] = f.change() == Change.CHANGED ? "" : word(f.change());
                Arrays.fill(row, 2, row.length, "");
                for (FigureChange c : f.changes()) {
                    row[2 + columns.indexOf(c.field())] = grouped(c.change(), true);
                }
                rows.add(row);
            }
            ClaimCheckFormats.table(out, rows, 2);
        }
        return out.toString();
    }

    /**
     * {@return the comparison as JSON, {@value #SCHEMA}, ending with a new line}
     *
     * @param comparison the comparison, not null
     */
    public static String json(Comparison comparison) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("asOf", comparison.asOf().toString());
        ArrayNode terms = root.putArray("terms");
        for (TermChange t : comparison.terms()) {
            terms.addObject().put("term", t.term()).put("before", t.before()).put("after", t.after());
        }
        ArrayNode participants = root.putArray("participants");
        for (ParticipantChange p : comparison.participants()) {
            ObjectNode node = participants.addObject().put("change", p.change().name()).put("id", p.id());
            ArrayNode fields = node.putArray("fields");
            p.fields().forEach(f -> fields.addObject().put("field", f.field()).put("before", f.before()).put("after", f.after()));
        }
        ArrayNode episodes = root.putArray("episodes");
        for (EpisodeChange e : comparison.episodes()) {
            CareEpisode episode = e.episode();
            episodes.addObject().put("change", e.change().name()).put("id", episode.participantId())
                    .put("start", episode.start().toString()).put("end", episode.end() == null ? null : episode.end().toString())
                    .put("type", episode.type()).put("placement", episode.placement());
        }
        ArrayNode dues = root.putArray("cumulativeDue");
        for (DueChange d : comparison.cumulativeDue()) {
            dues.addObject().put("date", d.date().toString()).put("before", plain(d.before())).put("after", plain(d.after()))
                    .put("difference", plain(d.difference()));
        }
        ArrayNode figures = root.putArray("figures");
        for (FigureChanges f : comparison.figures()) {
            ArrayNode changes = figures.addObject().put("id", f.id()).put("change", f.change().name()).putArray("changes");
            for (FigureChange c : f.changes()) {
                changes.addObject().put("field", c.field()).put("before", plain(c.before())).put("after", plain(c.after()))
                        .put("change", c.change().toPlainString());
            }
        }
        return ClaimCheckFormats.write(root);
    }

    /**
     * {@return the comparison as CSV under {@value #CSV_HEADER}, one row per changed value, ending with a new
     * line}
     *
     * @param comparison the comparison, not null
     */
    public static String csv(Comparison comparison) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
        for (TermChange t : comparison.terms()) {
            ClaimCheckFormats.row(out, "term", "changed", null, null, t.term(), t.before(), t.after(), null);
        }
        for (ParticipantChange p : comparison.participants()) {
            for (Comparison.FieldChange f : p.fields()) {
                ClaimCheckFormats.row(out, "participant", word(p.change()), p.id(), null, f.field(), f.before(), f.after(), null);
            }
        }
        for (EpisodeChange e : comparison.episodes()) {
            CareEpisode episode = e.episode();
            String written = episode.start() + "," + (episode.end() == null ? "" : episode.end()) + "," + episode.type() + ","
                    + episode.placement();
            ClaimCheckFormats.row(out, "episode", word(e.change()), episode.participantId(), episode.start().toString(),
                    "episode", e.change() == Change.REMOVED ? written : null, e.change() == Change.ADDED ? written : null, null);
        }
        for (DueChange d : comparison.cumulativeDue()) {
            ClaimCheckFormats.row(out, "cumulativeDue", null, null, d.date().toString(), "cumulativeDue", plain(d.before()),
                    plain(d.after()), plain(d.difference()));
        }
        for (FigureChanges f : comparison.figures()) {
            for (FigureChange c : f.changes()) {
                ClaimCheckFormats.row(out, "figure", word(f.change()), f.id(), null, c.field(), plain(c.before()),
                        plain(c.after()), c.change().toPlainString());
            }
        }
        return out.toString();
    }

    private static String word(Change change) {
        return change.name().toLowerCase(Locale.ROOT);
    }

    private static String count(int n, String what) {
        return n + " " + what;
    }

    private static String shown(String value) {
        return value == null ? "(none)" : value;
    }

    private static String heading(String field) {
        switch (field) {
            case "child_days":
                return "Child days";
            case "care_days":
                return "Care days";
            case "expected_care_days":
                return "Expected care days";
            default:
                return field;
        }
    }

    /** A word left-aligned in eight characters, as {@code %-8s} writes it. */
    private static String padded(String word) {
        return word.length() >= 8 ? word : word + " ".repeat(8 - word.length());
    }

    /**
     * A decimal as {@code String.format(Locale.ROOT, "%,.Nf", value)} writes it with N its scale (at least 0):
     * every digit, thousands separated by commas; with {@code plus}, a positive one with its sign.
     */
    static String grouped(BigDecimal value, boolean plus) {
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        int whole = point < 0 ? plain.length() : point;
        StringBuilder out = new StringBuilder(plain.length() + whole / 3 + 1);
        out.append(value.signum() < 0 ? "-" : plus && value.signum() > 0 ? "+" : "");
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, whole, plain.length()).toString();
    }

    private static String money(MonetaryAmount amount) {
        if (amount == null) {
            return "(none)";
        }
        BigDecimal number = new BigDecimal(MoneyText.plain(amount));
        return amount.getCurrency().getCurrencyCode() + " " + grouped(number, false);
    }

    private static String plain(MonetaryAmount amount) {
        return amount == null ? null : MoneyText.plain(amount);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
