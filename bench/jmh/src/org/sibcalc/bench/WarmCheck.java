package org.sibcalc.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.measure.Measurement;
import org.sibcalc.payment.Payment;

/**
 * The warm benchmark's correctness check: sibcalc's statement and DuckDB's measuring query, loaded as the
 * benchmark loads them ({@link WarmStatement}), must have the same participants, child days and care days at
 * every date, and the same dates. Prints one line when they do; exits with status 1 and every difference
 * when they do not.
 *
 * <pre>
 * java -Xmx2g -cp sibcalc-jmh.jar org.sibcalc.bench.WarmCheck DIR [DATES[,DATES...]]
 * </pre>
 */
public final class WarmCheck {

    private WarmCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Calculation calculation = WarmStatement.loadCalculation(dir);
        int all = calculation.terms().measurement().dates().size();
        int[] counts = args.length > 1 ? Arrays.stream(args[1].split(",")).map(String::strip)
                .mapToInt(Integer::parseInt).toArray() : new int[] {all};
        List<String> problems = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            DuckDbMeasure.loadTables(db, dir.resolve("participants.csv"), dir.resolve("episodes.csv"));
            DuckDbMeasure.Terms terms = DuckDbMeasure.Terms.read(db, dir.resolve("contract.json"));
            for (int dates : counts) {
                LocalDate asOf = WarmStatement.reportingDate(calculation, dates);
                Map<LocalDate, long[]> ours = sibcalc(calculation.statement(asOf));
                Map<LocalDate, long[]> theirs = new TreeMap<>();
                String sql = DuckDbMeasure.measuringQuery(terms, WarmStatement.duckDbDates(terms, dates));
                try (java.sql.Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
                    while (r.next()) {
                        theirs.put(LocalDate.parse(r.getString(1)), new long[] {r.getLong(2), r.getLong(3), r.getLong(4)});
                    }
                }
                if (ours.size() != dates || !ours.keySet().equals(theirs.keySet())) {
                    problems.add(dates + " dates: sibcalc measured " + ours.keySet() + ", DuckDB " + theirs.keySet());
                }
                ours.forEach((date, figures) -> {
                    long[] other = theirs.get(date);
                    if (!Arrays.equals(figures, other)) {
                        problems.add(date + ": sibcalc participants/childDays/careDays " + Arrays.toString(figures)
                                + ", DuckDB " + (other == null ? "(no row)" : Arrays.toString(other)));
                    }
                });
                if (problems.isEmpty()) {
                    System.out.printf("check: sibcalc and DuckDB agree on participants, child days and care days at "
                            + "every one of the %d dates up to %s (%,d participants)%n", ours.size(), asOf,
                            calculation.data().participantCount());
                }
            }
        }
        if (!problems.isEmpty()) {
            System.err.println("MISMATCH between sibcalc and DuckDB:\n  " + String.join("\n  ", problems));
            System.exit(1);
        }
    }

    /** The statement's figures at each payment date, and at its reporting date. */
    private static Map<LocalDate, long[]> sibcalc(Statement statement) {
        Map<LocalDate, long[]> figures = new TreeMap<>();
        for (Payment payment : statement.payments()) {
            figures.put(payment.date(), figures(payment.programme()));
        }
        long[] asOf = figures(statement.programme());
        long[] atPayment = figures.putIfAbsent(statement.asOf(), asOf);
        if (atPayment != null && !Arrays.equals(atPayment, asOf)) {
            throw new IllegalStateException("The statement's measurement at " + statement.asOf()
                    + " differs from its payment's");
        }
        return figures;
    }

    private static long[] figures(Measurement m) {
        return new long[] {m.participants(), m.childDays(), m.careDays()};
    }
}
