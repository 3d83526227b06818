package org.sibcalc.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.properties.Summaries.decimal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.claim.Claim;
import org.sibcalc.claim.ClaimCheck;
import org.sibcalc.claim.Comparison;
import org.sibcalc.claim.Figure;
import org.sibcalc.ledger.LedgerEntry;
import org.sibcalc.ledger.PaymentLedger;
import org.sibcalc.measure.Measurement;
import org.sibcalc.payment.Payment;
import org.sibcalc.testing.Theories;

/**
 * Invariants of operating a contract over time (docs/ledger.md): the ledger changes only what was paid; a claim
 * checks clean against itself and any one changed figure is found where it is; a comparison of an extract
 * with itself finds nothing, and the changes it reports add up to the difference of the two statements.
 */
class LedgerPropertiesTest {

    /** The ledger of a statement's first {@code count} payments, as they were computed. */
    private static PaymentLedger ledgerOf(Scenario s, List<Payment> payments, int count) {
        List<LedgerEntry> entries = new ArrayList<>();
        for (Payment p : payments.subList(0, Math.min(count, payments.size()))) {
            entries.add(LedgerEntry.of(p.date(), p.payment()));
        }
        return PaymentLedger.of(s.terms(), entries);
    }

    @Test
    void aLedgerOfTheComputedPaymentsChangesOnlyPaidAndRecomputedPayment() {
        AtomicInteger paid = new AtomicInteger();
        Theories.qt(200).forAll(Scenarios.scenarios(), Generate.range(0, 40)).checkAssert((s, count) -> {
            Statement without = s.statement();
            Statement with = s.calculation().withLedger(ledgerOf(s, without.payments(), count)).statement(s.asOf());
            assertThat(with.programme()).isEqualTo(without.programme());
            assertThat(with.cohorts()).isEqualTo(without.cohorts());
            assertThat(with.payments()).hasSameSizeAs(without.payments());
            for (int i = 0; i < with.payments().size(); i++) {
                Payment w = with.payments().get(i);
                Payment o = without.payments().get(i);
                assertThat(new Payment(w.date(), w.cumulativeDue(), w.paidBefore(), w.payment(), w.programme(),
                        w.nettedCohorts(), w.outcomes(), false, null, null, w.uncappedDue(), w.capsBound()))
                        .as("payment at %s", w.date()).isEqualTo(o);
                assertThat(w.paid()).as("paid at %s", w.date()).isEqualTo(i < count);
                if (w.paid()) {
                    paid.incrementAndGet();
                    assertThat(decimal(w.recomputedPayment())).isEqualByComparingTo(decimal(o.payment()));
                }
                if (w.trueUp() != null) {
                    assertThat(i).as("the true-up is at the first unpaid date").isEqualTo(count);
                    assertThat(decimal(w.trueUp())).isZero();
                }
            }
        });
        assertThat(paid.get()).as("payments taken from a ledger").isPositive();
    }

    @Test
    void theTrueUpIsWhatSpec5AlonePaysBeforeLessWhatTheLedgerPaid() {
        Theories.qt(200).forAll(Scenarios.scenarios(), Generate.range(1, 40), Generate.range(0, 500))
                .checkAssert((s, count, extra) -> {
                    Statement without = s.statement();
                    if (without.payments().size() <= count) {
                        return;
                    }
                    // The same ledger with one payment a little off, as if paid on an earlier extract.
                    List<LedgerEntry> entries = new ArrayList<>(ledgerOf(s, without.payments(), count).entries());
                    LedgerEntry first = entries.get(0);
                    MonetaryAmount more = first.amount().add(Money.of(BigDecimal.valueOf(extra), s.terms().currency()));
                    entries.set(0, LedgerEntry.of(first.date(), more));
                    Statement with = s.calculation().withLedger(PaymentLedger.of(s.terms(), entries)).statement(s.asOf());
                    Payment next = with.payments().get(count);
                    // Paid extra too much: the true-up is −extra, and the payment is cumulative due − what the ledger paid.
                    assertThat(decimal(next.trueUp())).isEqualByComparingTo(BigDecimal.valueOf(-extra));
                    BigDecimal payment = decimal(next.cumulativeDue()).subtract(decimal(next.paidBefore()));
                    assertThat(decimal(next.payment())).isEqualByComparingTo(s.terms().clawback() ? payment
                            : payment.max(BigDecimal.ZERO));
                });
    }

