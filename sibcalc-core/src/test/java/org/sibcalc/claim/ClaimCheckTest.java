package org.sibcalc.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.Fixtures.data;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.gbp;
import static org.sibcalc.Fixtures.participant;
import static org.sibcalc.Fixtures.terms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.contract.Condition;
import org.sibcalc.contract.Outcome;
import org.sibcalc.claim.ClaimCheck.Section;
import org.sibcalc.ledger.LedgerEntry;
import org.sibcalc.ledger.PaymentLedger;

/**
 * docs/ledger.md, checking a claim: every figure of the claim that differs from the recomputed statement is listed
 * with where it is, both values and claimed − recomputed; nothing else is.
 *
 * <p>The default terms (baseline 0.5, £1.00 a care day avoided, quarterly from 2019-03-31) with £5.00 a day
 * out of care ({@code DAYS}); A from 2019-01-01 and B from 2019-04-10, never in care; reported 2019-06-30:
 * <pre>
 *   2019-03-31: A 90 child days → 45 avoided → 45.00, DAYS 90 × 5 = 450.00; cumulative due 495.00
 *   2019-06-30: A 181, B 82 (2019-04-10..06-30) = 263 child days → 131.5 avoided → 131.50; DAYS 263 × 5 = 1,315.00;
 *               cumulative due 1,446.50, paid before 495.00, payment 951.50
 *   cohorts 2019-Q1 (A: 181 child days, 90.5 expected) and 2019-Q2 (B: 82, 41)
 * </pre>
 */
class ClaimCheckTest {

    private static final Calculation CALCULATION = Calculation.of(
            terms().outcomes(List.of(Outcome.careDaysAvoided(gbp("1.00")),
                    Outcome.days(Condition.outOf("care"), gbp("5.00")).withName("days out of care"))).build(),
            data(List.of(participant("A", "2019-01-01"), participant("B", "2019-04-10")), List.of()));
    private static final Statement STATEMENT = CALCULATION.statement(date("2019-06-30"));
    private static final List<String> OUTCOMES = List.of("days out of care");

    private static List<String> lines(ClaimCheck check) {
        return check.differences().stream().map(d -> d.place() + ": " + d.field() + ": claimed " + d.claimed()
                + ", recomputed " + d.recomputed() + ", difference " + (d.difference() == null ? "none"
                        : d.difference().toPlainString())).toList();
    }

    /** The statement's figures with those at a place and of a field claimed otherwise. */
    private static List<Figure> changed(List<Figure> figures, String place, String field, String value) {
        List<Figure> claimed = new ArrayList<>();
        int changed = 0;
        for (Figure f : figures) {
            if (f.place().equals(place) && f.field().equals(field)) {
                changed++;
                claimed.add(f.number() != null ? Figure.number(f.section(), f.cohort(), f.date(), f.participant(), field,
                        new BigDecimal(value)) : Figure.text(f.section(), f.cohort(), f.date(), f.participant(), field, value));
            } else {
                claimed.add(f);
            }
        }
        assertThat(changed).as("figures %s at %s", field, place).isEqualTo(1);
        return claimed;
    }

    private static List<Figure> without(List<Figure> figures, Predicate<Figure> leftOut) {
        return figures.stream().filter(leftOut.negate()).toList();
    }

    @Test
    void aStatementChecksCleanAgainstItself() {
        ClaimCheck check = ClaimCheck.of(Claim.of(STATEMENT), CALCULATION);

        assertThat(check.agrees()).isTrue();
        // contract, currency, asOf; 6 programme figures; 2 cohorts × (label + 6); 2 payments × (date, 3 amounts,
        // 6 measurement figures, 2 outcomes × (name, type, units, amount)).
        assertThat(check.compared()).isEqualTo(3 + 6 + 2 * 7 + 2 * (1 + 3 + 6 + 2 * 4));
    }

