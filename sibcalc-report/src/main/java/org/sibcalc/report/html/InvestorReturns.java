package org.sibcalc.report.html;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import org.sibcalc.Statement;
import org.sibcalc.io.FigureText;
import org.sibcalc.payment.Payment;
import org.sibcalc.returns.CashEvent;
import org.sibcalc.returns.Distribution;
import org.sibcalc.returns.InvestmentTerms;
import org.sibcalc.returns.InvestorReturn;
import org.sibcalc.returns.OutcomePayment;
import org.sibcalc.returns.ReturnCap;
import org.sibcalc.returns.Returns;
import org.sibcalc.returns.Spv;
import org.sibcalc.returns.SpvShortfallException;
import org.sibcalc.returns.Waterfall;

/**
 * The investors' returns at the reporting date, as {@code sibcalc returns} gives them (README, "Investors'
 * returns"): what each investor and all of them together put in and got back, with the money multiple and
 * the IRR; a chart of the capital drawn and the distributions to date, with its table; each distribution
 * down the waterfall; and the SPV's cash event by event with the balance after each.
 *
 * <p>Beyond {@value #LISTED} rows, a table of distributions, of cash events or of the chart's dates shows
 * the first {@value #EDGE} and the last {@value #EDGE} one by one and the others together, as one row, so
 * that the page stays small; the JSON ({@code sibcalc returns --format json}) lists every one. Beyond
 * {@value #CHARTED} dates the chart and its table show the last date of each month (or quarter, or year)
 * that has one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param asOf              the reporting date of the returns, as written in the statement, not null
 * @param summary           a sentence or two on the investment and its waterfall, not null
 * @param notes             what a reader should know about the figures (payments still to arrive); not null
 * @param investors         each investor and all of them together, not null
 * @param chart             the capital drawn and the distributions to date, or null when nothing was drawn
 *                          or distributed by the reporting date
 * @param chartTable        the chart's numbers, or null with no chart
 * @param waterfallSummary  a sentence introducing the distributions, not null
 * @param waterfall         each distribution by tier, with the total; null when there is none
 * @param cashSummary       a sentence introducing the cash events, not null
 * @param cash              the SPV's cash events with the balance after each; null when there is none
 */
