package org.sibcalc.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sibcalc.Statement;
import org.sibcalc.contract.ContractTerms;

/**
 * What the HTML statement shows: its title and its sections in order. Every figure in it is the statement's
 * own, written by {@link org.sibcalc.io.FigureText} as in the text statement.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param contract the contract's name, not null
 * @param asOf     the reporting date as written in the statement ({@code 2019-03-31}), not null
 * @param currency the currency code of every amount, not null
 * @param sections the sections, in order, not null
 */
public record StatementPage(String contract, String asOf, String currency, List<Section> sections) {

    /**
     * Checks the fields and copies the sections.
     *
     * @param contract the {@link #contract() contract} record component
     * @param asOf the {@link #asOf() asOf} record component
     * @param currency the {@link #currency() currency} record component
     * @param sections the {@link #sections() sections} record component
     */
    public StatementPage {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(currency, "currency");
        sections = List.copyOf(sections);
    }

    /**
     * Returns the page of the statement under the terms it was calculated with: the headline, the care
     * proportion, the payments, the outcomes (when the contract pays for more than care days avoided), the
     * cohorts and the warnings.
     *
     * @param statement the statement, not null
     * @param terms the contract terms it was calculated with, not null
     * @param warnings the warnings to show, not null
     * @return the page's content
     */
    public static StatementPage of(Statement statement, ContractTerms terms, WarningSummary warnings) {
        return of(statement, terms, warnings, null);
    }

    /**
     * {@return the page of the statement under the terms it was calculated with: the headline, the care
     * proportion, the payments, the payment ledger and its true-up (when the statement has a ledger), the
     * outcomes (when the contract pays for more than care days avoided), the cohorts, the investors' returns
     * (when given) and the warnings}
     *
     * @param statement the statement
     * @param terms the contract's terms the statement was calculated with
     * @param warnings the warnings found in the input
     * @param returns the investors' returns at the statement's reporting date, or null for none
     * @throws IllegalArgumentException when the returns are at another reporting date
     */
    public static StatementPage of(Statement statement, ContractTerms terms, WarningSummary warnings,
            InvestorReturns returns) {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(warnings, "warnings");
        if (returns != null && !returns.asOf().equals(statement.asOf().toString())) {
            throw new IllegalArgumentException("returns: at " + returns.asOf() + ", but the statement is at "
                    + statement.asOf() + ": the page shows one reporting date");
        }
        List<Section> sections = new ArrayList<>();
        sections.add(Headline.of(statement, terms));
        sections.add(CareProportionTrend.of(statement, terms));
        sections.add(PaymentsAgainstCap.of(statement, terms));
        LedgerTrueUp.of(statement, terms).ifPresent(sections::add);
        OutcomeBreakdown.of(statement).ifPresent(sections::add);
        sections.add(Cohorts.of(statement, terms));
        if (returns != null) {
            sections.add(returns);
        }
        sections.add(warnings);
        return new StatementPage(statement.contractName(), statement.asOf().toString(),
                statement.currency().getCurrencyCode(), sections);
    }

    /** {@return whether the page shows the investors' returns} */
    public boolean hasInvestorReturns() {
        return sections.stream().anyMatch(InvestorReturns.class::isInstance);
    }

    /** {@return the page's title: the contract and the reporting date} */
    public String title() {
        return contract + ": statement as of " + asOf;
    }
}
