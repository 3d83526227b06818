package org.sibcalc.report.html;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The W3C's Nu HTML Checker (validator.nu, the checker behind validator.w3.org/nu), run here on a page's
 * source against its HTML schema, with its bundled schemas and no network. The checker is set up once (its
 * schema takes seconds to load) and checks one page at a time.
 */
final class HtmlChecker {

    private static final List<String> MESSAGES = new ArrayList<>();
    private static SimpleDocumentValidator validator;

    static {
        // The checker's libraries log to standard error: Jetty announces itself, log4j asks to be set up.
        System.setProperty("org.eclipse.jetty.util.log.announce", "false");
        org.apache.log4j.BasicConfigurator.configure(new org.apache.log4j.varia.NullAppender());
    }

    private HtmlChecker() {
    }

    /** Returns every error and warning the checker finds in the page, as {@code line: message}; empty when valid. */
    static synchronized List<String> check(String html) {
        MESSAGES.clear();
        try {
            if (validator == null) {
                validator = setUp();
            }
            InputSource source = new InputSource(new StringReader(html));
            source.setSystemId("statement.html");
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        } catch (SAXException e) {
            MESSAGES.add("fatal: " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(MESSAGES);
    }

    private static SimpleDocumentValidator setUp() {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                MESSAGES.add("warning: " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                MESSAGES.add("error: " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                MESSAGES.add("fatal: " + e.getLineNumber() + ": " + e.getMessage());
            }
        };
        try {
            // No log4j set-up, no URL logging, no language detection (it needs no network, but it guesses).
            SimpleDocumentValidator checker = new SimpleDocumentValidator(false, false, false);
            checker.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
            checker.setUpValidatorAndParsers(handler, true, false);
            return checker;
        } catch (Exception e) { // setUpMainSchema declares Exception
            throw new IllegalStateException("The checker could not be set up: " + e, e);
        }
    }
}
