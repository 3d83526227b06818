package org.sibcalc.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.Caps;
import org.sibcalc.contract.Condition;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.MeasurementDates;
import org.sibcalc.contract.Outcome;
import org.sibcalc.contract.OutcomeWindow;
import org.sibcalc.contract.State;
import org.sibcalc.contract.Tracking;

/**
 * Illustrative contracts of each mechanism family, to start a test from and change with
 * {@link ContractTerms.Builder}: the shapes of the UK children's-care outcomes contracts, with the prices
 * of the project's illustrative examples (invented where none were published). None of them is a real
 * contract's terms.
 *
 * <p>Every preset is in GBP, measured quarterly from 2013-06-30 to 2021-06-30, with {@code EXCLUSIVE}
 * episode ends; the foster placements are the SSDA903 codes U1–U6, residential K2 and R1, adoptive A3–A6.
 *
 * <pre>{@code
 * ContractTerms terms = Contracts.weeksInFoster("500.00", 104).measurement(Contracts.quarterly("2019-03-31", "2020-03-31")).build();
 * }</pre>
 */
public final class Contracts {

    /** The currency of every preset. */
    public static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

    /** The foster placements (SSDA903 U1–U6). */
    public static final State FOSTER = State.ofPlacements(Set.of("U1", "U2", "U3", "U4", "U5", "U6"));
    /** The residential placements (SSDA903 K2, R1). */
    public static final State RESIDENTIAL = State.ofPlacements(Set.of("K2", "R1"));
    /** The adoptive placements (SSDA903 A3–A6). */
    public static final State ADOPTIVE = State.ofPlacements(Set.of("A3", "A4", "A5", "A6"));

    private static final Condition OUT_OF_CARE = Condition.outOf(State.CARE);

    private Contracts() {
    }

    /**
     * {@return an amount in GBP, such as {@code gbp("45.00")}}
     *
     * @param amount the amount, such as {@code "45.00"}
     */
    public static MonetaryAmount gbp(String amount) {
        return Money.of(new BigDecimal(amount), GBP);
    }

    /**
     * {@return measurement at every quarter end from {@code from} to {@code to}}
     *
     * @param from the first day a date can be, {@code yyyy-mm-dd}
     * @param to the last day a date can be, {@code yyyy-mm-dd}
     */
    public static MeasurementDates quarterly(String from, String to) {
        return MeasurementDates.every(MeasurementDates.Frequency.QUARTER, LocalDate.parse(from), LocalDate.parse(to));
    }

    /**
     * Essex-style care days avoided: a flat baseline, a price per care day avoided, tracking for 30 months or
     * to the 18th birthday, payments capped in total.
     *
     * @param pricePerDay the price of one care day avoided in GBP, such as {@code "45.00"}
     * @param baseline the expected care proportion, such as {@code "0.108"}
     * @param totalCap the cap on the total paid in GBP
     * @return a builder of the terms, to change some of them
     */
    public static ContractTerms.Builder careDaysAvoided(String pricePerDay, String baseline, String totalCap) {
        return base("Care days avoided (illustrative)", Tracking.of(Period.ofMonths(30), 18),
                Outcome.careDaysAvoided(gbp(pricePerDay)))
                .baseline(Baseline.flat(new BigDecimal(baseline))).caps(Caps.total(gbp(totalCap)));
    }

    /**
     * Norfolk-style days out of care, less a deadweight, up to 3 years.
     *
     * @param pricePerDay the price of one day out of care in GBP
     * @param deadweight the share in [0, 1) that would have happened anyway, such as {@code "0.33"}
     * @return a builder of the terms, to change some of them
     */
    public static ContractTerms.Builder daysOutOfCare(String pricePerDay, String deadweight) {
        return base("Days out of care (illustrative)", Tracking.of(Period.ofYears(3), 18),
                Outcome.days(OUT_OF_CARE, gbp(pricePerDay)).withName("days out of care")
                        .withDeadweight(new BigDecimal(deadweight)).withWindow(OutcomeWindow.upTo(Period.ofYears(3))));
    }

