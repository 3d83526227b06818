package org.sibcalc.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * The benchmark's reference: the programme's child days and care days at each measurement date, computed
 * by DuckDB SQL from the same files as sibcalc, by the rules of docs/rules.md, "Days" and "Measurement", written as
  * an analyst would
 * write it. Runs as its own JVM process, with an in-memory DuckDB and its default settings (threads = cores).
 *
 * <pre>
 * java -cp bench-classes:duckdb_jdbc.jar org.sibcalc.bench.DuckDbMeasure DIR [--contract FILE] [--as-of DATE]
 *      [--sql hoisted|per-date] [--explain]
 * </pre>
 *
 * <p>Reads {@code DIR/participants.csv}, {@code DIR/episodes.csv} and the contract ({@code DIR/contract.json}
 * unless {@code --contract}) with DuckDB itself ({@code read_csv}, {@code read_text} + JSON functions). The
 * measurement dates are the contract's (quarter or month ends from {@code from} to {@code to}, or its
 * {@code dates}) up to {@code --as-of} (default: the last), plus the as-of date itself. Writes to standard
 * output one line {@code date,participants,childDays,careDays} per date, ascending, after a header line;
 * timings of loading and querying go to standard error. {@code --explain} prints DuckDB's
 * {@code EXPLAIN ANALYZE} of the measuring query to standard error as well.
 *
 * <p>Two formulations of the same SQL: {@code hoisted} (the default, used by the benchmark) computes what does
 * not depend on the date once per participant (the end of the whole tracking window, and the merged care
 * spans cut to it) and only then brings in the dates; {@code per-date} is the literal reading of the rules,
 * every window and every intersection computed for each (participant, date). Both give the same numbers;
 * the first is what a careful analyst would write, and is the faster on this data.
 *
 * <p>Only what the benchmark's data need is supported: ISO dates ({@code yyyy-MM-dd}) in the CSV files.
 */
public final class DuckDbMeasure {

