package org.sibcalc.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * A report page as headless Chromium renders it, for the tests of what a reader sees: the page is written to
 * {@code sibcalc-report/target/NAME.html} (left there, with its print, for people to look at) and opened in a
 * browser of its own. Where Chromium is not installed the test is skipped with a message, unless
 * {@code SIBCALC_BROWSER_TEST=required} (as {@code .ci/run} sets it), when it fails.
 */
final class RenderedPage implements AutoCloseable {

    /** A4 is 210 mm wide; the page's margins are 12 mm each side: 186 mm = 703 CSS pixels of text. */
    private static final int A4_TEXT_WIDTH = 703;

    private final String name;
    private final Path target;
    private final Chromium chromium;
    final Chromium.Tab tab;

    private RenderedPage(String name, Path target, Chromium chromium, Chromium.Tab tab) {
        this.name = name;
        this.target = target;
        this.chromium = chromium;
        this.tab = tab;
    }

    /**
     * Writes the page as {@code name.html} in the build's target folder and opens it in Chromium.
     *
     * @param profile an empty folder for the browser's profile
     */
    static RenderedPage open(String name, String html, Path profile) throws IOException, URISyntaxException {
        Optional<Path> executable = Chromium.executable();
        if ("required".equals(System.getenv("SIBCALC_BROWSER_TEST"))) {
            assertThat(executable).as("SIBCALC_BROWSER_TEST=required (as in .ci/run), but there is no Chromium on "
                    + "the PATH and no CHROMIUM").isPresent();
        }
        Assumptions.assumeTrue(executable.isPresent(), "Chromium is not installed, so " + name + " is not checked "
                + "in a browser: apt-get install chromium (or set CHROMIUM to its path); .ci/run installs it");
        Path target = Path.of(RenderedPage.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
        Path page = target.resolve(name + ".html");
        Files.writeString(page, html);
        Chromium chromium = Chromium.start(executable.get(), profile);
        Chromium.Tab tab = chromium.open();
        tab.load(page.toUri());
        return new RenderedPage(name, target, chromium, tab);
    }

    /** {@return where the page and what is left for people are written} */
    Path target() {
        return target;
    }

    /** Checks that the browser reported no error and that the page loaded nothing but itself. */
    void assertNoErrorAndNothingLoadedButThePage() {
        assertThat(tab.problems()).as("what the browser reported").isEmpty();
        assertThat(tab.requests()).as("what the page loaded").hasSize(1)
                .allSatisfy(url -> assertThat(url).startsWith("file:").endsWith("/" + name + ".html"));
    }

    /** Checks that printed, the page is no wider than A4's text, and leaves its print as {@code name.pdf}. */
    void assertPrintedOnA4NothingRunsOffThePage() throws IOException {
        tab.media("print");
        tab.send("Emulation.setDeviceMetricsOverride", Chromium.params().put("width", A4_TEXT_WIDTH)
                .put("height", 1000).put("deviceScaleFactor", 1).put("mobile", false));
        try {
            JsonNode wide = tab.evaluate("""
                    Array.from(document.querySelectorAll('body *'))
                        .filter(e => e.getBoundingClientRect().right > %d.5 && e.children.length === 0)
                        .slice(0, 10).map(e => e.tagName + '#' + e.id + ' ' + (e.innerText || '').slice(0, 40)
                            + ' ' + Math.round(e.getBoundingClientRect().right))""".formatted(A4_TEXT_WIDTH));
            assertThat(tab.evaluate("document.documentElement.scrollWidth").asInt()).as("wider than A4: %s", wide)
                    .isLessThanOrEqualTo(A4_TEXT_WIDTH);
            byte[] pdf = tab.printA4();
            Files.write(target.resolve(name + ".pdf"), pdf);
            assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        } finally {
            tab.send("Emulation.clearDeviceMetricsOverride", Chromium.params());
            tab.media("");
        }
    }

    /** {@return the keys of a chart's marks of one series, in the order they are drawn} */
    List<String> marks(String chart, String series) throws IOException {
        List<String> keys = new ArrayList<>();
        tab.evaluate("Array.from(document.querySelectorAll('#" + chart + " svg g.mark[data-series=\"" + series
                + "\"]')).map(g => g.dataset.key)").forEach(k -> keys.add(k.asText()));
        return keys;
    }

    @Override
    public void close() {
        chromium.close();
    }
}
