package org.sibcalc.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.gbp;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sibcalc.Calculation;
import org.sibcalc.Fixtures;
import org.sibcalc.Statement;
import org.sibcalc.contract.Caps;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.Participant;
import org.sibcalc.contract.MeasurementDates;
import org.sibcalc.contract.Tracking;
import org.sibcalc.io.InputFiles;
import org.sibcalc.ledger.LedgerEntry;
import org.sibcalc.ledger.PaymentLedger;
import org.sibcalc.returns.Drawdown;
import org.sibcalc.returns.InvestmentTerms;
import org.sibcalc.returns.Investor;

/**
 * The HTML statement's page read from its source: valid HTML by the W3C's checker, a language, a title,
 * headings in order, every chart with its caption, text alternative and table, and each kind of contract
 * shown as it is (no baseline, no cap, several outcomes, no payment yet, many cohorts, warnings).
 */
class StatementHtmlTest {

    private static EssexReport essex;

    @BeforeAll
    static void readEssex() {
        essex = EssexReport.read();
    }

    @Test
    void theEssexPageIsValidHtml() {
        assertThat(HtmlChecker.check(essex.html())).isEmpty();
    }

    @Test
    void theCheckerFindsWhatIsWrong() {
        // So that an empty list above means a valid page, not a checker that checks nothing.
        assertThat(HtmlChecker.check("<!DOCTYPE html><html lang=en><title>t</title><p><span>x</p>"))
                .anySatisfy(m -> assertThat(m).startsWith("error: ").contains("span"));
    }

    @Test
    void theEssexPageHasALanguageATitleHeadingsInOrderAndAnAlternativeForEveryChart() {
        Document page = Jsoup.parse(essex.html());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-GB");
        assertThat(page.title()).isEqualTo("Essex Edge of Care SIB (illustrative terms): statement as of 2019-03-31");
        assertHeadingsInOrder(page);
        assertThat(page.select("h2").eachText()).containsExactly("Headline", "Care proportion",
                "Payments against the cap", "Cohorts", "Warnings");
        assertEveryChartHasItsAlternativeAndTable(page, 3);
        assertThat(page.select("nav a").eachAttr("href")).containsExactly("#headline", "#care-proportion",
                "#payments", "#cohorts", "#warnings");
        // No ledger and no investment given: neither section, and the headline's paid is the schedule's.
        assertThat(page.getElementById("ledger")).isNull();
        assertThat(page.getElementById("returns")).isNull();
        assertThat(page.getElementById("headline-to-pay")).isNull();
        assertThat(page.select("footer").text()).doesNotContain("returns");
    }

    @Test
    void theEssexHeadlineIsTheStatementsFiguresAsTheTextStatementWritesThem() {
        Document page = Jsoup.parse(essex.html());
        assertThat(values(page)).containsExactly(
                "Care proportion = 10.8001%", "Baseline = 55.0000%", "Care days avoided = 96,154.20",
                "Cumulative due = GBP 4,326,939.00", "Total paid = GBP 4,326,939.00",
                "Cap on the total = GBP 7,100,000.00", "Cap used = 60.9428%");
        assertThat(page.getElementById("headline-cap-used").text()).contains("GBP 2,773,061.00 left");
        assertThat(page.select("#cohorts-table tr.total").text())
                .isEqualTo("All cohorts 388 217,544 23,495 10.8001% 55.0000% 119,649.20 96,154.20");
        assertThat(page.select("#payments-table tr.total").text()).isEqualTo("Total paid GBP 4,326,939.00");
        assertThat(page.select("#warnings p").text()).isEqualTo("None.");
    }

    @Test
    void thePageNeedsNothingBeyondItself() {
        Document page = Jsoup.parse(essex.html());
        assertThat(page.select("script, link, img, iframe, object, embed, video, audio, source")).isEmpty();
        assertThat(page.select("[src], [href]:not(nav a)")).isEmpty();
        assertThat(essex.html()).doesNotContain("url(http", "@import", "@font-face");
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo("default-src 'none'; style-src 'unsafe-inline'");
    }

    @Test
    void theSameStatementGivesTheSamePage() {
        assertThat(EssexReport.read().html()).isEqualTo(essex.html());
    }

