package org.sibcalc.report.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import org.sibcalc.Statement;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.Caps;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.io.FigureText;
import org.sibcalc.measure.Measurement;
import org.sibcalc.payment.Payment;

/**
 * The figures a reader looks at first: the care proportion against the baseline and the care days avoided at
 * the reporting date, the cumulative due and the total paid at the last measurement date, and the cap on the
 * total with how much of it the cumulative due uses. A contract without a baseline shows no baseline and no
 * care days avoided; one without a total cap says so. With a payment ledger, the total paid is the ledger's,
 * and the payments after it up to the reporting date (with the true-up) are shown as still to pay.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param figures the figures, in reading order
 * @param notes   sentences about figures the contract does not have, possibly none
 */
public record Headline(List<Figure> figures, List<String> notes) implements Section {

    /**
     * Copies the lists.
     *
     * @param figures the {@link #figures() figures} record component
     * @param notes the {@link #notes() notes} record component
     */
    public Headline {
        figures = List.copyOf(figures);
        notes = List.copyOf(notes);
    }

    /**
     * {@return the headline of the statement under the terms}
     *
     * @param statement the statement, not null
     * @param terms the contract terms it was calculated with, not null
     */
    public static Headline of(Statement statement, ContractTerms terms) {
        List<Figure> figures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Measurement programme = statement.programme();
        String asOf = statement.asOf().toString();

        figures.add(new Figure("headline-care-proportion", "Care proportion", FigureText.careProportion(programme),
                FigureText.integer(programme.careDays()) + " care days of " + FigureText.integer(programme.childDays())
                        + " child days, " + FigureText.integer(programme.participants()) + " participants, at "
                        + asOf));
        if (terms.baseline().isPresent()) {
            figures.add(new Figure("headline-baseline", "Baseline", FigureText.percentage(Baselines.proportion(programme)),
                    terms.baseline().get() instanceof Baseline.Flat ? "the contract's baseline care proportion"
                            : "expected care days / child days, from the contract's baseline by month of each window"));
            figures.add(new Figure("headline-care-days-avoided", "Care days avoided",
                    FigureText.decimal(programme.careDaysAvoided().orElse(null)),
                    FigureText.decimal(programme.expectedCareDays().orElse(null)) + " expected care days less "
                            + FigureText.integer(programme.careDays()) + " care days, at " + asOf));
        } else {
            notes.add("The contract has no baseline, so no care days are expected or avoided.");
        }

        List<Payment> payments = statement.payments();
        MonetaryAmount cap = terms.caps().total().orElse(null);
        if (payments.isEmpty()) {
            String none = "no measurement date on or before " + asOf;
            figures.add(new Figure("headline-cumulative-due", "Cumulative due", "none", none));
            figures.add(new Figure("headline-paid", "Total paid", "none", none));
        } else {
            Payment last = payments.get(payments.size() - 1);
            figures.add(new Figure("headline-cumulative-due", "Cumulative due", FigureText.money(last.cumulativeDue()),
                    "at " + last.date() + ", rounded and capped"));
            List<Payment> paid = payments.stream().filter(Payment::paid).toList();
            if (paid.isEmpty()) {
                figures.add(new Figure("headline-paid", "Total paid",
                        FigureText.money(last.paidBefore().add(last.payment())),
                        Words.count(payments.size(), "payment") + ", the last at " + last.date()));
            } else {
                paidByTheLedger(payments, paid, figures);
            }
        }
        if (cap != null) {
            figures.add(new Figure("headline-cap", "Cap on the total", FigureText.money(cap), otherCaps(terms.caps())));
            MonetaryAmount due = payments.isEmpty() ? cap.multiply(0) : payments.get(payments.size() - 1).cumulativeDue();
            figures.add(new Figure("headline-cap-used", "Cap used", FigureText.percentage(share(due, cap)),
                    FigureText.money(due) + " of " + FigureText.money(cap) + "; " + FigureText.money(cap.subtract(due))
                            + " left"));
        } else {
            figures.add(new Figure("headline-cap", "Cap on the total", "none", otherCaps(terms.caps())));
        }
        return new Headline(figures, notes);
    }

    /**
     * With a payment ledger, what it paid, and what is to pay at the dates after it (on today's data, with the
     * true-up), when there are any up to the reporting date.
     */
    private static void paidByTheLedger(List<Payment> payments, List<Payment> paid, List<Figure> figures) {
        Payment lastPaid = paid.get(paid.size() - 1);
        figures.add(new Figure("headline-paid", "Total paid", FigureText.money(lastPaid.paidBefore().add(lastPaid.payment())),
                "the payment ledger's " + Words.count(paid.size(), "payment") + ", the last at " + lastPaid.date()));
        List<Payment> toPay = payments.stream().filter(p -> !p.paid()).toList();
        if (!toPay.isEmpty()) {
            MonetaryAmount sum = toPay.stream().map(Payment::payment).reduce(MonetaryAmount::add).orElseThrow();
            Payment first = toPay.get(0);
            figures.add(new Figure("headline-to-pay", "To pay", FigureText.money(sum),
                    (toPay.size() == 1 ? "the payment at " + first.date()
                            : Words.count(toPay.size(), "payment") + Words.span(toPay.stream().map(Payment::date).toList()))
                            + " on today's data" + (first.trueUp().isEmpty() ? ""
                                    : ", with the true-up of " + FigureText.money(first.trueUp().get()))));
        }
    }

    /**
     * Returns the part of {@code cap} that {@code due} uses, as a proportion rounded half-even to six places
     * (a percentage with four, as the care proportion), or null when the cap is zero.
     */
    static @Nullable BigDecimal share(MonetaryAmount due, MonetaryAmount cap) {
        BigDecimal capNumber = cap.getNumber().numberValue(BigDecimal.class);
        if (capNumber.signum() == 0) {
            return null;
        }
        return due.getNumber().numberValue(BigDecimal.class)
                .divide(capNumber, Measurement.PROPORTION_SCALE, RoundingMode.HALF_EVEN);
    }

    private static String otherCaps(Caps caps) {
        List<String> others = new ArrayList<>();
        if (caps.perCohort().isPresent()) {
            others.add(FigureText.money(caps.perCohort().get()) + " per cohort");
        }
        if (caps.perParticipant().isPresent()) {
            others.add(FigureText.money(caps.perParticipant().get()) + " per participant");
        }
        String total = caps.total().isEmpty() ? "the contract has no cap on the total" : "the most that can be due";
        return others.isEmpty() ? total : total + "; caps of " + String.join(" and ", others);
    }

    @Override
    public String id() {
        return "headline";
    }

    @Override
    public String heading() {
        return "Headline";
    }

    @Override
    public String template() {
        return "headline";
    }
}
