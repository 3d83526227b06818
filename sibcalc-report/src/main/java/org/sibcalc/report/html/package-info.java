/**
 * The statement as one self-contained HTML page for people (docs/report.md): {@link
 * org.sibcalc.report.html.StatementHtml} writes a {@link org.sibcalc.report.html.StatementPage}, whose
 * {@linkplain org.sibcalc.report.html.Section sections} are records each shown by its own Mustache template,
 * with charts drawn by JFreeChart as inline SVG: the payment ledger and its true-up when the statement has a
 * ledger, and the investors' returns when the page is given them ({@link org.sibcalc.report.html.InvestorReturns}). Every figure is the statement's own, written by
 * {@link org.sibcalc.io.FigureText} as in the text statement.
 *
 * <p>Nothing here is null unless it is typed {@code @Nullable} (docs/api.md).
 */
@NullMarked
package org.sibcalc.report.html;

import org.jspecify.annotations.NullMarked;
