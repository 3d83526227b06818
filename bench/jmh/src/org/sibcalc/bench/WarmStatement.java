package org.sibcalc.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sibcalc.Calculation;
import org.sibcalc.io.InputFiles;

/**
 * Warm speed for an application that embeds sibcalc: a statement recomputed from data already in memory,
 * against DuckDB's measuring query ({@link DuckDbMeasure#measuringQuery}) on tables already loaded. Each
 * benchmark has its own fork, whose state loads the data set once (sibcalc with its own readers into a
 * {@link Calculation}; DuckDB into in-memory tables); each operation is then only the recomputation.
 *
 * <p>The data set is the folder named by the system property {@code sibcalc.bench.data}
 * ({@code contract.json}, {@code participants.csv}, {@code episodes.csv}); {@code dates} is how many of the
 * contract's measurement dates the statement covers: its reporting date is the {@code dates}-th. See
 * {@code bench/jmh/run} and BENCHMARKS.md, "Warm".
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class WarmStatement {

    /** moneta-core's logger, held so that its INFO line about its MathContext stays out of the output. */
    private static final Logger MONETA = Logger.getLogger("org.javamoney.moneta");

    static {
        MONETA.setLevel(java.util.logging.Level.WARNING);
    }

    /** The data set's folder, from the system property {@code sibcalc.bench.data}. */
    static Path dataDir() {
        String dir = System.getProperty("sibcalc.bench.data");
        if (dir == null) {
            throw new IllegalStateException("Set -Dsibcalc.bench.data=DIR (a folder with contract.json, "
                    + "participants.csv and episodes.csv)");
        }
        return Path.of(dir);
    }

    /** sibcalc's inputs, read and checked once by the project's own readers. */
    @State(Scope.Benchmark)
    public static class Sibcalc {

        /** How many measurement dates the statement covers (33: the whole quarterly schedule). */
        @Param("33")
        public int dates;

        Calculation calculation;
        LocalDate asOf;

        @Setup(Level.Trial)
        public void load() {
            calculation = loadCalculation(dataDir());
            asOf = reportingDate(calculation, dates);
            System.out.printf("sibcalc: %,d participants, %,d episodes; statement as of %s (%d dates)%n",
                    calculation.data().participantCount(), calculation.data().episodeCount(), asOf, dates);
        }
    }

    /** DuckDB with the same files in in-memory tables, and the query for the same dates. */
    @State(Scope.Benchmark)
    public static class DuckDb {

        /** As {@link Sibcalc#dates}. */
        @Param("33")
        public int dates;

        Connection db;
        String sql;

        @Setup(Level.Trial)
        public void load() throws SQLException {
            Path dir = dataDir();
            db = DriverManager.getConnection("jdbc:duckdb:");
            DuckDbMeasure.loadTables(db, dir.resolve("participants.csv"), dir.resolve("episodes.csv"));
            DuckDbMeasure.Terms terms = DuckDbMeasure.Terms.read(db, dir.resolve("contract.json"));
            List<LocalDate> measured = duckDbDates(terms, dates);
            sql = DuckDbMeasure.measuringQuery(terms, measured);
            System.out.printf("duckdb: tables loaded; query for %d dates up to %s%n", measured.size(),
                    measured.get(measured.size() - 1));
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            db.close();
        }
    }

    /** Recomputes the statement at the reporting date from the data in memory. */
    @Benchmark
    public void sibcalc(Sibcalc state, Blackhole blackhole) {
        blackhole.consume(state.calculation.statement(state.asOf));
    }

    /** Runs DuckDB's measuring query on the loaded tables and reads every row of its result. */
    @Benchmark
    public void duckdb(DuckDb state, Blackhole blackhole) throws SQLException {
        try (java.sql.Statement s = state.db.createStatement(); ResultSet r = s.executeQuery(state.sql)) {
            while (r.next()) {
                blackhole.consume(r.getObject(1));
                blackhole.consume(r.getLong(2));
                blackhole.consume(r.getLong(3));
                blackhole.consume(r.getLong(4));
            }
        }
    }

    /** Reads the folder's files as the command line does; any input error stops the benchmark. */
    static Calculation loadCalculation(Path dir) {
        InputFiles files = InputFiles.read(dir.resolve("contract.json"), dir.resolve("participants.csv"),
                dir.resolve("episodes.csv"), false);
        if (files.report().hasErrors()) {
            files.report().errors().forEach(System.err::println);
            throw new IllegalStateException("The data set in " + dir + " has errors");
        }
        return files.calculation();
    }

    /** The {@code dates}-th of the contract's measurement dates. */
    static LocalDate reportingDate(Calculation calculation, int dates) {
        List<LocalDate> all = calculation.terms().measurement().dates();
        if (dates < 1 || dates > all.size()) {
            throw new IllegalArgumentException("dates must be 1 to " + all.size() + ", not " + dates);
        }
        return all.get(dates - 1);
    }

    /** DuckDB's dates for the same statement: the contract's first {@code dates} measurement dates. */
    static List<LocalDate> duckDbDates(DuckDbMeasure.Terms terms, int dates) {
        List<LocalDate> all = terms.dates(null);
        if (dates < 1 || dates > all.size()) {
            throw new IllegalArgumentException("dates must be 1 to " + all.size() + ", not " + dates);
        }
        return terms.dates(all.get(dates - 1));
    }
}
