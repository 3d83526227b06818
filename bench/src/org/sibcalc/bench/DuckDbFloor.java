package org.sibcalc.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The fixed cost of a DuckDB JVM process: start the JVM, load the JDBC driver (which unpacks its native
 * library), open an in-memory database and run {@code SELECT 1}. The harness reports it beside sibcalc's
 * {@code --version}, so the fixed costs of the two processes can be told apart from the work.
 */
public final class DuckDbFloor {

    private DuckDbFloor() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT 1")) {
            r.next();
            System.out.println(r.getInt(1));
        }
    }
}