public record InvestorReturns(String asOf, String summary, List<String> notes, Table investors, @Nullable Chart chart,
        @Nullable Table chartTable, String waterfallSummary, @Nullable Table waterfall, String cashSummary,
        @Nullable Table cash) implements Section {

    /** The most rows of a table shown one by one. */
    public static final int LISTED = 100;

    /** The rows shown one by one at each end of a longer table. */
    public static final int EDGE = 25;

    /** The most dates in the chart. */
    public static final int CHARTED = 100;

    /**
     * Checks the fields and copies the notes.
     *
     * @param asOf the {@link #asOf() asOf} record component
     * @param summary the {@link #summary() summary} record component
     * @param notes the {@link #notes() notes} record component
     * @param investors the {@link #investors() investors} record component
     * @param chart the {@link #chart() chart} record component
     * @param chartTable the {@link #chartTable() chartTable} record component
     * @param waterfallSummary the {@link #waterfallSummary() waterfallSummary} record component
     * @param waterfall the {@link #waterfall() waterfall} record component
     * @param cashSummary the {@link #cashSummary() cashSummary} record component
     * @param cash the {@link #cash() cash} record component
     */
    public InvestorReturns {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(summary, "summary");
        notes = List.copyOf(notes);
        Objects.requireNonNull(investors, "investors");
        Objects.requireNonNull(waterfallSummary, "waterfallSummary");
        Objects.requireNonNull(cashSummary, "cashSummary");
    }

    /**
     * Returns the investors' returns of the statement's payments under the investment terms, at the
     * statement's reporting date: {@link Spv#returns} of the payments, as {@code sibcalc returns} works them out.
     *
     * @param statement the statement
     * @param investment the investment terms
     * @return the investors' returns
     * @throws SpvShortfallException when the SPV's cash would go below zero after a date's costs
     * @throws IllegalArgumentException when the investment is in another currency than the statement
     */
    public static InvestorReturns of(Statement statement, InvestmentTerms investment) {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(investment, "investment");
        return of(statement, investment,
                Spv.returns(investment, OutcomePayment.of(statement.payments()), statement.asOf()));
    }

    /**
     * Returns these investors' returns, worked out under the investment terms at the statement's reporting
     * date (from its payments, or from the payments actually made).
     *
     * @param statement the statement
     * @param investment the investment terms
     * @param returns the investors' returns, at the statement's reporting date and in its currency
     * @return the investors' returns
     * @throws IllegalArgumentException when the returns are at another date or in another currency than the
     *                                  statement
     */
    public static InvestorReturns of(Statement statement, InvestmentTerms investment, Returns returns) {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(investment, "investment");
        Objects.requireNonNull(returns, "returns");
        if (!returns.asOf().equals(statement.asOf())) {
            throw new IllegalArgumentException("returns: at " + returns.asOf() + ", but the statement is at "
                    + statement.asOf() + ": the page shows one reporting date");
        }
        if (!returns.currency().equals(statement.currency())) {
            throw new IllegalArgumentException("returns: in " + returns.currency().getCurrencyCode()
                    + ", but the statement is in " + statement.currency().getCurrencyCode());
        }
        LocalDate asOf = returns.asOf();
        List<String> notes = new ArrayList<>();
        notYetReceived(statement, investment.receiptLag()).ifPresent(notes::add);

        List<Table.Row> investorRows = new ArrayList<>();
        returns.investors().forEach(r -> investorRows.add(new Table.Row(r.investor(), investorCells(r), false)));
        investorRows.add(new Table.Row(returns.allInvestors().investor(), investorCells(returns.allInvestors()), true));
        Table investors = new Table("returns-investors-table", "Each investor's returns at " + asOf,
                List.of(Table.Column.text("Investor"), Table.Column.number("Commitment"), Table.Column.number("Drawn"),
                        Table.Column.number("Distributed"), Table.Column.number("Net"),
                        Table.Column.number("Money multiple"), Table.Column.number("IRR")), investorRows);

        Chart chart = null;
        Table chartTable = null;
        List<Running> running = Running.of(returns.cash());
        if (!running.isEmpty()) {
            List<Running> charted = Running.charted(running);
            String id = "returns-chart";
            List<LocalDate> dates = charted.stream().map(Running::date).toList();
            String svg = Charts.investors(id, returns.currency().getCurrencyCode(), dates,
                    charted.stream().map(r -> number(r.drawn())).toList(),
                    charted.stream().map(r -> number(r.distributed())).toList());
            chart = new Chart(id, "Capital drawn and distributions to date, all investors", svg,
                    chartAlternative(running, charted, returns));
            chartTable = chartTable(charted, running.size(), asOf);
        }

        String currency = returns.currency().getCurrencyCode();
        List<Distribution> distributions = returns.distributions();
        Table waterfall = distributions.isEmpty() ? null : waterfall(distributions, asOf);
        String waterfallSummary = distributions.isEmpty()
                ? "No outcome payment was received by " + asOf + ", so nothing was distributed."
                : "On each day an outcome payment arrives, the SPV distributes its cash less the reserve (available), "
                        + "down the waterfall: capital until the investors have their capital drawn back, then "
                        + returnWords(investment.waterfall()) + ". "
                        + (distributions.size() > LISTED ? "The first " + EDGE + " and the last " + EDGE + " of the "
                                + FigureText.integer(distributions.size()) + " distributions are shown one by one, the "
                                + "others together; " + jsonLists("distribution") : "");
        Table cash = returns.cash().isEmpty() ? null : cash(returns.cash(), asOf);
        String cashSummary = returns.cash().isEmpty()
                ? "Nothing moved the SPV's cash by " + asOf + "."
                : "Every movement of the SPV's cash up to " + asOf + ", in the order of each day: drawdowns, receipts, "
                        + "costs, clawbacks, then the distribution. The closing balance is "
                        + FigureText.money(returns.closingBalance()) + "."
                        + (returns.cash().size() > LISTED ? " The first " + EDGE + " and the last " + EDGE + " of the "
                                + FigureText.integer(returns.cash().size()) + " events are shown one by one, the others "
                                + "together; " + jsonLists("event") : "");

        InvestorReturn all = returns.allInvestors();
        String summary = returns.investment() + ": " + Words.count(returns.investors().size(), "investor")
                + " committed " + FigureText.money(all.commitment()) + "; " + FigureText.money(all.drawn())
                + " was drawn and " + FigureText.money(all.distributed()) + " distributed by " + asOf + ". The SPV "
                + "receives the payment of each measurement date " + lagWords(investment.receiptLag()) + ", pays its "
                + "costs, " + (investment.reserveForCosts() ? "holds back what later costs need beyond later drawdowns"
                        : "holds nothing back for later costs")
                + ", and distributes the rest. The money multiple is distributed / drawn; the IRR is the annual rate "
                + "of the investors' drawdowns and distributions (XIRR, days / 365). Amounts in " + currency + ".";
        return new InvestorReturns(asOf.toString(), summary, notes, investors, chart, chartTable, waterfallSummary,
                waterfall, cashSummary, cash);
    }

    private static List<Table.Cell> investorCells(InvestorReturn r) {
        return List.of(Table.Cell.number(FigureText.money(r.commitment())), Table.Cell.number(FigureText.money(r.drawn())),
                Table.Cell.number(FigureText.money(r.distributed())), Table.Cell.number(FigureText.money(r.net())),
                Table.Cell.number(FigureText.decimal(r.moneyMultiple().orElse(null))),
                Table.Cell.number(FigureText.percentage(r.irr().orElse(null))));
    }

    /** The outcome payments up to the reporting date that arrive after it, when there are any. */
    private static Optional<String> notYetReceived(Statement statement, Period lag) {
        LocalDate asOf = statement.asOf();
        List<Payment> later = statement.payments().stream()
                .filter(p -> !p.payment().isZero() && p.date().plus(lag).isAfter(asOf)).toList();
        if (later.isEmpty()) {
            return Optional.empty();
        }
        MonetaryAmount sum = later.stream().map(Payment::payment).reduce(MonetaryAmount::add).orElseThrow();
        Payment last = later.get(later.size() - 1);
        return Optional.of((later.size() == 1 ? "The outcome payment of " + last.date() + ", " + FigureText.money(sum)
                + ", arrives on " + last.date().plus(lag)
                : "The outcome payments of " + later.size() + " measurement dates up to " + last.date() + ", "
                        + FigureText.money(sum) + " in all, arrive") + " after " + asOf + ", so "
                + (later.size() == 1 ? "it is" : "they are") + " not in these returns. sibcalc returns without "
                + "--as-of reports when every payment has arrived.");
    }

    private static String lagWords(Period lag) {
        if (lag.isZero()) {
            return "on the measurement date itself";
        }
        List<String> parts = new ArrayList<>();
        if (lag.getYears() != 0) {
            parts.add(Words.count(lag.getYears(), "year"));
        }
        if (lag.getMonths() != 0) {
            parts.add(Words.count(lag.getMonths(), "month"));
        }
        if (lag.getDays() != 0) {
            parts.add(Words.count(lag.getDays(), "day"));
        }
        return String.join(" and ", parts) + " after it";
    }

    private static String returnWords(Waterfall waterfall) {
        ReturnCap cap = waterfall.returnCap();
        String surplus = ", then the surplus: " + FigureText.percentage(waterfall.surplusToInvestors())
                + " of it to the investors and the rest retained for the commissioner";
        if (cap instanceof ReturnCap.Multiple multiple) {
            return "a return until the investors' distributions reach " + FigureText.decimal(multiple.multiple())
                    + " times their capital drawn" + surplus;
        } else if (cap instanceof ReturnCap.Irr irr) {
            return "a return until the investors' IRR reaches " + FigureText.percentage(irr.rate()) + " a year"
                    + surplus;
        }
        return "everything else as their return (the return has no cap, so there is no surplus)";
    }

    private static String jsonLists(String thing) {
        return "sibcalc returns --format json lists every " + thing + ".";
    }

    /** The capital drawn and the distributions to date at each date on which either changes. */
    record Running(LocalDate date, MonetaryAmount drawn, MonetaryAmount distributed) {

        static List<Running> of(List<CashEvent> cash) {
            List<Running> running = new ArrayList<>();
            MonetaryAmount drawn = null;
            MonetaryAmount distributed = null;
            for (CashEvent event : cash) {
                boolean drawdown = event.kind() == CashEvent.Kind.DRAWDOWN;
                if (!drawdown && event.kind() != CashEvent.Kind.DISTRIBUTION) {
                    continue;
                }
                if (drawn == null) {
                    drawn = event.amount().multiply(0);
                    distributed = drawn;
                }
                if (drawdown) {
                    drawn = drawn.add(event.amount());
                } else {
                    distributed = distributed.subtract(event.amount()); // a distribution is money out: negative
                }
                Running now = new Running(event.date(), drawn, distributed);
                if (!running.isEmpty() && running.get(running.size() - 1).date().equals(event.date())) {
                    running.set(running.size() - 1, now);
                } else {
                    running.add(now);
                }
            }
            return running;
        }

        /**
         * The dates to chart: every one, or beyond {@value InvestorReturns#CHARTED}, the last of each month, or
         * quarter, or year, the first of these that gives few enough.
         */
        static List<Running> charted(List<Running> running) {
            List<Function<LocalDate, Object>> periods = List.of(d -> d.withDayOfMonth(1),
                    d -> d.getYear() * 10 + d.get(IsoFields.QUARTER_OF_YEAR), LocalDate::getYear);
            List<Running> charted = running;
            for (Function<LocalDate, Object> period : periods) {
                if (charted.size() <= CHARTED) {
                    break;
                }
                charted = new ArrayList<>();
                for (int i = 0; i < running.size(); i++) {
                    boolean lastOfPeriod = i == running.size() - 1
                            || !period.apply(running.get(i).date()).equals(period.apply(running.get(i + 1).date()));
                    if (lastOfPeriod) {
                        charted.add(running.get(i));
                    }
                }
            }
            return charted;
        }

        MonetaryAmount net() {
            return distributed.subtract(drawn);
        }
    }

    private static String chartAlternative(List<Running> running, List<Running> charted, Returns returns) {
        Running last = running.get(running.size() - 1);
        List<LocalDate> dates = running.stream().map(Running::date).toList();
        StringBuilder text = new StringBuilder("Step chart. The capital all investors had drawn and the distributions "
                + "they had received by each of the ").append(FigureText.integer(running.size()))
                .append(" dates on which either changed").append(Words.span(dates));
        if (charted.size() < running.size()) {
            text.append(" (drawn at the last of them in each period: ").append(charted.size()).append(" dates)");
        }
        text.append(". By ").append(last.date()).append(", ").append(FigureText.money(last.drawn())).append(" drawn and ")
                .append(FigureText.money(last.distributed())).append(" distributed");
        Optional<Running> repaid = running.stream()
                .filter(r -> r.drawn().isPositive() && !r.distributed().isLessThan(r.drawn())).findFirst();
        text.append(repaid.map(r -> "; the distributions first reached the capital drawn on " + r.date())
                .orElse("; the distributions have not reached the capital drawn"));
        InvestorReturn all = returns.allInvestors();
        text.append(". Money multiple ").append(FigureText.decimal(all.moneyMultiple().orElse(null))).append(", IRR ")
                .append(FigureText.percentage(all.irr().orElse(null))).append(". The table below lists every figure.");
        return text.toString();
    }

    private static Table chartTable(List<Running> charted, int dates, LocalDate asOf) {
        Function<Running, Table.Row> row = r -> new Table.Row(r.date().toString(), List.of(
                Table.Cell.number(FigureText.money(r.drawn())), Table.Cell.number(FigureText.money(r.distributed())),
                Table.Cell.number(FigureText.money(r.net()))), false);
        Function<List<Running>, Table.Row> others = hidden -> {
            Running last = hidden.get(hidden.size() - 1);
            return new Table.Row(FigureText.integer(hidden.size()) + " more", List.of(
                    Table.Cell.number(FigureText.money(last.drawn())), Table.Cell.number(FigureText.money(last.distributed())),
                    Table.Cell.number(FigureText.money(last.net()))), false);
        };
        String caption = "Capital drawn and distributions to date, all investors, up to " + asOf
                + (charted.size() < dates ? ", at the last date of each period charted" : "")
                + omitted(charted, Running::date, "dates", "the figures at the last of them");
        return new Table("returns-chart-table", caption, List.of(Table.Column.text("Date"),
                Table.Column.number("Drawn to date"), Table.Column.number("Distributed to date"),
                Table.Column.number("Net to date")), listed(charted, row, others));
    }

    private static Table waterfall(List<Distribution> distributions, LocalDate asOf) {
        Function<Distribution, Table.Row> row = d -> new Table.Row(d.date().toString(), List.of(
                Table.Cell.number(FigureText.money(d.reserve())), Table.Cell.number(FigureText.money(d.available())),
                Table.Cell.number(FigureText.money(d.capital())), Table.Cell.number(FigureText.money(d.returnOnCapital())),
                Table.Cell.number(FigureText.money(d.surplusToInvestors())),
                Table.Cell.number(FigureText.money(d.retained()))), false);
        List<Table.Row> rows = listed(distributions, row,
                hidden -> sums(FigureText.integer(hidden.size()) + " more", hidden, false));
        rows.add(sums("Total", distributions, true));
        String caption = "Each distribution down the waterfall, up to " + asOf
                + omitted(distributions, Distribution::date, "distributions", "their sums");
        return new Table("returns-waterfall-table", caption, List.of(Table.Column.text("Date"),
                Table.Column.number("Reserve"), Table.Column.number("Available"), Table.Column.number("Capital"),
                Table.Column.number("Return"), Table.Column.number("Surplus to investors"),
                Table.Column.number("Retained")), rows);
    }

    /** A row of the tiers' sums over the distributions (the reserve is not summed: each holds back the next). */
    private static Table.Row sums(String header, List<Distribution> distributions, boolean total) {
        List<Function<Distribution, MonetaryAmount>> tiers = List.of(Distribution::available, Distribution::capital,
                Distribution::returnOnCapital, Distribution::surplusToInvestors, Distribution::retained);
        List<Table.Cell> cells = new ArrayList<>(List.of(Table.Cell.number("")));
        for (Function<Distribution, MonetaryAmount> tier : tiers) {
            cells.add(Table.Cell.number(FigureText.money(
                    distributions.stream().map(tier).reduce(MonetaryAmount::add).orElseThrow())));
        }
        return new Table.Row(header, cells, total);
    }

    private static Table cash(List<CashEvent> cash, LocalDate asOf) {
        Function<CashEvent, Table.Row> row = e -> new Table.Row(e.date().toString(), List.of(
                Table.Cell.text(e.kind().name().toLowerCase(Locale.ROOT)), Table.Cell.number(FigureText.money(e.amount())),
                Table.Cell.number(FigureText.money(e.balance())), Table.Cell.text(note(e))), false);
        Function<List<CashEvent>, Table.Row> others = hidden -> {
            Map<CashEvent.Kind, Integer> kinds = new EnumMap<>(CashEvent.Kind.class);
            hidden.forEach(e -> kinds.merge(e.kind(), 1, Integer::sum));
            List<String> counts = new ArrayList<>();
            kinds.forEach((kind, n) -> counts.add(Words.count(n, kind.name().toLowerCase(Locale.ROOT))));
            MonetaryAmount net = hidden.stream().map(CashEvent::amount).reduce(MonetaryAmount::add).orElseThrow();
            return new Table.Row(FigureText.integer(hidden.size()) + " more", List.of(
                    Table.Cell.text(hidden.get(0).date() + " to " + hidden.get(hidden.size() - 1).date()),
                    Table.Cell.number(FigureText.money(net)),
                    Table.Cell.number(FigureText.money(hidden.get(hidden.size() - 1).balance())),
                    Table.Cell.text(String.join(", ", counts))), false);
        };
        String caption = "The SPV's cash up to " + asOf + ", each event with the balance after it"
                + omitted(cash, CashEvent::date, "events", "their sum and the balance after the last");
        return new Table("returns-cash-table", caption, List.of(Table.Column.text("Date"), Table.Column.text("Event"),
                Table.Column.number("Amount"), Table.Column.number("Balance"), Table.Column.text("Note")),
                listed(cash, row, others));
    }

    private static String note(CashEvent e) {
        switch (e.kind()) {
            case RECEIPT:
                return "outcome payment of " + e.measurementDate().orElseThrow();
            case CLAWBACK:
                return "clawback of " + e.measurementDate().orElseThrow();
            case COST:
                return e.description();
            case DISTRIBUTION:
                return "to investors";
            case RETAINED:
                return "surplus retained for the commissioner";
            default:
                return "";
        }
    }

    /**
     * The rows of the items: every one, or beyond {@value #LISTED}, the first and the last {@value #EDGE}
     * with one row for the others between them.
     */
    private static <T> List<Table.Row> listed(List<T> items, Function<T, Table.Row> row,
            Function<List<T>, Table.Row> others) {
        List<Table.Row> rows = new ArrayList<>();
        if (items.size() <= LISTED) {
            items.forEach(item -> rows.add(row.apply(item)));
            return rows;
        }
        items.subList(0, EDGE).forEach(item -> rows.add(row.apply(item)));
        rows.add(others.apply(items.subList(EDGE, items.size() - EDGE)));
        items.subList(items.size() - EDGE, items.size()).forEach(item -> rows.add(row.apply(item)));
        return rows;
    }

    /** The end of a caption saying which rows a longer table leaves out, or nothing when it lists them all. */
    private static <T> String omitted(List<T> items, Function<T, LocalDate> date, String things, String shown) {
        int size = items.size();
        if (size <= LISTED) {
            return "";
        }
        return "; the " + FigureText.integer(size - 2 * EDGE) + " " + things + " from "
                + date.apply(items.get(EDGE)) + " to " + date.apply(items.get(size - EDGE - 1)) + " are one row, with "
                + shown;
    }

    private static BigDecimal number(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }

    @Override
    public String id() {
        return "returns";
    }

    @Override
    public String heading() {
        return "Investors' returns";
    }

    @Override
    public String template() {
        return "returns";
    }
}