    /**
     * Pan-London-style weeks (7 consecutive days) out of care, over 2 years.
     *
     * @param pricePerWeek the price of one week in GBP
     * @return a builder of the terms, to change some of them
     */
    public static ContractTerms.Builder weeksOutOfCare(String pricePerWeek) {
        return base("Weeks out of care (illustrative)", Tracking.of(Period.ofYears(2), 18),
                Outcome.blocks(OUT_OF_CARE, Period.ofDays(7), gbp(pricePerWeek)).withName("weeks out of care"));
    }

    /**
     * Pyramid-style weeks in a foster placement, up to {@code maxWeeks}.
     *
     * @param pricePerWeek the price of one week in GBP
     * @param maxWeeks the most weeks paid per young person
     * @return a builder of the terms, to change some of them
     */
    public static ContractTerms.Builder weeksInFoster(String pricePerWeek, int maxWeeks) {
        return base("Weeks in foster care (illustrative)", Tracking.of(Period.ofYears(3), 18),
                Outcome.blocks(Condition.in("foster"), Period.ofDays(7), gbp(pricePerWeek))
                        .withName("weeks in a foster placement").withMaxBlocks(maxWeeks))
                .states(Map.of("foster", FOSTER));
    }

    /**
     * Birmingham Step Down-style: a price once 52 weeks in a foster placement are reached without a break.
     *
     * @param price the price paid once in GBP
     * @return a builder of the terms, to change some of them
     */
    public static ContractTerms.Builder yearInFoster(String price) {
        return base("52 weeks in foster care (illustrative)", Tracking.of(Period.ofYears(2), 18),
                Outcome.milestone(Condition.in("foster"), Period.ofWeeks(52), gbp(price)).withName("52 weeks in foster care"))
                .states(Map.of("foster", FOSTER));
    }

    /**
     * It's All About Me-style adoption stages at the published prices: registration £8,000 (engagement),
     * placement with adopters £23,000, one year £6,800 and two years £15,800 out of foster care.
     *
     * @return a builder of the terms, to change some of them
     */
    public static ContractTerms.Builder adoptionStages() {
        Map<String, State> states = new LinkedHashMap<>();
        states.put("adoptive", ADOPTIVE);
        states.put("foster", FOSTER);
        return base("Adoption stages (illustrative)", Tracking.of(Period.ofYears(4)),
                Outcome.engagement(gbp("8000.00")).withName("registration"))
                .outcomes(List.of(
                        Outcome.engagement(gbp("8000.00")).withName("registration"),
                        Outcome.milestone(Condition.in("adoptive"), Period.ofDays(1), gbp("23000.00")).withName("placement"),
                        Outcome.milestone(Condition.outOf("foster"), Period.ofYears(1), gbp("6800.00"))
                                .withName("one year after placement"),
                        Outcome.milestone(Condition.outOf("foster"), Period.ofYears(2), gbp("15800.00"))
                                .withName("two years after placement")))
                .states(states);
    }

    /**
     * Gloucestershire-style: a price per 3-month block out of residential care.
     *
     * @param pricePerBlock the price of one block in GBP, such as {@code "3000.00"}
     * @return a builder of the terms, to change some of them
     */
    public static ContractTerms.Builder quartersOutOfResidential(String pricePerBlock) {
        return base("Quarters out of residential care (illustrative)", Tracking.of(Period.ofYears(3), 18),
                Outcome.blocks(Condition.outOf("residential"), Period.ofMonths(3), gbp(pricePerBlock))
                        .withName("quarters out of residential care"))
                .states(Map.of("residential", RESIDENTIAL));
    }

    private static ContractTerms.Builder base(String name, Tracking tracking, Outcome outcome) {
        return ContractTerms.builder(name, GBP, tracking, quarterly("2013-06-30", "2021-06-30"), null, outcome);
    }
}