    @Test
    void aDifferentPaymentIsFoundAtItsDateWithBothValuesAndTheDifference() {
        // The claim has 1,466.50 due at 2019-06-30 (20.00 more: it counted 4 more days out of care, 4 × 5 = 20)
        // and so a payment of 971.50.
        List<Figure> claimed = changed(Figure.of(STATEMENT), "payment 2019-06-30", "cumulativeDue", "1466.50");
        claimed = changed(claimed, "payment 2019-06-30", "payment", "971.50");
        claimed = changed(claimed, "payment 2019-06-30", "outcomes[days out of care].units", "267");
        claimed = changed(claimed, "payment 2019-06-30", "outcomes[days out of care].amount", "1335");

        assertThat(lines(ClaimCheck.of(new Claim(claimed), CALCULATION))).containsExactly(
                "payment 2019-06-30: cumulativeDue: claimed 1466.50, recomputed 1446.50, difference 20.00",
                "payment 2019-06-30: payment: claimed 971.50, recomputed 951.50, difference 20.00",
                "payment 2019-06-30: outcomes[days out of care].units: claimed 267, recomputed 263, difference 4",
                "payment 2019-06-30: outcomes[days out of care].amount: claimed 1335, recomputed 1315, difference 20");
    }

    @Test
    void aDifferentProgrammeOrCohortFigureIsFoundInItsPlaceEvenWhenTheClaimContradictsItself() {
        // The claim has 10 care days for B (cohort 2019-Q2) but a care proportion of 0 and no fewer days avoided.
        List<Figure> claimed = changed(Figure.of(STATEMENT), "cohort 2019-Q2", "careDays", "10");
        claimed = changed(claimed, "programme", "careProportion", "0.038023");

        assertThat(lines(ClaimCheck.of(new Claim(claimed), CALCULATION))).containsExactly(
                "programme: careProportion: claimed 0.038023, recomputed 0.000000, difference 0.038023",
                "cohort 2019-Q2: careDays: claimed 10, recomputed 0, difference 10");
    }

    @Test
    void numbersAreComparedByValue() {
        List<Figure> claimed = changed(Figure.of(STATEMENT), "payment 2019-03-31", "cumulativeDue", "495.0");

        assertThat(ClaimCheck.of(new Claim(claimed), CALCULATION).agrees()).isTrue();
    }

    @Test
    void aCohortOrPaymentDateOnOneSideOnlyIsOneDifference() {
        // The claim has B in a cohort 2019-Q3 and no payment for 2019-03-31.
        List<Figure> claimed = new ArrayList<>();
        for (Figure f : Figure.of(STATEMENT)) {
            if ("2019-Q2".equals(f.cohort())) {
                claimed.add(new Figure(f.section(), "2019-Q3", f.date(), f.participant(), f.field(),
                        f.field().equals("cohort") ? "2019-Q3" : f.text(), f.number()));
            } else if (!date("2019-03-31").equals(f.date())) {
                claimed.add(f);
            }
        }

        assertThat(lines(ClaimCheck.of(new Claim(claimed), CALCULATION))).containsExactly(
                "cohort 2019-Q2: cohort: claimed null, recomputed 2019-Q2, difference none",
                "payment 2019-03-31: date: claimed null, recomputed 2019-03-31, difference none",
                "cohort 2019-Q3: cohort: claimed 2019-Q3, recomputed null, difference none");
    }

