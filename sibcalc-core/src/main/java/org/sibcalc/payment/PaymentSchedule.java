package org.sibcalc.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.Netting;
import org.sibcalc.contract.Outcome;
import org.sibcalc.ledger.PaymentLedger;
import org.sibcalc.measure.CohortMeasurement;
import org.sibcalc.measure.Measurement;
import org.sibcalc.measure.Measurements;

/**
 * The outcome payments of a contract at its measurement dates (docs/rules.md, "Outcomes" and "Payments").
 *
 * <p>At each measurement date D, in order:
 * <ol>
 *   <li>for {@code CARE_DAYS_AVOIDED}, each netting unit (the programme, or each cohort) is due {@code max(0,
 *       care days avoided) × price per day}, exactly; with COHORT netting, at most {@code caps.perCohort};</li>
 *   <li>each participant is due the sum of its participant outcomes' amounts, at most
 *       {@code caps.perParticipant};</li>
 *   <li>the cumulative due is the sum of both rounded to the currency's minor unit with the contract's
 *       rounding mode, then at most {@code caps.total};</li>
 *   <li>the payment is the cumulative due less what was paid before, floored at zero unless the contract
 *       has clawback; without clawback a fall in the cumulative due is carried against later payments.</li>
 * </ol>
 * Each payment names the caps that bound at its date ({@link Payment#capsBound()}: those that made what is due
 * smaller, not those merely reached) and what would be due without them ({@link Payment#uncappedDue()}).
 * With a {@link PaymentLedger} (docs/ledger.md), the payment at each date the ledger reaches is the ledger's amount,
 * shown beside the payment recomputed on today's data; what was paid before every date is then what the
 * ledger paid, and the first date after the ledger's carries the true-up. The ledger changes nothing else.
 * Amounts are exact decimals in the contract's currency; there is no binary floating point.
 */
public final class PaymentSchedule {

    private PaymentSchedule() {
    }

    /**
     * Returns the payment at every measurement date of the contract that is on or before {@code asOf}, in
     * date order.
     *
     * @param measurements measurements at (at least) those dates, not null
     * @param terms the contract terms, not null
     * @param asOf the reporting date, not null
     * @return the payments, never null
     * @throws ArithmeticException when the contract's rounding is {@code UNNECESSARY} and an amount needs rounding
     */
    public static List<Payment> of(ContractTerms terms, Measurements measurements, LocalDate asOf) {
        return of(terms, measurements, asOf, PaymentLedger.NONE);
    }

    /**
     * Returns the payment at every measurement date of the contract that is on or before {@code asOf}, in
     * date order, the payments the ledger reaches being the ledger's (docs/ledger.md).
     *
     * <p>At a date D the ledger reaches, {@code payment} is the ledger's amount, {@code paid} is true and
     * {@code recomputedPayment} is cumulativeDue(D) − paidBefore(D), floored at zero unless the contract has
     * clawback, with paidBefore(D) the ledger's payments before D. At the first date after the ledger's last,
     * {@code trueUp} is what the payment rules alone (docs/rules.md, "Payments") would have paid before that date less what the ledger paid: positive
     * when today's data say too little was paid, negative when too much. Its payment, cumulativeDue −
     * paidBefore from the ledger, includes it: with clawback an overpayment is paid back at once, without it
     * the payment is floored at zero and the rest carried against later payments.
     *
     * @param ledger the payments made; {@link PaymentLedger#NONE} when none, not null
     * @param terms the contract terms, not null
     * @param measurements the measurements at the contract's measurement dates up to {@code asOf}, not null
     * @param asOf the reporting date, not null
     * @return the payments, never null
     * @throws org.sibcalc.basics.InvalidValueException when the ledger breaks a rule of {@link PaymentLedger} for
     *                               this contract
     * @throws ArithmeticException when the contract's rounding is {@code UNNECESSARY} and an amount needs rounding
     */
    public static List<Payment> of(ContractTerms terms, Measurements measurements, LocalDate asOf, PaymentLedger ledger) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(ledger, "ledger");
        PaymentLedger.of(terms, ledger.entries()); // the rules against this contract
        Map<LocalDate, BigDecimal> ledgerAmounts = new HashMap<>();
        ledger.entries().forEach(e -> ledgerAmounts.put(e.date(), e.amount().getNumber().numberValue(BigDecimal.class)));
        Objects.requireNonNull(measurements, "measurements");
        Objects.requireNonNull(asOf, "asOf");
        Outcome.CareDaysAvoided careDaysAvoided = terms.careDaysAvoided().orElse(null);
        BigDecimal perCohortCap = amountOrNull(terms.caps().perCohort());
        BigDecimal totalCap = amountOrNull(terms.caps().total());
        int minorDigits = Math.max(0, terms.currency().getDefaultFractionDigits());
        List<Outcome.PerParticipant> participantOutcomes = terms.participantOutcomes();

