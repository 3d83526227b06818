package org.sibcalc.report.html;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sibcalc.Statement;
import org.sibcalc.contract.ContractTerms;

/**
 * The statement as one self-contained HTML page for people: the headline, charts with their text
 * alternatives and the tables of their numbers, the payment ledger and its true-up when the statement has a
 * ledger, the investors' returns when given, and the warnings. The page needs nothing beyond itself (no
 * network, fonts or scripts; its own policy forbids loading any), opens from disk and prints on A4.
 *
 * <p>The page is {@code page.mustache} around each {@link Section} shown by its own template, all in this
 * package's resources; the same statement always gives the same page.
 */
public final class StatementHtml {

    private static final String RESOURCES = "/org/sibcalc/report/html/";

    private StatementHtml() {
    }

    /**
     * Returns the page of the statement under its terms, with the statement's own warnings.
     *
     * @param statement the statement, not null
     * @param terms the contract terms it was calculated with, not null
     * @return the page, a whole HTML document
     */
    public static String write(Statement statement, ContractTerms terms) {
        return write(StatementPage.of(statement, terms, WarningSummary.of(statement)));
    }

    /**
     * Returns the page of the statement under its terms, with these warnings.
     *
     * @param statement the statement, not null
     * @param terms the contract terms it was calculated with, not null
     * @param warnings the warnings to show, not null
     * @return the page, a whole HTML document
     */
    public static String write(Statement statement, ContractTerms terms, WarningSummary warnings) {
        return write(StatementPage.of(statement, terms, warnings));
    }

    /**
     * Returns the page of the statement under its terms, with these warnings and the investors' returns
     * ({@link InvestorReturns#of}) at the statement's reporting date.
     *
     * @param statement the statement
     * @param terms the contract's terms the statement was calculated with
     * @param warnings the warnings found in the input
     * @param returns the investors' returns at the statement's reporting date
     * @return the page, as HTML
     */
    public static String write(Statement statement, ContractTerms terms, WarningSummary warnings,
            InvestorReturns returns) {
        Objects.requireNonNull(returns, "returns");
        return write(StatementPage.of(statement, terms, warnings, returns));
    }

    /**
     * {@return the page}
     *
     * @param page the page's content
     */
    public static String write(StatementPage page) {
        Objects.requireNonNull(page, "page");
        Mustache.Compiler compiler = Mustache.compiler().escapeHTML(true).zeroIsFalse(true).emptyStringIsFalse(true)
                .withLoader(name -> reader(name + ".mustache"));
        List<Shown> sections = new ArrayList<>();
        for (Section section : page.sections()) {
            Template template = compile(compiler, section.template() + ".mustache");
            sections.add(new Shown(section.id(), section.heading(), template.execute(section)));
        }
        return compile(compiler, "page.mustache").execute(new Page(page, resource("statement.css"), sections));
    }

    /** What the page template sees. */
    record Page(StatementPage page, String css, List<Shown> sections) {
    }

    /** A section as its template showed it. */
    record Shown(String id, String heading, String html) {
    }

    private static Template compile(Mustache.Compiler compiler, String name) {
        try (Reader reader = reader(name)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader reader(String name) {
        InputStream in = StatementHtml.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IllegalStateException("The template " + RESOURCES + name + " is missing from the class path");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static String resource(String name) {
        try (Reader reader = reader(name)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
