/**
 * Checking what a contract is said to owe (docs/ledger.md): the {@link org.sibcalc.claim.ClaimCheck} of a
 * provider's claim against the recomputed statement, and the {@link org.sibcalc.claim.Comparison} of two extracts
 * of the data. Each is an immutable value a finance tool can store; each is worked out from the statements and
 * explanations a {@link org.sibcalc.Calculation} gives, never by a second engine. No file format is known here.
 */
package org.sibcalc.claim;
