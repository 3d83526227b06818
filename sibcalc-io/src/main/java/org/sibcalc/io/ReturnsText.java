package org.sibcalc.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.sibcalc.basics.MoneyText;
import org.sibcalc.returns.CashEvent;
import org.sibcalc.returns.Distribution;
import org.sibcalc.returns.InvestorReturn;
import org.sibcalc.returns.Returns;

/**
 * The investors' returns for people: what each investor put in and got back with its money multiple and
 * IRR, each distribution down the waterfall, and the SPV's cash event by event with the balance after each.
 * IRRs are shown as exact percentages (a six-place rate is a four-place percentage); nothing is rounded that
 * the JSON does not round.
 */
public final class ReturnsText {

    private ReturnsText() {
    }

    /**
     * {@return the returns as text, ending with a new line}
     *
     * @param returns the returns, not null
     */
    public static String write(Returns returns) {
        StringBuilder out = new StringBuilder();
        out.append(returns.investment()).append('\n');
        out.append("Investors' returns as of ").append(returns.asOf()).append(", amounts in ")
                .append(returns.currency().getCurrencyCode()).append("\n\n");

        out.append("Returns").append('\n');
        List<String[]> investors = new ArrayList<>();
        investors.add(new String[] {"Investor", "Commitment", "Drawn", "Distributed", "Net", "Multiple", "IRR"});
        returns.investors().forEach(r -> investors.add(row(r)));
        investors.add(row(returns.allInvestors()));
        table(out, investors);
        out.append('\n');

        out.append("Distributions (waterfall)").append('\n');
        if (returns.distributions().isEmpty()) {
            out.append("  No outcome payment was received by ").append(returns.asOf()).append(".\n");
        } else {
            List<String[]> tiers = new ArrayList<>();
            tiers.add(new String[] {"Date", "Balance", "Reserve", "Available", "Capital", "Return",
                "Surplus to investors", "Retained"});
            for (Distribution d : returns.distributions()) {
                tiers.add(new String[] {d.date().toString(), money(d.balance()), money(d.reserve()), money(d.available()),
                    money(d.capital()), money(d.returnOnCapital()), money(d.surplusToInvestors()), money(d.retained())});
            }
            tiers.add(new String[] {"Total", "", "", sum(returns, Distribution::available), sum(returns, Distribution::capital),
                sum(returns, Distribution::returnOnCapital), sum(returns, Distribution::surplusToInvestors),
                sum(returns, Distribution::retained)});
            table(out, tiers);
        }
        out.append('\n');

        out.append("SPV cash").append('\n');
        List<String[]> cash = new ArrayList<>();
        cash.add(new String[] {"Date", "Event", "Amount", "Balance", "Note"});
        for (CashEvent e : returns.cash()) {
            cash.add(new String[] {e.date().toString(), e.kind().name().toLowerCase(Locale.ROOT), money(e.amount()),
                money(e.balance()), note(e)});
        }
        table(out, cash);
        out.append("  Closing balance ").append(money(returns.closingBalance())).append('\n');
        return out.toString();
    }

    private static String[] row(InvestorReturn r) {
        return new String[] {r.investor(), money(r.commitment()), money(r.drawn()), money(r.distributed()), money(r.net()),
            r.moneyMultiple().map(BigDecimal::toPlainString).orElse("n/a"), percentage(r.irr())};
    }

    private static String note(CashEvent e) {
        return switch (e.kind()) {
            case RECEIPT -> "outcome payment of " + e.measurementDate().orElseThrow();
            case CLAWBACK -> "clawback of " + e.measurementDate().orElseThrow();
            case COST -> e.description();
            case DISTRIBUTION -> "to investors";
            case RETAINED -> "surplus retained for the commissioner";
            case DRAWDOWN -> "";
        };
    }

    private static String sum(Returns returns, java.util.function.Function<Distribution, MonetaryAmount> tier) {
        return money(returns.distributions().stream().map(tier).reduce(MonetaryAmount::add).orElseThrow());
    }

    /** Appends the rows as a table: numbers right-aligned, words (the first column, events, notes) left. */
    private static void table(StringBuilder out, List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        String[] header = rows.get(0);
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < columns; c++) {
                String pad = " ".repeat(widths[c] - row[c].length());
                boolean left = c == 0 || header[c].equals("Event") || header[c].equals("Note");
                line.append(c == 0 ? "" : "  ").append(left ? row[c] + pad : pad + row[c]);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static String percentage(Optional<BigDecimal> rate) {
        return rate.map(r -> r.movePointRight(2).toPlainString() + "%").orElse("n/a");
    }

    /** The amount at its minor unit with thousands separated: {@code -1,234,567.89}. */
    private static String money(MonetaryAmount amount) {
        String plain = MoneyText.plain(amount);
        int sign = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        StringBuilder grouped = new StringBuilder(plain.length() + 8).append(plain, 0, sign);
        for (int i = sign; i < end; i++) {
            grouped.append(plain.charAt(i));
            if ((end - i - 1) % 3 == 0 && i < end - 1) {
                grouped.append(',');
            }
        }
        return grouped.append(plain, end, plain.length()).toString();
    }
}
