/**
 * The payments actually made (docs/ledger.md): the {@link org.sibcalc.ledger.PaymentLedger}, an input of the
 * payment rules alongside the contract's terms, and its entries. No file format is known here.
 */
package org.sibcalc.ledger;
