package org.sibcalc.basics;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/**
 * Amounts as people and files write them: plain decimals (never an exponent) with at least the currency's
 * minor-unit places, so {@code 7100000.00} and {@code -1.00}, not {@code 7.1E+6} or {@code -1}. A JSR-354
 * {@code Money} drops trailing zeros, so its own {@code toString} cannot be used for this.
 */
public final class MoneyText {

    private MoneyText() {
    }

    /**
     * Returns the amount's number in plain notation with at least the currency's minor-unit places.
     *
     * @param amount the amount, not null
     * @return the number, such as {@code 7100000.00}, without the currency
     */
    public static String plain(MonetaryAmount amount) {
        BigDecimal number = amount.getNumber().numberValue(BigDecimal.class);
        int digits = Math.max(0, amount.getCurrency().getDefaultFractionDigits());
        return (number.scale() < digits ? number.setScale(digits) : number).toPlainString();
    }

    /**
     * Returns the amount with its currency code, such as {@code GBP 7100000.00}.
     *
     * @param amount the amount, not null
     * @return the currency code, a space and the plain number
     */
    public static String withCurrency(MonetaryAmount amount) {
        return amount.getCurrency().getCurrencyCode() + " " + plain(amount);
    }
}
