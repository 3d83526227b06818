package org.sibcalc.returns;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The distribution on a receipt date, split by the tiers of the {@link Waterfall} (README, "Investors' returns"): what was
 * available, held back, and paid to the investors (capital, return, their share of the surplus) or
 * retained for the commissioner.
 *
 * <p>{@code available = max(0, balance − reserve)} = {@code capital + returnOnCapital + surplusToInvestors
 * + retained}. It may be zero, when the reserve holds everything back.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date               the receipt date, not null
 * @param balance            the SPV's cash before the distribution, after the date's costs; not null
 * @param reserve            what later costs need beyond later drawdowns (zero without a reserve); not null
 * @param available          what is distributed, {@code max(0, balance − reserve)}; not null
 * @param capital            tier 1: capital back to the investors; not null
 * @param returnOnCapital    tier 2: return to the investors, within the cap; not null
 * @param surplusToInvestors tier 3: the investors' share of the surplus; not null
 * @param retained           tier 3: the rest of the surplus, retained for the commissioner; not null
 * @param byInvestor         the investors' part ({@link #toInvestors()}) shared pro rata to commitment, one
 *                           share per investor in the order of the terms; not null
 */
public record Distribution(LocalDate date, MonetaryAmount balance, MonetaryAmount reserve, MonetaryAmount available,
        MonetaryAmount capital, MonetaryAmount returnOnCapital, MonetaryAmount surplusToInvestors,
        MonetaryAmount retained, Allocation byInvestor) {

    /**
     * Checks the fields.
     *
     * @param date the {@link #date() date} record component
     * @param balance the {@link #balance() balance} record component
     * @param reserve the {@link #reserve() reserve} record component
     * @param available the {@link #available() available} record component
     * @param capital the {@link #capital() capital} record component
     * @param returnOnCapital the {@link #returnOnCapital() returnOnCapital} record component
     * @param surplusToInvestors the {@link #surplusToInvestors() surplusToInvestors} record component
     * @param retained the {@link #retained() retained} record component
     * @param byInvestor the {@link #byInvestor() byInvestor} record component
     */
    public Distribution {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(reserve, "reserve");
        Objects.requireNonNull(available, "available");
        Objects.requireNonNull(capital, "capital");
        Objects.requireNonNull(returnOnCapital, "returnOnCapital");
        Objects.requireNonNull(surplusToInvestors, "surplusToInvestors");
        Objects.requireNonNull(retained, "retained");
        Objects.requireNonNull(byInvestor, "byInvestor");
    }

    /** {@return the investors' part, all three tiers: capital + return + their share of the surplus} */
    public MonetaryAmount toInvestors() {
        return capital.add(returnOnCapital).add(surplusToInvestors);
    }
}