    @Test
    void aContractWithSeveralOutcomesNoBaselineAndNoCapShowsItsOutcomesAndSaysWhatItHasNot() {
        Path folder = Path.of("examples", "illustrative-adoption-stages");
        InputFiles files = InputFiles.read(folder.resolve("contract.json"), folder.resolve("participants.csv"),
                folder.resolve("episodes.csv"), false);
        Statement statement = files.calculation().statement();
        String html = StatementHtml.write(statement, files.calculation().terms(), WarningSummary.of(statement, files));

        assertThat(HtmlChecker.check(html)).isEmpty();
        Document page = Jsoup.parse(html);
        assertHeadingsInOrder(page);
        assertThat(page.select("h2").eachText()).containsExactly("Headline", "Care proportion", "Payments",
                "Outcomes", "Cohorts", "Warnings");
        assertEveryChartHasItsAlternativeAndTable(page, 4);
        assertThat(values(page)).containsExactly("Care proportion = " + percentage(statement),
                "Cumulative due = " + page.getElementById("headline-cumulative-due-value").text(),
                "Total paid = " + page.getElementById("headline-paid-value").text(), "Cap on the total = none");
        assertThat(page.select(".headline ~ .note").text())
                .isEqualTo("The contract has no baseline, so no care days are expected or avoided.");
        assertThat(page.select("#care-proportion-chart g.mark[data-series=baseline]")).isEmpty();
        assertThat(page.select("#cohorts-table thead th").eachText()).containsExactly("Cohort", "Participants",
                "Child days", "Care days", "Care proportion");
        // One line of marks per outcome, in contract order, and each outcome's units and amount at the end.
        int dates = statement.payments().size();
        for (int o = 1; o <= 4; o++) {
            assertThat(page.select("#outcomes-chart g.mark[data-series=outcome-" + o + "]")).hasSize(dates);
        }
        List<String> lastRows = page.select("#outcomes-last-table tbody tr").eachText();
        assertThat(lastRows).hasSize(4);
        var last = statement.payments().get(dates - 1).outcomes();
        for (int o = 0; o < 4; o++) {
            assertThat(lastRows.get(o)).startsWith(last.get(o).name() + " " + last.get(o).type() + " ")
                    .endsWith(org.sibcalc.io.FigureText.money(last.get(o).amount()));
        }
    }

