/**
 * The investors' side (README, "Investors' returns"): what the special purpose vehicle (SPV) does with the outcome payments and
 * what each investor gets back. Read in this order:
 * <ol>
 *   <li>{@link org.sibcalc.returns.InvestmentTerms}: investors and commitments, drawdowns, costs, the receipt
 *       lag, the reserve for costs and the {@link org.sibcalc.returns.Waterfall} with its
 *       {@link org.sibcalc.returns.ReturnCap};</li>
 *   <li>{@link org.sibcalc.returns.Spv#returns}: the SPV's cash day by day from a list of
 *       {@link org.sibcalc.returns.OutcomePayment}s, each distribution down the waterfall, shared among the
 *       investors by {@link org.sibcalc.returns.ProRata};</li>
 *   <li>{@link org.sibcalc.returns.Returns}: the cash events, the distributions and an
 *       {@link org.sibcalc.returns.InvestorReturn} for all investors and each one, with its money multiple
 *       and its IRR ({@link org.sibcalc.returns.Xirr}).</li>
 * </ol>
 * The package knows no file format: {@code org.sibcalc.io} reads the investment file and writes the returns.
 * It depends only on {@code basics} and, for {@link org.sibcalc.returns.OutcomePayment#of(java.util.List)},
 * on {@code payment}.
 *
 * <p>Nothing here is null unless it is typed {@code @Nullable} (docs/api.md).
 */
@NullMarked
package org.sibcalc.returns;

import org.jspecify.annotations.NullMarked;
