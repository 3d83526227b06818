package org.sibcalc.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.io.FigureText;
import org.sibcalc.io.ReturnsJson;
import org.sibcalc.io.StatementJson;

/**
 * The page of a statement with a payment ledger and an investment, as headless Chromium renders it: the
 * quarterly example's extract at 2019-03-31 (paid up to 2018-12-31) with the Essex example's investors
 * ({@link QuarterlyReport}). What the reader sees of the ledger, the true-up and each investor's returns is
 * what the JSON outputs say ({@code statement --format json} with the ledger, {@code returns --format json});
 * every chart is marked, captioned, described and tabled; the browser reports no error and loads nothing;
 * printed on A4 the wider tables still fit. The page and its print are left in {@code sibcalc-report/target}.
 *
 * <p>Skipped, with a message, where Chromium is not installed, unless {@code SIBCALC_BROWSER_TEST=required}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerAndReturnsInBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path profile;

    private RenderedPage page;
    private Chromium.Tab tab;
    private JsonNode statement;
    private JsonNode returns;

    @BeforeAll
    void renderThePage() throws IOException, URISyntaxException {
        QuarterlyReport quarterly = QuarterlyReport.read();
        statement = JSON.readTree(StatementJson.write(quarterly.statement()));
        returns = JSON.readTree(ReturnsJson.write(quarterly.returns()));
        page = RenderedPage.open("ledger-and-returns-report", quarterly.html(), profile);
        tab = page.tab;
    }

    @AfterAll
    void closeTheBrowser() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    void theLedgerTableIsTheStatementJsonsPaidPayments() throws IOException {
        List<JsonNode> paid = new ArrayList<>();
        statement.get("payments").forEach(p -> {
            if (p.path("paid").asBoolean(false)) {
                paid.add(p);
            }
        });
        assertThat(paid).hasSize(23);
        JsonNode rows = rows("ledger-table");
        assertThat(rows).hasSize(paid.size() + 1); // and the ledger's total
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < paid.size(); i++) {
            JsonNode row = rows.get(i);
            JsonNode payment = paid.get(i);
            BigDecimal made = money(payment, "payment");
            BigDecimal recomputed = money(payment, "recomputedPayment");
            assertThat(row.get(0).asText()).isEqualTo(payment.get("date").asText());
            assertThat(number(row.get(1).asText())).isEqualTo(money(payment, "cumulativeDue"));
            assertThat(number(row.get(2).asText())).isEqualTo(money(payment, "paidBefore"));
            assertThat(number(row.get(3).asText())).isEqualTo(made);
            assertThat(number(row.get(4).asText())).isEqualTo(recomputed);
            assertThat(number(row.get(5).asText())).isEqualTo(recomputed.subtract(made));
            total = total.add(made);
        }
        assertThat(number(rows.get(paid.size()).get(3).asText())).isEqualTo(total);
        assertThat(marks("ledger-chart", "paid")).isEqualTo(texts(paid, "date"));
        assertThat(marks("ledger-chart", "recomputed-payment")).isEqualTo(texts(paid, "date"));
    }

    @Test
    void theTrueUpAndTheHeadlinesPaidAreTheStatementJsons() throws IOException {
        JsonNode payments = statement.get("payments");
        JsonNode first = null;
        BigDecimal paid = BigDecimal.ZERO;
        for (JsonNode payment : payments) {
            if (payment.path("paid").asBoolean(false)) {
                paid = paid.add(money(payment, "payment"));
            } else if (first == null) {
                first = payment;
            }
        }
        assertThat(first.get("date").asText()).isEqualTo("2019-03-31");
        BigDecimal trueUp = money(first, "trueUp");

        assertThat(figure("ledger-true-up")).isEqualTo(trueUp);
        assertThat(figure("ledger-paid")).isEqualTo(money(first, "paidBefore")).isEqualTo(paid);
        assertThat(figure("ledger-due")).isEqualTo(money(first, "paidBefore").add(trueUp));
        assertThat(figure("ledger-payment")).isEqualTo(money(first, "payment"));
        assertThat(text("ledger-true-up")).startsWith("True-up at 2019-03-31");
        assertThat(figure("headline-paid")).isEqualTo(paid);
        assertThat(figure("headline-to-pay")).isEqualTo(money(first, "payment"));
    }

    @Test
    void eachInvestorsReturnsAreTheReturnsJsons() throws IOException {
        JsonNode rows = rows("returns-investors-table");
        List<JsonNode> investors = new ArrayList<>();
        returns.at("/returns/investors").forEach(investors::add);
        investors.add(returns.at("/returns/allInvestors"));
        assertThat(investors).hasSize(9);
        assertThat(rows).hasSize(investors.size());
        for (int i = 0; i < investors.size(); i++) {
            JsonNode row = rows.get(i);
            JsonNode investor = investors.get(i);
            assertThat(row.get(0).asText()).isEqualTo(investor.get("investor").asText());
            assertThat(number(row.get(1).asText())).isEqualTo(money(investor, "commitment"));
            assertThat(number(row.get(2).asText())).isEqualTo(money(investor, "drawn"));
            assertThat(number(row.get(3).asText())).isEqualTo(money(investor, "distributed"));
            assertThat(number(row.get(4).asText())).isEqualTo(money(investor, "net"));
            assertThat(number(row.get(5).asText())).isEqualTo(money(investor, "moneyMultiple"));
            assertThat(percentage(row.get(6).asText())).isEqualTo(money(investor, "irr"));
        }
    }

    @Test
    void theWaterfallAndTheCashAreTheReturnsJsons() throws IOException {
        JsonNode distributions = returns.get("distributions");
        JsonNode waterfall = rows("returns-waterfall-table");
        assertThat(waterfall).hasSize(distributions.size() + 1); // and the total
        for (int i = 0; i < distributions.size(); i++) {
            JsonNode row = waterfall.get(i);
            JsonNode d = distributions.get(i);
            assertThat(row.get(0).asText()).isEqualTo(d.get("date").asText());
            String[] tiers = {"reserve", "available", "capital", "return", "surplusToInvestors", "retained"};
            for (int t = 0; t < tiers.length; t++) {
                assertThat(number(row.get(t + 1).asText())).as("%s %s", d.get("date"), tiers[t]).isEqualTo(money(d, tiers[t]));
            }
        }
        JsonNode cash = returns.get("cash");
        JsonNode events = rows("returns-cash-table");
        assertThat(events).hasSize(cash.size());
        for (int i = 0; i < cash.size(); i++) {
            JsonNode row = events.get(i);
            JsonNode e = cash.get(i);
            assertThat(row.get(0).asText()).isEqualTo(e.get("date").asText());
            assertThat(row.get(1).asText()).isEqualToIgnoringCase(e.get("event").asText());
            assertThat(number(row.get(2).asText())).isEqualTo(money(e, "amount"));
            assertThat(number(row.get(3).asText())).isEqualTo(money(e, "balance"));
        }
        assertThat(text("returns")).contains("The closing balance is GBP "
                + FigureText.decimal(money(returns, "closingBalance")) + ".");
    }

    @Test
    void theReturnsChartHasAMarkForEachDateOfItsTable() throws IOException {
        JsonNode rows = rows("returns-chart-table");
        List<String> dates = new ArrayList<>();
        rows.forEach(r -> dates.add(r.get(0).asText()));
        assertThat(marks("returns-chart", "drawn")).isEqualTo(dates);
        assertThat(marks("returns-chart", "distributed")).isEqualTo(dates);
        // The last row: everything drawn and distributed by 2019-03-31.
        JsonNode last = rows.get(rows.size() - 1);
        assertThat(number(last.get(1).asText())).isEqualTo(money(returns.at("/returns/allInvestors"), "drawn"));
        assertThat(number(last.get(2).asText())).isEqualTo(money(returns.at("/returns/allInvestors"), "distributed"));
    }

    @Test
    void everyChartIsCaptionedDescribedAndTabledAndEveryMarkIsInsideIt() throws IOException {
        JsonNode charts = tab.evaluate("""
                Array.from(document.querySelectorAll('svg')).map(svg => {
                  const named = id => (document.getElementById(id) || {}).innerText || '';
                  let next = svg.closest('figure').nextElementSibling;
                  const box = svg.getBoundingClientRect();
                  const outside = Array.from(svg.querySelectorAll('g.mark')).filter(g => {
                    const r = g.getBoundingClientRect();
                    return !(r.width > 0 && r.height > 0 && r.left >= box.left && r.right <= box.right
                        && r.top >= box.top && r.bottom <= box.bottom);
                  }).length;
                  return {id: svg.id, role: svg.getAttribute('role'), name: named(svg.getAttribute('aria-labelledby')),
                          description: named(svg.getAttribute('aria-describedby')), outside: outside,
                          table: next && next.querySelector('table caption') ? next.querySelector('table caption').innerText : ''};
                })""");
        assertThat(charts).hasSize(5);
        for (JsonNode chart : charts) {
            assertThat(chart.get("role").asText()).isEqualTo("img");
            assertThat(chart.get("name").asText()).isNotBlank();
            assertThat(chart.get("description").asText()).contains(" chart. ").endsWith(".");
            assertThat(chart.get("table").asText()).isNotBlank();
            assertThat(chart.get("outside").asInt()).as("marks outside %s", chart.get("id")).isZero();
        }
        assertThat(tab.evaluate("Array.from(document.querySelectorAll('h2')).map(h => h.innerText)").toString())
                .isEqualTo("[\"Headline\",\"Care proportion\",\"Payments against the cap\",\"Payment ledger and true-up\","
                        + "\"Cohorts\",\"Investors' returns\",\"Warnings\"]");
    }

    @Test
    void theBrowserReportsNoErrorAndLoadsNothingButThePage() {
        page.assertNoErrorAndNothingLoadedButThePage();
    }

    @Test
    void printedOnA4NothingRunsOffThePage() throws IOException {
        page.assertPrintedOnA4NothingRunsOffThePage();
    }

    /** The rows of a table's body, each the text of its cells as the browser shows them. */
    private JsonNode rows(String table) throws IOException {
        return tab.evaluate("Array.from(document.querySelectorAll('#" + table + " tbody tr'))"
                + ".map(tr => Array.from(tr.cells).map(c => c.innerText))");
    }

    private List<String> marks(String chart, String series) throws IOException {
        return page.marks(chart, series);
    }

    private static List<String> texts(List<JsonNode> items, String field) {
        return items.stream().map(item -> item.get(field).asText()).toList();
    }

    private String text(String id) throws IOException {
        return tab.evaluate("document.getElementById('" + id + "').innerText").asText();
    }

    private BigDecimal figure(String id) throws IOException {
        return number(text(id + "-value"));
    }

    private static BigDecimal money(JsonNode node, String field) {
        return new BigDecimal(node.get(field).asText());
    }

    /** Reads a percentage as people read it, {@code 3.3789%}, as the fraction it is. */
    private static BigDecimal percentage(String text) {
        assertThat(text).endsWith("%");
        return number(text.substring(0, text.length() - 1)).movePointLeft(2);
    }

    /** Reads a figure as people read it: {@code GBP 4,326,939.00}, {@code -1,597.50} or {@code 1.109478}. */
    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace("GBP ", "").replace(",", ""));
    }
}
