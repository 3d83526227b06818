package org.sibcalc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the input folder of the returns benchmark (BENCHMARKS.md, "Investors' returns"): a contract paying
 * every quarter for {@code quarters} quarters, one young person starting each quarter (so that every
 * quarter has a payment), and an SPV of {@code investors} investors that draws capital over its first five
 * year, pays service fees over its first ten and caps the return at 1.5 times the capital, half the
 * surplus to the investors. Its cash then has a receipt, a distribution and, once the cap binds, a
 * retained surplus every quarter: with the default 3,360 quarters, 10,000 cash events or more.
 *
 * <pre>  java bench/src/org/sibcalc/bench/ReturnsData.java OUT [quarters 3360] [investors 50]</pre>
 */
public final class ReturnsData {

    private ReturnsData() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int quarters = args.length > 1 ? Integer.parseInt(args[1]) : 3360;
        int investors = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        Files.createDirectories(out);
        LocalDate first = LocalDate.of(2013, 6, 30);
        LocalDate last = quarterEnd(first, quarters - 1);

        Files.writeString(out.resolve("contract.json"), """
                {
                  "name": "Returns benchmark: %d quarters",
                  "currency": "GBP",
                  "tracking": { "period": "P30M" },
                  "measurement": { "from": "%s", "to": "%s", "every": "QUARTER" },
                  "baseline": { "proportion": "0.55" },
                  "outcomes": [ { "type": "CARE_DAYS_AVOIDED", "pricePerDay": "45.00" } ]
                }
                """.formatted(quarters, first, last));

        // One cohort for all: the statement's cost grows with cohorts × dates, which is not what is measured here.
        List<String> participants = new ArrayList<>(List.of("id,start,cohort"));
        for (int q = 0; q < quarters; q++) {
            participants.add("YP" + q + "," + quarterEnd(first, q).minusMonths(2).withDayOfMonth(1) + ",all");
        }
        Files.write(out.resolve("participants.csv"), participants);
        Files.writeString(out.resolve("episodes.csv"), "id,start,end\n");

        StringBuilder investment = new StringBuilder("{\n  \"name\": \"Returns benchmark: " + investors
                + " investors\",\n  \"currency\": \"GBP\",\n  \"investors\": [\n");
        long committed = 0;
        for (int i = 0; i < investors; i++) {
            long commitment = 20_000 + 1_000L * (i % 17) + 137L * i;
            committed += commitment;
            investment.append("    { \"name\": \"Investor ").append(i + 1).append("\", \"commitment\": \"")
                    .append(commitment).append(".00\" }").append(i + 1 < investors ? ",\n" : "\n");
        }
        investment.append("  ],\n  \"drawdowns\": [\n");
        for (int q = 0; q < 4; q++) {
            investment.append("    { \"date\": \"").append(first.minusMonths(2).withDayOfMonth(1).plusMonths(3L * q))
                    .append("\", \"amount\": \"").append(committed / 4).append(".00\" }").append(q < 3 ? ",\n" : "\n");
        }
        investment.append("  ],\n  \"costs\": [\n");
        int costs = Math.min(quarters, 40);
        for (int q = 0; q < costs; q++) {
            investment.append("    { \"date\": \"").append(quarterEnd(first, q))
                    .append("\", \"amount\": \"25000.00\", \"description\": \"service fees\" }")
                    .append(q + 1 < costs ? ",\n" : "\n");
        }
        investment.append("""
                  ],
                  "receiptLag": "P30D",
                  "reserveForCosts": true,
                  "waterfall": { "returnCap": { "multiple": "1.50" }, "surplusToInvestors": "0.50" }
                }
                """);
        Files.writeString(out.resolve("investment.json"), investment);
    }

    private static LocalDate quarterEnd(LocalDate first, int quarter) {
        return first.plusMonths(3L * quarter).with(TemporalAdjusters.lastDayOfMonth());
    }
}