    private DuckDbMeasure() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Path dir = null;
        Path contract = null;
        LocalDate asOf = null;
        boolean explain = false;
        String variant = "hoisted";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--contract" -> contract = Path.of(args[++i]);
                case "--as-of" -> asOf = LocalDate.parse(args[++i]);
                case "--explain" -> explain = true;
                case "--sql" -> variant = args[++i];
                default -> {
                    if (dir != null || args[i].startsWith("--")) {
                        throw new IllegalArgumentException("Unknown argument " + args[i]);
                    }
                    dir = Path.of(args[i]);
                }
            }
        }
        if (dir == null) {
            throw new IllegalArgumentException("Usage: DuckDbMeasure DIR [--contract FILE] [--as-of DATE] [--explain]");
        }
        if (contract == null) {
            contract = dir.resolve("contract.json");
        }
        Path participants = dir.resolve("participants.csv");
        Path episodes = dir.resolve("episodes.csv");
        for (Path file : List.of(contract, participants, episodes)) {
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("Cannot read " + file);
            }
        }

        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            long tOpen = System.nanoTime();
            Terms terms = Terms.read(db, contract);
            List<LocalDate> dates = terms.dates(asOf);

            loadTables(db, participants, episodes);
            long tLoaded = System.nanoTime();

            String sql = query(variant, terms, dates);
            StringBuilder out = new StringBuilder("date,participants,childDays,careDays\n");
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    out.append(r.getString(1)).append(',').append(r.getLong(2)).append(',')
                            .append(r.getLong(3)).append(',').append(r.getLong(4)).append('\n');
                }
            }
            long tQueried = System.nanoTime();
            System.out.print(out);
            System.out.flush();
            System.err.printf("duckdb: open %.3f s, load CSV %.3f s, query %.3f s (%d dates, %s SQL)%n",
                    (tOpen - t0) / 1e9, (tLoaded - tOpen) / 1e9, (tQueried - tLoaded) / 1e9, dates.size(), variant);
            if (explain) {
                try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("EXPLAIN ANALYZE " + sql)) {
                    while (r.next()) {
                        System.err.println(r.getString(2));
                    }
                }
            }
        }
    }

    /**
     * Loads {@code participants.csv} and {@code episodes.csv} into the tables {@code participants} and
     * {@code episodes} that the measuring queries read, with the types of docs/input-files.md.
     */
    static void loadTables(Connection db, Path participants, Path episodes) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE participants AS SELECT id, \"start\", birth_date, exit_date FROM read_csv("
                    + literal(participants) + ", header = true, "
                    + "types = {'id': 'VARCHAR', 'start': 'DATE', 'cohort': 'VARCHAR', 'birth_date': 'DATE', "
                    + "'exit_date': 'DATE'})");
            s.execute("CREATE TABLE episodes AS SELECT id, \"start\", \"end\", \"type\" FROM read_csv("
                    + literal(episodes) + ", header = true, "
                    + "types = {'id': 'VARCHAR', 'start': 'DATE', 'end': 'DATE', 'type': 'VARCHAR'})");
        }
    }

    /** The measuring query of one formulation, {@code hoisted} or {@code per-date}, at these dates. */
    static String query(String variant, Terms terms, List<LocalDate> dates) {
        return switch (variant) {
            case "hoisted" -> measuringQuery(terms, dates);
            case "per-date" -> perDateQuery(terms, dates);
            default -> throw new IllegalArgumentException("--sql hoisted|per-date, not " + variant);
        };
    }

    /**
     * The measurement in SQL (docs/rules.md, "Days" and "Measurement"), for the programme at every date at once,
      * doing once per
     * participant what does not depend on the date.
     *
     * <ol>
     *   <li>{@code care}, {@code merged}: the counted episodes merged into islands, as in
     *       {@link #perDateQuery}.</li>
     *   <li>{@code tracked}: each participant's whole tracking window {@code [start, tracking_end)},
     *       {@code tracking_end = least(start + period, exit_date, birth_date + ageOutAt years)}.</li>
     *   <li>{@code windows}: at each date D with start ≤ D, the window {@code [start, least(tracking_end, D + 1))};
     *       child days = Σ of its lengths.</li>
     *   <li>{@code care_in_window}: each merged span cut to its participant's tracking window; at each date D
     *       its part up to D, {@code [s, least(e, D + 1))}, is the span ∩ the window at D; care days = Σ of
     *       their lengths.</li>
     * </ol>
     */
    static String measuringQuery(Terms terms, List<LocalDate> dates) {
        return common(terms, dates) + """
                tracked AS (
                  SELECT id, "start",
                    least((p."start" + INTERVAL '%s')::DATE,
                      p.exit_date%s) AS tracking_end
                  FROM participants p
                ),
                child AS (
                  SELECT d.d, count(*) AS participants,
                    sum(greatest(least(t.tracking_end, d.d + 1) - t."start", 0)) AS child_days
                  FROM tracked t JOIN dates d ON t."start" <= d.d
                  GROUP BY d.d
                ),
                care_in_window AS (
                  SELECT greatest(m.s, t."start") AS s, least(m.e, t.tracking_end) AS e
                  FROM merged m JOIN tracked t ON t.id = m.id
                  WHERE m.s < t.tracking_end AND m.e > t."start"
                ),
                care_days AS (
                  SELECT d.d, sum(least(c.e, d.d + 1) - c.s) AS care_days
                  FROM care_in_window c JOIN dates d ON c.s <= d.d
                  GROUP BY d.d
                )
                SELECT dates.d, coalesce(c.participants, 0)::BIGINT, coalesce(c.child_days, 0)::BIGINT,
                  coalesce(k.care_days, 0)::BIGINT
                FROM dates LEFT JOIN child c ON c.d = dates.d LEFT JOIN care_days k ON k.d = dates.d
                ORDER BY dates.d
                """.formatted(terms.interval(), ageOut(terms));
    }

    /**
     * The measurement in SQL (docs/rules.md, "Days" and "Measurement"), for the programme at every date at once,
      * read literally: every
     * participant's window at every date, and every merged span intersected with it.
     *
     * <ol>
     *   <li>{@code care}: the counted episodes (type in careTypes, blank type = CARE) as half-open spans;
     *       an open episode runs to 9999-12-31.</li>
     *   <li>{@code merged}: overlapping and touching spans of one participant merged (gaps and islands: an
     *       episode starts a new island when it starts after every earlier episode has ended).</li>
     *   <li>{@code windows}: each participant at each date D with start ≤ D, the window
     *       {@code [start, least(start + period, D + 1, exit_date, birth_date + ageOutAt years))}
     *       ({@code least} skips NULLs, so a missing exit or birth date does not cut the window).</li>
     *   <li>child days: Σ window lengths (an empty window counts 0); care days: Σ lengths of merged spans
     *       ∩ window.</li>
     * </ol>
     */
    static String perDateQuery(Terms terms, List<LocalDate> dates) {
        return common(terms, dates) + """
                windows AS (
                  SELECT p.id, d.d, p."start" AS w_from,
                    least((p."start" + INTERVAL '%s')::DATE,
                      d.d + 1,
                      p.exit_date%s) AS w_to
                  FROM participants p JOIN dates d ON p."start" <= d.d
                ),
                child AS (
                  SELECT d, count(*) AS participants, sum(greatest(w_to - w_from, 0)) AS child_days
                  FROM windows GROUP BY d
                ),
                care_days AS (
                  SELECT w.d, sum(least(m.e, w.w_to) - greatest(m.s, w.w_from)) AS care_days
                  FROM windows w JOIN merged m ON m.id = w.id AND m.s < w.w_to AND m.e > w.w_from
                  GROUP BY w.d
                )
                SELECT dates.d, coalesce(c.participants, 0)::BIGINT, coalesce(c.child_days, 0)::BIGINT,
                  coalesce(k.care_days, 0)::BIGINT
                FROM dates LEFT JOIN child c ON c.d = dates.d LEFT JOIN care_days k ON k.d = dates.d
                ORDER BY dates.d
                """.formatted(terms.interval(), ageOut(terms));
    }

    private static String ageOut(Terms terms) {
        return terms.ageOutAt() == null ? ""
                : ",\n      (p.birth_date + INTERVAL " + terms.ageOutAt() + " YEAR)::DATE";
    }

    /** The CTEs both formulations share: counted care merged into islands, and the dates. */
    private static String common(Terms terms, List<LocalDate> dates) {
        StringJoiner dateList = new StringJoiner(", ", "[", "]");
        dates.forEach(d -> dateList.add("DATE '" + d + "'"));
        StringJoiner types = new StringJoiner(", ", "(", ")");
        terms.careTypes().forEach(t -> types.add(literal(t)));
        String typeFilter = terms.careTypes().isEmpty() ? ""
                : "\n  WHERE coalesce(nullif(trim(\"type\"), ''), 'CARE') IN " + types;
        String spanEnd = terms.inclusiveEnd() ? "\"end\" + 1" : "\"end\"";
        return """
                WITH care AS (
                  SELECT id, "start" AS s, coalesce(%s, DATE '9999-12-31') AS e
                  FROM episodes%s
                ),
                flagged AS (
                  SELECT id, s, e,
                    CASE WHEN s <= max(e) OVER (PARTITION BY id ORDER BY s, e
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                         THEN 0 ELSE 1 END AS new_island
                  FROM care
                  WHERE s < e
                ),
                islands AS (
                  SELECT id, s, e, sum(new_island) OVER (PARTITION BY id ORDER BY s, e ROWS UNBOUNDED PRECEDING) AS island
                  FROM flagged
                ),
                merged AS (
                  SELECT id, min(s) AS s, max(e) AS e FROM islands GROUP BY id, island
                ),
                dates AS (
                  SELECT unnest(%s) AS d
                ),
                """.formatted(spanEnd, typeFilter, dateList);
    }

    static String literal(Object text) {
        return "'" + text.toString().replace("'", "''") + "'";
    }

    /** The contract terms the measurement needs, read by DuckDB's JSON functions. */
    record Terms(Period period, Integer ageOutAt, List<String> careTypes, boolean inclusiveEnd,
            List<LocalDate> measurementDates) {

        static Terms read(Connection db, Path contract) throws SQLException {
            String sql = "SELECT json_extract_string(j, '$.tracking.period'), json_extract_string(j, '$.tracking.ageOutAt'), "
                    + "json_extract_string(j, '$.careTypes[*]'), json_extract_string(j, '$.episodeEnd'), "
                    + "json_extract_string(j, '$.measurement.from'), json_extract_string(j, '$.measurement.to'), "
                    + "json_extract_string(j, '$.measurement.every'), json_extract_string(j, '$.measurement.dates[*]') "
                    + "FROM (SELECT content::JSON AS j FROM read_text(" + literal(contract) + "))";
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                Period period = Period.parse(r.getString(1));
                String age = r.getString(2);
                List<String> careTypes = strings(r.getArray(3));
                boolean inclusive = "INCLUSIVE".equals(r.getString(4));
                List<LocalDate> dates = new ArrayList<>();
                String every = r.getString(7);
                if (every != null) {
                    LocalDate from = LocalDate.parse(r.getString(5));
                    LocalDate to = LocalDate.parse(r.getString(6));
                    for (YearMonth m = YearMonth.from(from); !m.atEndOfMonth().isAfter(to); m = m.plusMonths(1)) {
                        LocalDate end = m.atEndOfMonth();
                        boolean periodEnd = every.equals("MONTH") || end.get(IsoFields.QUARTER_OF_YEAR) != m.plusMonths(1).atEndOfMonth().get(IsoFields.QUARTER_OF_YEAR);
                        if (periodEnd && !end.isBefore(from)) {
                            dates.add(end);
                        }
                    }
                } else {
                    strings(r.getArray(8)).forEach(d -> dates.add(LocalDate.parse(d)));
                }
                return new Terms(period, age == null ? null : Integer.valueOf(age), careTypes, inclusive, dates);
            }
        }

        private static List<String> strings(java.sql.Array array) throws SQLException {
            List<String> list = new ArrayList<>();
            if (array != null) {
                for (Object o : (Object[]) array.getArray()) {
                    list.add(o.toString());
                }
            }
            return list;
        }

        /** The measurement dates up to {@code asOf} (default: the last), and {@code asOf}, ascending. */
        List<LocalDate> dates(LocalDate asOf) {
            TreeSet<LocalDate> all = new TreeSet<>(measurementDates);
            LocalDate last = asOf == null ? all.last() : asOf;
            TreeSet<LocalDate> result = new TreeSet<>(all.headSet(last, true));
            result.add(last);
            return List.copyOf(result);
        }

        /** The tracking period as a DuckDB interval: years and months first, then days, like java.time. */
        String interval() {
            return period.toTotalMonths() + " months " + period.getDays() + " days";
        }
    }
}
