package org.sibcalc.report.html;

/**
 * One part of the HTML statement: a heading and a model object that its own template shows. The page lists
 * its sections in order, each as an HTML {@code section} with an {@code h2} and a link in the contents.
 *
 * <p>To add a part to the page (as {@link LedgerTrueUp} and {@link InvestorReturns} were added), write a
 * record that implements this interface with the figures the part shows, a template
 * {@code org/sibcalc/report/html/NAME.mustache} beside the others that shows the record (its headings start
 * at {@code h3}), and add the record to the list in {@link StatementPage#of(org.sibcalc.Statement,
 * org.sibcalc.contract.ContractTerms, WarningSummary, InvestorReturns)}.
 *
 * <p>Implementations are immutable values.
 */
public interface Section {

    /** Returns the section's HTML id, also the anchor of its link in the contents: lower-case words and hyphens. */
    String id();

    /** Returns the section's heading, such as {@code Payments against the cap}. */
    String heading();

    /**
     * Returns the name of the template that shows this section, such as {@code payments} for
     * {@code org/sibcalc/report/html/payments.mustache}. The template sees this object's accessors by name.
     */
    String template();
}