    @Test
    void beforeTheFirstMeasurementDateThereIsNoPaymentAndNoChartOfDates() {
        Statement statement = essex.files().calculation().statement(LocalDate.of(2013, 5, 31));
        String html = StatementHtml.write(statement, essex.files().calculation().terms());

        assertThat(HtmlChecker.check(html)).isEmpty();
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("headline-cumulative-due-value").text()).isEqualTo("none");
        assertThat(page.getElementById("headline-cumulative-due").text()).contains("no measurement date on or before 2013-05-31");
        assertThat(page.getElementById("headline-cap-used-value").text()).isEqualTo("0.0000%");
        assertThat(page.select("#care-proportion svg, #payments svg")).isEmpty();
        assertThat(page.select("#payments p").text()).isEqualTo(
                "There is no measurement date on or before 2013-05-31, so nothing is due yet.");
        assertEveryChartHasItsAlternativeAndTable(page, 1); // the cohorts started by then
    }

    @Test
    void beyond200CohortsTheFirst200AreShownAndTheOthersTogether() {
        // 250 participants, each a cohort of their own, each started on 2019-01-01 and 90 days in care:
        // at 2019-03-31 every one has 90 child days and 89 care days (the window ends at 2019-04-01).
        List<Participant> participants = new ArrayList<>();
        List<CareEpisode> episodes = new ArrayList<>();
        for (int i = 1; i <= 250; i++) {
            String id = String.format("P%03d", i);
            participants.add(Participant.of(id, date("2019-01-01")).withCohort(String.format("C%03d", i)));
            episodes.add(CareEpisode.of(id, date("2019-01-02"), date("2019-06-30")));
        }
        Statement statement = Calculation.of(Fixtures.terms().build(), CareData.of(participants, episodes))
                .statement(date("2019-03-31"));
        String html = StatementHtml.write(statement, Fixtures.terms().build());

        assertThat(HtmlChecker.check(html)).isEmpty();
        Document page = Jsoup.parse(html);
        List<String> rows = page.select("#cohorts-table tbody th").eachText();
        assertThat(rows).hasSize(202).startsWith("C001").contains("C200").doesNotContain("C201")
                .endsWith("The other 50 cohorts", "All cohorts");
        // the other 50 together: 50 × 90 child days, 50 × 89 care days, 50 × 45 expected care days
        assertThat(page.select("#cohorts-table tbody tr:nth-last-child(2)").text())
                .isEqualTo("The other 50 cohorts 50 4,500 4,450 98.8889% 50.0000% 2,250.0 -2,200.0");
        assertThat(page.select("#cohorts-chart g.mark[data-series=care-proportion]")).hasSize(201);
        assertThat(page.select("#cohorts p").first().text()).contains("The first 200 of the 250 cohorts are shown one by one");
    }

    @Test
    void warningsAreCountedByKindWithTheFirstFewOfEach() {
        // Seven participants, each with two overlapping episodes, and one with an empty episode.
        List<Participant> participants = new ArrayList<>();
        List<CareEpisode> episodes = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            participants.add(Participant.of("P" + i, date("2019-01-01")));
            episodes.add(CareEpisode.of("P" + i, date("2019-01-10"), date("2019-02-10")));
            episodes.add(CareEpisode.of("P" + i, date("2019-02-01"), date("2019-02-20")));
        }
        episodes.add(CareEpisode.of("P1", date("2019-03-01"), date("2019-03-01")));
        ContractTerms terms = Fixtures.terms().caps(Caps.total(gbp("20.00"))).build();
        Statement statement = Calculation.of(terms, CareData.of(participants, episodes)).statement(date("2019-03-31"));
        String html = StatementHtml.write(statement, terms);

        assertThat(HtmlChecker.check(html)).isEmpty();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#warnings-table tbody tr").eachText())
                .containsExactly("overlapping episodes 7", "zero length episode 1");
        assertThat(page.select("#warnings h3").eachText()).containsExactly("overlapping episodes", "zero length episode");
        assertThat(page.select("#warnings ul.lines").first().select("li")).hasSize(WarningSummary.FIRST);
        assertThat(page.select("#warnings .more").text()).isEqualTo("… and 2 more.");
        assertThat(page.select("#warnings p").first().text()).startsWith("8 in all");
        // 7 × 90 child days, 7 × 41 care days (10 January to 20 February, the overlap once), so 315 − 287 =
        // 28 care days avoided at £1.00: GBP 28.00, capped at GBP 20.00, the cap used up.
        assertThat(page.getElementById("headline-cumulative-due-value").text()).isEqualTo("GBP 20.00");
        assertThat(page.getElementById("headline-cap-used-value").text()).isEqualTo("100.0000%");
        assertThat(page.getElementById("headline-cap-used").text()).contains("GBP 0.00 left");
    }

    @Test
    void textFromTheInputIsEscaped() {
        ContractTerms terms = Fixtures.terms().name("<script>alert('x')</script> & Co").build();
        Statement statement = Calculation.of(terms, CareData.of(List.of(Participant.of("P1", date("2019-01-01"))
                .withCohort("<b>A</b>")), List.of())).statement(date("2019-03-31"));
        String html = StatementHtml.write(statement, terms);

        assertThat(HtmlChecker.check(html)).isEmpty();
        assertThat(html).doesNotContain("<script>", "<b>A</b>").contains("&lt;script&gt;", "&amp; Co");
        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("h1").text()).isEqualTo("<script>alert('x')</script> & Co");
        assertThat(page.select("#cohorts-chart g.mark").eachAttr("data-key")).contains("<b>A</b>");
    }

    @Test
    void aStatementWithALedgerAndAnInvestmentShowsTheLedgerWithItsTrueUpAndTheInvestorsReturns() {
        QuarterlyReport quarterly = QuarterlyReport.read();
        String html = quarterly.html();

        assertThat(HtmlChecker.check(html)).isEmpty();
        Document page = Jsoup.parse(html);
        assertHeadingsInOrder(page);
        assertThat(page.select("h2").eachText()).containsExactly("Headline", "Care proportion",
                "Payments against the cap", "Payment ledger and true-up", "Cohorts", "Investors' returns", "Warnings");
        assertThat(page.select("nav a").eachAttr("href")).containsExactly("#headline", "#care-proportion",
                "#payments", "#ledger", "#cohorts", "#returns", "#warnings");
        assertThat(page.select("#ledger h3, #returns h3").eachText()).containsExactly("True-up",
                "Distributions down the waterfall", "The SPV's cash");
        assertEveryChartHasItsAlternativeAndTable(page, 5);

        // The ledger paid 2013-06-30 to 2018-12-31 (23 dates) on the 2018-12-31 extract; today's data restate
        // 2018 (docs/ledger.md): at 2018-12-31 GBP 344,634.75 was paid where GBP 343,037.25 is recomputed.
        List<String> rows = page.select("#ledger-table tbody tr").eachText();
        assertThat(rows).hasSize(23 + 1).endsWith("Paid by the ledger GBP 3,984,383.25");
        assertThat(rows.get(22)).isEqualTo("2018-12-31 GBP 3,982,785.75 GBP 3,639,748.50 GBP 344,634.75 "
                + "GBP 343,037.25 GBP -1,597.50");
        assertThat(page.select("#ledger-chart g.mark[data-series=paid]")).hasSize(23);
        assertThat(page.select("#ledger-chart g.mark[data-series=recomputed-payment]")).hasSize(23);
        // The true-up at 2019-03-31: GBP 3,982,785.75 due on today's data less GBP 3,984,383.25 paid; the payment
        // GBP 4,326,939.00 − GBP 3,984,383.25 = GBP 342,555.75, GBP 344,153.25 had 2018 been paid on today's data.
        assertThat(page.select("#ledger .figures .figure").eachText()).containsExactly(
                "True-up at 2019-03-31 GBP -1,597.50 paid too much up to 2018-12-31 on today's data",
                "Due up to 2018-12-31 GBP 3,982,785.75 what the payment rules alone pay up to 2018-12-31 on today's data",
                "Paid up to 2018-12-31 GBP 3,984,383.25 the payment ledger's 23 payments",
                "Payment at 2019-03-31 GBP 342,555.75 GBP 4,326,939.00 cumulative due less GBP 3,984,383.25 paid; "
                        + "GBP 344,153.25 had the payments up to 2018-12-31 been made on today's data");
        assertThat(page.select("#ledger p.note").text()).isEqualTo("The contract has no clawback, and none is needed: "
                + "the overpayment of GBP 1,597.50 is set against the payment at 2019-03-31, which is still GBP 342,555.75.");
        // The headline's paid is the ledger's; the payment after it is still to pay.
        assertThat(page.getElementById("headline-paid-value").text()).isEqualTo("GBP 3,984,383.25");
        assertThat(page.getElementById("headline-to-pay").text()).isEqualTo("To pay GBP 342,555.75 the payment at "
                + "2019-03-31 on today's data, with the true-up of GBP -1,597.50");
        assertThat(page.select("#payments-table tr.total").text()).isEqualTo("Total paid and to pay GBP 4,326,939.00");

        // The investors' returns at 2019-03-31 from the ledger's payments (the Essex example's, on the Essex
        // data alone, are GBP 3,437,785.75 distributed: the ledger paid GBP 1,597.50 more).
        List<String> investors = page.select("#returns-investors-table tbody tr").eachText();
        assertThat(investors).hasSize(9).startsWith("Investor A GBP 1,000,000.00 GBP 999,999.99 GBP 1,109,478.45 "
                + "GBP 109,478.46 1.109478 3.3789%").endsWith("All investors GBP 3,100,000.00 GBP 3,100,000.00 "
                + "GBP 3,439,383.25 GBP 339,383.25 1.109478 3.3789%");
        int distributions = quarterly.returns().distributions().size();
        assertThat(page.select("#returns-waterfall-table tbody tr")).hasSize(distributions + 1);
        assertThat(page.select("#returns-cash-table tbody tr")).hasSize(quarterly.returns().cash().size());
        assertThat(page.select("#returns p.note").text()).isEqualTo("The outcome payment of 2019-03-31, "
                + "GBP 342,555.75, arrives on 2019-04-30 after 2019-03-31, so it is not in these returns. sibcalc "
                + "returns without --as-of reports when every payment has arrived.");
        assertThat(page.select("footer").text()).contains("and the investors' returns those of sibcalc returns:");
        assertThat(page.select("#returns-chart g.mark[data-series=drawn]"))
                .hasSameSizeAs(page.select("#returns-chart g.mark[data-series=distributed]"))
                .hasSize(page.select("#returns-chart-table tbody tr").size());
    }

    @Test
    void aLedgerReachingThePaymentAtTheReportingDateHasNoTrueUpYet() {
        String html = QuarterlyReport.read(LocalDate.of(2018, 12, 31)).html();

        assertThat(HtmlChecker.check(html)).isEmpty();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#ledger .figures")).isEmpty();
        assertThat(page.select("#ledger p.note").text()).isEqualTo("Every measurement date up to 2018-12-31 is in "
                + "the payment ledger, so there is no true-up yet: it comes with the first payment after 2018-12-31.");
        assertThat(page.getElementById("headline-to-pay")).isNull();
        assertThat(page.select("#payments-table tr.total").text()).isEqualTo("Total paid GBP 3,984,383.25");
    }

    @Test
    void theTrueUpIsExplainedAsTheContractsClawbackMakesIt() {
        // docs/ledger.md: P1 from 2019-01-01 in care from February to April: 0.00 due at 2019-03-31, 1.50 at
        // 2019-06-30; the ledger paid 45.00 at 2019-03-31. At 2019-06-30 the true-up is 0.00 − 45.00 = −45.00.
        CareData data = CareData.of(List.of(Participant.of("P1", date("2019-01-01"))),
                List.of(CareEpisode.of("P1", date("2019-02-01"), date("2019-05-01"))));

        Document without = ledgerPage(Fixtures.terms().build(), data);
        // Without clawback: 1.50 − 45.00 is below zero, so 0.00, and 43.50 is carried.
        assertThat(without.getElementById("ledger-payment-value").text()).isEqualTo("GBP 0.00");
        assertThat(without.getElementById("ledger-true-up-value").text()).isEqualTo("GBP -45.00");
        assertThat(without.select("#ledger p.note").text()).isEqualTo("The contract has no clawback, so nothing is "
                + "paid back and no payment is below zero: the payment at 2019-06-30 is GBP 0.00, and the GBP 43.50 "
                + "paid beyond the cumulative due is carried against later payments until the cumulative due passes "
                + "what was paid.");
        assertThat(without.select("#ledger-table tbody tr").first().text())
                .isEqualTo("2019-03-31 GBP 0.00 GBP 0.00 GBP 45.00 GBP 0.00 GBP -45.00");

        Document with = ledgerPage(Fixtures.terms().clawback(true).build(), data);
        // With clawback: 1.50 − 45.00 = −43.50, paid back.
        assertThat(with.getElementById("ledger-payment-value").text()).isEqualTo("GBP -43.50");
        assertThat(with.getElementById("ledger-payment").text()).endsWith("GBP 1.50 had the payments up to "
                + "2019-03-31 been made on today's data");
        assertThat(with.select("#ledger p.note").text()).isEqualTo("The contract has clawback: the overpayment of "
                + "GBP 45.00 is set against the payment at 2019-06-30 at once, and as it is more than is due, the "
                + "payment is negative: GBP 43.50 is paid back.");
    }

    private static Document ledgerPage(ContractTerms terms, CareData data) {
        PaymentLedger ledger = PaymentLedger.of(terms, List.of(LedgerEntry.of(date("2019-03-31"), gbp("45.00"))));
        Statement statement = Calculation.of(terms, data, ledger).statement(date("2019-06-30"));
        String html = StatementHtml.write(statement, terms);
        assertThat(HtmlChecker.check(html)).isEmpty();
        return Jsoup.parse(html);
    }

    @Test
    void manyDistributionsAndCashEventsAreShownFirstAndLastWithTheOthersTogether() {
        // Weekly measurement dates for five years and a ten-year window: a payment every week, each received
        // and distributed the same day, so 261 distributions and 1 + 2 × 261 cash events.
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate d = date("2019-01-06"); !d.isAfter(date("2023-12-31")); d = d.plusWeeks(1)) {
            weeks.add(d);
        }
        ContractTerms terms = Fixtures.terms().tracking(Tracking.of(Period.ofYears(10)))
                .measurement(MeasurementDates.of(weeks)).build();
        CareData data = CareData.of(List.of(Participant.of("P1", date("2019-01-01"))), List.of());
        Statement statement = Calculation.of(terms, data).statement(weeks.get(weeks.size() - 1));
        InvestmentTerms investment = InvestmentTerms.builder("Weekly investors", Fixtures.GBP)
                .investor(Investor.of("A", gbp("600.00"))).investor(Investor.of("B", gbp("400.00")))
                .drawdown(Drawdown.of(date("2019-01-01"), gbp("1000.00"))).build();
        InvestorReturns returns = InvestorReturns.of(statement, investment);
        String html = StatementHtml.write(statement, terms, WarningSummary.of(statement), returns);

        assertThat(HtmlChecker.check(html)).isEmpty();
        Document page = Jsoup.parse(html);
        int distributions = weeks.size();
        List<String> waterfall = page.select("#returns-waterfall-table tbody th").eachText();
        assertThat(waterfall).hasSize(2 * InvestorReturns.EDGE + 2).startsWith("2019-01-06")
                .contains((distributions - 2 * InvestorReturns.EDGE) + " more").endsWith("2023-12-31", "Total");
        assertThat(page.select("#returns-waterfall-table caption").text()).contains("; the 211 distributions from "
                + weeks.get(InvestorReturns.EDGE) + " to " + weeks.get(distributions - InvestorReturns.EDGE - 1)
                + " are one row, with their sums");
        List<String> cash = page.select("#returns-cash-table tbody tr").eachText();
        assertThat(cash).hasSize(2 * InvestorReturns.EDGE + 1);
        assertThat(cash.get(InvestorReturns.EDGE)).startsWith((1 + 2 * distributions - 2 * InvestorReturns.EDGE)
                + " more ").endsWith("237 receipts, 236 distributions");
        // 261 dates of distributions and one of the drawdown, beyond 200: the last date of each month, 60 of them.
        assertThat(page.select("#returns-chart g.mark[data-series=distributed]")).hasSize(60);
        assertThat(page.select("#returns-chart-table tbody tr")).hasSize(60);
        assertThat(page.select("#returns-chart-alternative").text()).contains("(drawn at the last of them in each "
                + "period: 60 dates)");
        assertEveryChartHasItsAlternativeAndTable(page, 4);
        // The page is as long as its 261 measurement dates make the other sections; the returns stay small.
        assertThat(page.getElementById("returns").outerHtml().length()).as("the returns' size").isLessThan(100_000);
    }

    @Test
    void beforeAnythingIsDrawnTheReturnsSayThereIsNothingYet() {
        Statement statement = essex.files().calculation().statement(LocalDate.of(2013, 3, 31));
        InvestmentTerms investment = InvestmentTerms.builder("Late investors", Fixtures.GBP)
                .investor(Investor.of("A", gbp("100.00"))).drawdown(Drawdown.of(date("2013-04-01"), gbp("100.00")))
                .build();
        String html = StatementHtml.write(statement, essex.files().calculation().terms(), WarningSummary.of(statement),
                InvestorReturns.of(statement, investment));

        assertThat(HtmlChecker.check(html)).isEmpty();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#returns svg")).isEmpty();
        assertThat(page.select("#returns-investors-table tbody tr").eachText()).containsExactly(
                "A GBP 100.00 GBP 0.00 GBP 0.00 GBP 0.00 n/a n/a",
                "All investors GBP 100.00 GBP 0.00 GBP 0.00 GBP 0.00 n/a n/a");
        assertThat(page.select("#returns p").eachText()).contains(
                "No outcome payment was received by 2013-03-31, so nothing was distributed.",
                "Nothing moved the SPV's cash by 2013-03-31.");
    }

    private static List<String> values(Document page) {
        List<String> values = new ArrayList<>();
        for (Element figure : page.select(".headline .figure")) {
            values.add(figure.selectFirst("dt").text() + " = " + figure.selectFirst("dd.value").text());
        }
        return values;
    }

    private static String percentage(Statement statement) {
        return org.sibcalc.io.FigureText.careProportion(statement.programme());
    }

    private static void assertHeadingsInOrder(Document page) {
        List<Integer> levels = page.select("h1, h2, h3, h4, h5, h6").stream()
                .map(h -> Integer.parseInt(h.tagName().substring(1))).toList();
        assertThat(levels).startsWith(1).containsOnlyOnce(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
    }

    private static void assertEveryChartHasItsAlternativeAndTable(Document page, int charts) {
        assertThat(page.select("svg")).hasSize(charts);
        for (Element svg : page.select("svg")) {
            assertThat(svg.attr("role")).isEqualTo("img");
            Element caption = page.getElementById(svg.attr("aria-labelledby"));
            Element alternative = page.getElementById(svg.attr("aria-describedby"));
            assertThat(caption).isNotNull();
            assertThat(caption.tagName()).isEqualTo("figcaption");
            assertThat(caption.text()).isNotBlank();
            assertThat(alternative).isNotNull();
            assertThat(alternative.text()).contains(" chart. ");
            Element figure = svg.closest("figure");
            assertThat(figure.nextElementSibling().select("table caption").text()).isNotBlank();
        }
    }
}