    @Test
    void aClaimMadeFromTheSameInputsChecksClean() {
        Theories.qt(150).forAll(Scenarios.scenarios()).checkAssert(s -> {
            Calculation calculation = s.calculation();
            Claim claim = Claim.of(s.statement()).withParticipants(List.of(), calculation.explain(s.asOf()).toList());
            ClaimCheck check = ClaimCheck.of(claim, calculation);
            assertThat(check.differences()).isEmpty();
            assertThat(check.compared()).isEqualTo(claim.figures().size());
        });
    }

    @Test
    void anyOneChangedNumberOfAClaimIsFoundInItsPlace() {
        Theories.qt(200).forAll(Scenarios.scenarios(), Generate.range(0, 10_000)).checkAssert((s, pick) -> {
            Calculation calculation = s.calculation();
            List<Figure> figures = new ArrayList<>(Claim.of(s.statement())
                    .withParticipants(List.of(), calculation.explain(s.asOf()).toList()).figures());
            List<Integer> numbers = new ArrayList<>();
            for (int i = 0; i < figures.size(); i++) {
                if (figures.get(i).number() != null) {
                    numbers.add(i);
                }
            }
            int i = numbers.get(pick % numbers.size());
            Figure f = figures.get(i);
            figures.set(i, Figure.number(f.section(), f.cohort(), f.date(), f.participant(), f.field(),
                    f.number().add(BigDecimal.ONE)));

            List<ClaimCheck.Difference> differences = ClaimCheck.of(new Claim(figures), calculation).differences();

            assertThat(differences).singleElement().satisfies(d -> {
                assertThat(d.place()).isEqualTo(f.place());
                assertThat(d.field()).isEqualTo(f.field());
                assertThat(d.difference()).isEqualByComparingTo(BigDecimal.ONE);
            });
        });
    }

    @Test
    void anExtractComparedWithItselfHasNothingToReport() {
        Theories.qt(150).forAll(Scenarios.scenarios()).checkAssert(s -> {
            Comparison comparison = Comparison.of(s.calculation(), s.calculation(), s.asOf());
            assertThat(comparison.isEmpty()).as("%s", comparison).isTrue();
            assertThat(comparison.cumulativeDue()).hasSameSizeAs(s.statement().payments());
        });
    }

    @Test
    void theChangesAComparisonReportsAddUpToTheDifferenceOfTheTwoStatements() {
        AtomicInteger moved = new AtomicInteger();
        Theories.qt(200).forAll(Scenarios.scenarios()).checkAssert(s -> {
            // A later extract: every other episode and the last participant were recorded after the first.
            int[] n = {0};
            Scenario earlier = s.keepingEpisodes(e -> n[0]++ % 2 == 0)
                    .withParticipants(s.participants().isEmpty() ? List.of()
                            : s.participants().subList(0, s.participants().size() - 1));
            earlier = earlier.keepingEpisodes(e -> earlier(earlierIds(s), e.participantId()));
            Statement before = earlier.statement();
            Statement after = s.statement();
            Comparison comparison = Comparison.of(earlier.calculation(), s.calculation(), s.asOf());

            for (int j = 0; j < after.payments().size(); j++) {
                Comparison.DueChange due = comparison.cumulativeDue().get(j);
                BigDecimal difference = decimal(after.payments().get(j).cumulativeDue())
                        .subtract(decimal(before.payments().get(j).cumulativeDue()));
                assertThat(decimal(due.difference())).as("cumulative due at %s", due.date()).isEqualByComparingTo(difference);
                if (difference.signum() != 0) {
                    moved.incrementAndGet();
                }
            }
            Measurement b = before.programme();
            Measurement a = after.programme();
            assertThat(sum(comparison, "child_days")).isEqualByComparingTo(BigDecimal.valueOf(a.childDays() - b.childDays()));
            assertThat(sum(comparison, "care_days")).isEqualByComparingTo(BigDecimal.valueOf(a.careDays() - b.careDays()));
            assertThat(sum(comparison, "expected_care_days"))
                    .isEqualByComparingTo(a.expectedCareDays().subtract(b.expectedCareDays()));
            for (int j = 1; j < comparison.figures().size(); j++) {
                assertThat(comparison.figures().get(j).largest())
                        .isLessThanOrEqualTo(comparison.figures().get(j - 1).largest());
            }
        });
        assertThat(moved.get()).as("dates whose cumulative due moved").isPositive();
    }

    private static List<String> earlierIds(Scenario s) {
        return s.participants().stream().limit(Math.max(0, s.participants().size() - 1)).map(p -> p.id()).toList();
    }

    private static boolean earlier(List<String> ids, String id) {
        return ids.contains(id);
    }

    private static BigDecimal sum(Comparison comparison, String field) {
        return comparison.figures().stream().flatMap(f -> f.changes().stream()).filter(c -> c.field().equals(field))
                .map(Comparison.FigureChange::change).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
