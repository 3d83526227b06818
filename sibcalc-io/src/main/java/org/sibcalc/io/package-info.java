/**
 * Files (docs/input-files.md, docs/contract.md, docs/statement-json.md): {@link org.sibcalc.io.InputFiles} reads and
  * validates a contract and the
 * participants and episodes CSV files, reporting every problem as {@code file:line: field: message};
 * {@link org.sibcalc.io.StatementJson}, {@link org.sibcalc.io.StatementText} and
 * {@link org.sibcalc.io.ExplanationCsv} write the results. For the investors (README, "Investors' returns"),
 * {@link org.sibcalc.io.InvestmentJson} reads the investment terms and {@link org.sibcalc.io.ReturnsJson} and
 * {@link org.sibcalc.io.ReturnsText} write the returns.
 *
 * <p>Nothing here is null unless it is typed {@code @Nullable} (docs/api.md).
 */
@NullMarked
package org.sibcalc.io;

import org.jspecify.annotations.NullMarked;