    @Test
    void partsAClaimDoesNotGiveAreNotCheckedButAMissingFigureOfAPartItGivesIs() {
        // Another system's statement: no outcomes and no measurements per payment.
        List<Figure> core = without(Figure.of(STATEMENT), f -> f.section() == Section.PAYMENT
                && !List.of("date", "cumulativeDue", "paidBefore", "payment").contains(f.field()));
        ClaimCheck check = ClaimCheck.of(new Claim(core), CALCULATION);
        assertThat(check.agrees()).isTrue();
        assertThat(check.compared()).isEqualTo(3 + 6 + 2 * 7 + 2 * 4);

        // Outcomes at one payment but not at the other: the other's are missing.
        List<Figure> partly = without(Figure.of(STATEMENT), f -> date("2019-03-31").equals(f.date())
                && f.field().startsWith("outcomes["));
        assertThat(lines(ClaimCheck.of(new Claim(partly), CALCULATION))).containsExactly(
                "payment 2019-03-31: outcomes[CARE_DAYS_AVOIDED].name: claimed null, recomputed CARE_DAYS_AVOIDED, difference none",
                "payment 2019-03-31: outcomes[days out of care].name: claimed null, recomputed days out of care, difference none");
        // A figure of the statement JSON's (docs/statement-json.md) core left out is a difference.
        assertThat(lines(ClaimCheck.of(new Claim(without(core, f -> f.field().equals("paidBefore")
                && date("2019-06-30").equals(f.date()))), CALCULATION)))
                .containsExactly("payment 2019-06-30: paidBefore: claimed null, recomputed 495.00, difference none");
    }

    @Test
    void aYoungPersonsDifferentFigureIsFoundUnderTheirId() {
        // The claim has A with 5 care days and 176 days out of care at 2019-06-30 (5 × 176 = 880.00); it leaves
        // B out and has C.
        List<Figure> claimed = new ArrayList<>(Figure.of(STATEMENT));
        List<Figure> a = Figure.of(OUTCOMES, CALCULATION.explain(date("2019-06-30")).limit(1));
        a = changed(a, "participant A", "care_days", "5");
        a = changed(a, "participant A", "days out of care", "176");
        a = changed(a, "participant A", "outcome_total", "880.00");
        claimed.addAll(a);
        claimed.add(Figure.text(Section.PARTICIPANT, null, null, "C", "id", "C"));
        claimed.add(Figure.number(Section.PARTICIPANT, null, null, "C", "child_days", BigDecimal.ZERO));

        assertThat(lines(ClaimCheck.of(new Claim(claimed), CALCULATION))).containsExactly(
                "participant A: care_days: claimed 5, recomputed 0, difference 5",
                "participant A: days out of care: claimed 176, recomputed 181, difference -5",
                "participant A: outcome_total: claimed 880.00, recomputed 905, difference -25.00",
                "participant B: id: claimed null, recomputed B, difference none",
                "participant C: id: claimed C, recomputed null, difference none");
    }

    @Test
    void theLedgersFiguresAreComparedWhenTheClaimGivesThem() {
        // Recomputed with 495.00 paid for 2019-03-31: paid, recomputed 495.00; true-up 0.00 at 2019-06-30. The
        // claim was made with 400.00 paid: recomputed 495.00 still; paid before 400.00 at 2019-06-30, payment
        // 1,046.50, true-up 495.00 − 400.00 = 95.00.
        Calculation paid = CALCULATION.withLedger(PaymentLedger.of(CALCULATION.terms(),
                List.of(LedgerEntry.of(date("2019-03-31"), gbp("495.00")))));
        Statement claimedWithLedger = CALCULATION.withLedger(PaymentLedger.of(CALCULATION.terms(),
                List.of(LedgerEntry.of(date("2019-03-31"), gbp("400.00"))))).statement(date("2019-06-30"));

        assertThat(lines(ClaimCheck.of(Claim.of(claimedWithLedger), paid))).containsExactly(
                "payment 2019-03-31: payment: claimed 400.00, recomputed 495.00, difference -95.00",
                "payment 2019-06-30: paidBefore: claimed 400.00, recomputed 495.00, difference -95.00",
                "payment 2019-06-30: payment: claimed 1046.50, recomputed 951.50, difference 95.00",
                "payment 2019-06-30: trueUp: claimed 95.00, recomputed 0.00, difference 95.00");
        // A claim made without the ledger does not give the ledger's figures: they are not checked.
        assertThat(ClaimCheck.of(Claim.of(STATEMENT), paid).agrees()).isTrue();
    }
}