        List<Payment> payments = new ArrayList<>();
        BigDecimal zero = BigDecimal.ZERO.setScale(minorDigits);
        BigDecimal paidBefore = zero;
        BigDecimal paidBeforeWithoutLedger = zero; // what the payment rules alone (docs/rules.md, "Payments") would have paid, for the true-up
        boolean ledgerReached = false;
        for (LocalDate date : terms.measurement().dates()) {
            if (date.isAfter(asOf)) {
                break;
            }
            List<CohortMeasurement> nettedCohorts = terms.netting() == Netting.COHORT ? measurements.cohorts(date) : List.of();
            Map<String, OutcomeAmount> amounts = new HashMap<>();
            BigDecimal due = BigDecimal.ZERO;
            BigDecimal uncapped = BigDecimal.ZERO; // every outcome's amount before the caps per cohort and per participant
            Set<Cap> bound = EnumSet.noneOf(Cap.class);
            if (careDaysAvoided != null) {
                BigDecimal price = careDaysAvoided.pricePerDay().getNumber().numberValue(BigDecimal.class);
                List<Measurement> units = terms.netting() == Netting.PROGRAMME
                        ? List.of(measurements.programme(date))
                        : nettedCohorts.stream().map(CohortMeasurement::measurement).toList();
                BigDecimal avoided = BigDecimal.ZERO;
                for (Measurement unit : units) {
                    BigDecimal unitAvoided = unit.careDaysAvoided().orElseThrow().max(BigDecimal.ZERO); // a baseline is required
                    BigDecimal unitDue = unitAvoided.multiply(price);
                    avoided = avoided.add(unitAvoided);
                    due = due.add(perCohortCap == null ? unitDue : unitDue.min(perCohortCap));
                    uncapped = uncapped.add(unitDue);
                    if (perCohortCap != null && unitDue.compareTo(perCohortCap) > 0) {
                        bound.add(Cap.PER_COHORT);
                    }
                }
                amounts.put(careDaysAvoided.name(), new OutcomeAmount(careDaysAvoided.name(), careDaysAvoided.type(),
                        avoided, money(due, terms)));
            }
            BigDecimal participantsUncapped = BigDecimal.ZERO;
            for (int o = 0; o < participantOutcomes.size(); o++) {
                Outcome.PerParticipant outcome = participantOutcomes.get(o);
                BigDecimal units = BigDecimal.valueOf(measurements.units(date, o));
                BigDecimal amount = units.multiply(outcome.amountPerUnit());
                amounts.put(outcome.name(), new OutcomeAmount(outcome.name(), outcome.type(), units, money(amount, terms)));
                uncapped = uncapped.add(amount);
                participantsUncapped = participantsUncapped.add(amount);
            }
            // The participant totals are each young person's amounts, at most the cap per participant: less than
            // all their amounts together exactly when someone's were more than the cap.
            BigDecimal participantTotals = measurements.participantTotals(date);
            if (participantTotals.compareTo(participantsUncapped) < 0) {
                bound.add(Cap.PER_PARTICIPANT);
            }
            due = due.add(participantTotals);
            BigDecimal cumulativeDue = rounded(due, minorDigits, terms, date);
            if (totalCap != null && cumulativeDue.compareTo(totalCap) > 0) {
                cumulativeDue = totalCap.setScale(minorDigits);
                bound.add(Cap.TOTAL);
            }
            BigDecimal computed = payment(cumulativeDue, paidBefore, terms);
            BigDecimal paid = ledgerAmounts.get(date);
            BigDecimal payment = paid == null ? computed : paid.setScale(minorDigits);
            BigDecimal trueUp = null;
            if (paid == null && ledgerReached) {
                trueUp = paidBeforeWithoutLedger.subtract(paidBefore);
                ledgerReached = false;
            }
            ledgerReached |= paid != null;
            List<OutcomeAmount> outcomes = terms.outcomes().stream().map(outcome -> amounts.get(outcome.name())).toList();
            payments.add(new Payment(date, money(cumulativeDue, terms), money(paidBefore, terms), money(payment, terms),
                    measurements.programme(date), nettedCohorts, outcomes, paid != null,
                    Optional.ofNullable(paid == null ? null : money(computed, terms)),
                    Optional.ofNullable(trueUp == null ? null : money(trueUp, terms)),
                    bound.isEmpty() ? money(cumulativeDue, terms) : money(uncappedDue(uncapped, minorDigits, terms), terms),
                    bound));
            paidBefore = paidBefore.add(payment);
            paidBeforeWithoutLedger = paidBeforeWithoutLedger.add(payment(cumulativeDue, paidBeforeWithoutLedger, terms));
        }
        return List.copyOf(payments);
    }

    /** step 4 of the payment rule (docs/rules.md, "Payments"): cumulativeDue − paidBefore, floored at zero unless the contract has clawback. */
    private static BigDecimal payment(BigDecimal cumulativeDue, BigDecimal paidBefore, ContractTerms terms) {
        BigDecimal payment = cumulativeDue.subtract(paidBefore);
        return terms.clawback() ? payment : payment.max(BigDecimal.ZERO.setScale(payment.scale()));
    }

    private static BigDecimal rounded(BigDecimal due, int minorDigits, ContractTerms terms, LocalDate date) {
        try {
            return due.setScale(minorDigits, terms.rounding());
        } catch (ArithmeticException e) {
            throw new ArithmeticException("rounding: the contract's rounding is " + terms.rounding()
                    + ", but the cumulative due at " + date + ", " + due.toPlainString() + " "
                    + terms.currency().getCurrencyCode() + ", needs rounding to " + minorDigits + " decimal places");
        }
    }

    /**
     * The amount due without caps, rounded as the cumulative due is; exact when the contract's rounding is
     * {@code UNNECESSARY} and it needs rounding (the capped amount, which is paid, did not).
     */
    private static BigDecimal uncappedDue(BigDecimal uncapped, int minorDigits, ContractTerms terms) {
        try {
            return uncapped.setScale(minorDigits, terms.rounding());
        } catch (ArithmeticException e) {
            return uncapped;
        }
    }

    private static MonetaryAmount money(BigDecimal amount, ContractTerms terms) {
        return Money.of(amount, terms.currency());
    }

    private static @Nullable BigDecimal amountOrNull(Optional<MonetaryAmount> amount) {
        return amount.map(a -> a.getNumber().numberValue(BigDecimal.class)).orElse(null);
    }
}
