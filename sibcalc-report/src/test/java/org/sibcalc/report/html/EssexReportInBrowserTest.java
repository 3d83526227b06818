package org.sibcalc.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.io.StatementJson;

/**
 * The Essex report as headless Chromium renders it: what a reader sees, not the page's source. The charts
 * are drawn with one mark for each measurement date (and cohort), inside the chart; the headline shows the
 * statement JSON's own figures; every chart has its caption, text alternative and table; the page loads
 * nothing but itself and the browser reports no error; printed on A4 nothing runs off the page. The page,
 * a picture of it and its print are left in {@code sibcalc-report/target} for people to look at.
 *
 * <p>Skipped, with a message, where Chromium is not installed, unless {@code SIBCALC_BROWSER_TEST=required};
 * {@code .ci/run} installs it and requires it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EssexReportInBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Chromium's profile; static, so that it is there before the browser starts in {@link #renderTheEssexReport}. */
    @TempDir
    static Path profile;

    private RenderedPage page;
    private Chromium.Tab tab;
    private JsonNode statement;
    private JsonNode contract;
    private Path target;

    @BeforeAll
    void renderTheEssexReport() throws IOException, URISyntaxException {
        EssexReport essex = EssexReport.read();
        statement = JSON.readTree(StatementJson.write(essex.statement()));
        contract = JSON.readTree(EssexReport.FOLDER.resolve("contract.json").toFile());
        page = RenderedPage.open("essex-report", essex.html(), profile);
        tab = page.tab;
        target = page.target();
    }

    @AfterAll
    void closeTheBrowser() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    void eachChartHasOneMarkForEachMeasurementDate() throws IOException {
        List<String> dates = texts(statement.get("payments"), "date");
        assertThat(dates).hasSize(24).startsWith("2013-06-30").endsWith("2019-03-31");

        assertThat(marks("care-proportion-chart", "care-proportion")).isEqualTo(dates);
        assertThat(marks("care-proportion-chart", "baseline")).isEqualTo(dates);
        assertThat(marks("payments-chart", "payment")).isEqualTo(dates);
        assertThat(marks("payments-chart", "cumulative-due")).isEqualTo(dates);
        assertThat(marks("cohorts-chart", "care-proportion")).isEqualTo(texts(statement.get("cohorts"), "cohort"));
        assertThat(marks("cohorts-chart", "baseline")).isEqualTo(texts(statement.get("cohorts"), "cohort"));
    }

    @Test
    void everyMarkIsDrawnInsideItsChart() throws IOException {
        JsonNode outside = tab.evaluate("""
                Array.from(document.querySelectorAll('svg.chart')).flatMap(svg => {
                  const box = svg.getBoundingClientRect();
                  return Array.from(svg.querySelectorAll('g.mark')).filter(g => {
                    const r = g.getBoundingClientRect();
                    return !(r.width > 0 && r.height > 0 && r.left >= box.left && r.right <= box.right
                        && r.top >= box.top && r.bottom <= box.bottom);
                  }).map(g => svg.id + ' ' + g.dataset.series + ' ' + g.dataset.key);
                })""");
        assertThat(outside).as("marks not drawn, or drawn outside their chart").isEmpty();
        assertThat(tab.evaluate("document.querySelectorAll('svg.chart g.mark').length").asInt())
                .isEqualTo(4 * 24 + 2 * 23);
    }

    @Test
    void theHeadlineShowsTheStatementJsonsFigures() throws IOException {
        JsonNode programme = statement.get("measurement");
        JsonNode payments = statement.get("payments");
        JsonNode last = payments.get(payments.size() - 1);
        BigDecimal paid = BigDecimal.ZERO;
        for (JsonNode payment : payments) {
            paid = paid.add(new BigDecimal(payment.get("payment").asText()));
        }
        BigDecimal cap = new BigDecimal(contract.at("/caps/total").asText());
        BigDecimal due = new BigDecimal(last.get("cumulativeDue").asText());

        assertThat(percentage("headline-care-proportion")).isEqualTo(new BigDecimal(programme.get("careProportion").asText()));
        assertThat(percentage("headline-baseline")).isEqualByComparingTo(contract.at("/baseline/proportion").asText());
        assertThat(figure("headline-care-days-avoided")).isEqualTo(new BigDecimal(programme.get("careDaysAvoided").asText()));
        assertThat(money("headline-cumulative-due")).isEqualTo(due);
        assertThat(money("headline-paid")).isEqualTo(paid);
        assertThat(money("headline-cap")).isEqualTo(cap);
        // GBP 4,326,939.00 / GBP 7,100,000.00 = 0.6094280... → 60.9428%
        assertThat(percentage("headline-cap-used")).isEqualTo(due.divide(cap, 6, RoundingMode.HALF_EVEN));
        assertThat(text("headline-care-proportion-value")).isEqualTo("10.8001%");
        assertThat(text("headline-care-days-avoided-value")).isEqualTo("96,154.20");
    }

    @Test
    void thePaymentsTableShowsEveryPaymentOfTheJson() throws IOException {
        JsonNode rows = tab.evaluate("""
                Array.from(document.querySelectorAll('#payments-table tbody tr'))
                    .map(tr => Array.from(tr.cells).map(c => c.innerText))""");
        JsonNode payments = statement.get("payments");
        assertThat(rows).hasSize(payments.size() + 1); // and the total
        for (int i = 0; i < payments.size(); i++) {
            JsonNode row = rows.get(i);
            JsonNode payment = payments.get(i);
            assertThat(row.get(0).asText()).isEqualTo(payment.get("date").asText());
            assertThat(number(row.get(2).asText())).isEqualTo(new BigDecimal(payment.get("cumulativeDue").asText()));
            assertThat(number(row.get(4).asText())).isEqualTo(new BigDecimal(payment.get("paidBefore").asText()));
            assertThat(number(row.get(5).asText())).isEqualTo(new BigDecimal(payment.get("payment").asText()));
        }
    }

    @Test
    void theBrowserReportsNoErrorAndLoadsNothingButThePage() {
        page.assertNoErrorAndNothingLoadedButThePage();
    }

    @Test
    void thePageHasALanguageATitleAndHeadingsInOrder() throws IOException {
        assertThat(tab.evaluate("document.documentElement.lang").asText()).isEqualTo("en-GB");
        assertThat(tab.evaluate("document.title").asText())
                .isEqualTo("Essex Edge of Care SIB (illustrative terms): statement as of 2019-03-31");
        List<Integer> levels = new ArrayList<>();
        tab.evaluate("Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).map(h => +h.tagName[1])")
                .forEach(level -> levels.add(level.asInt()));
        assertThat(levels).startsWith(1).containsOnlyOnce(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %d after a heading %d", levels.get(i), levels.get(i - 1))
                    .isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        assertThat(tab.evaluate("Array.from(document.querySelectorAll('h2')).map(h => h.innerText)").toString())
                .isEqualTo("[\"Headline\",\"Care proportion\",\"Payments against the cap\",\"Cohorts\",\"Warnings\"]");
    }

    @Test
    void everyChartHasACaptionATextAlternativeAndATableOfItsNumbers() throws IOException {
        JsonNode charts = tab.evaluate("""
                Array.from(document.querySelectorAll('svg')).map(svg => {
                  const named = id => (document.getElementById(id) || {}).innerText || '';
                  let next = svg.closest('figure').nextElementSibling;
                  return {role: svg.getAttribute('role'), name: named(svg.getAttribute('aria-labelledby')),
                          description: named(svg.getAttribute('aria-describedby')),
                          table: next && next.querySelector('table caption') ? next.querySelector('table caption').innerText : ''};
                })""");
        assertThat(charts).hasSize(3);
        for (JsonNode chart : charts) {
            assertThat(chart.get("role").asText()).isEqualTo("img");
            assertThat(chart.get("name").asText()).isNotBlank();
            assertThat(chart.get("description").asText()).contains(" chart. ").endsWith(".");
            assertThat(chart.get("table").asText()).isNotBlank();
        }
    }

    @Test
    void printedOnA4NothingRunsOffThePage() throws IOException {
        page.assertPrintedOnA4NothingRunsOffThePage();
    }

    @Test
    void aPictureOfThePageIsLeftForPeople() throws IOException {
        byte[] png = tab.screenshot(1000);
        Files.write(target.resolve("essex-report.png"), png);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).isGreaterThan(20_000);
    }

    private List<String> marks(String chart, String series) throws IOException {
        return page.marks(chart, series);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.get(field).asText()));
        return texts;
    }

    private String text(String id) throws IOException {
        return tab.evaluate("document.getElementById('" + id + "').innerText").asText();
    }

    private BigDecimal figure(String id) throws IOException {
        return number(text(id + "-value"));
    }

    private BigDecimal percentage(String id) throws IOException {
        String text = text(id + "-value");
        assertThat(text).endsWith("%");
        return number(text.substring(0, text.length() - 1)).movePointLeft(2);
    }

    private BigDecimal money(String id) throws IOException {
        String text = text(id + "-value");
        assertThat(text).startsWith("GBP ");
        return number(text.substring(4));
    }

    /** Reads a figure as people read it: {@code GBP 4,326,939.00} or {@code 96,154.20}. */
    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace("GBP ", "").replace(",", ""));
    }
}
