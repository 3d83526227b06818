package org.sibcalc.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sibcalc.contract.Caps;
import org.sibcalc.payment.Cap;
import org.sibcalc.payment.Payment;
import org.sibcalc.testing.Theories;

/**
 * docs/rules.md, "Payments", as each payment reports its caps: what would be due without caps is what the same
 * contract without caps makes due, and a payment at which no cap bound is exactly that.
 */
class CapsBoundPropertiesTest {

    @Test
    void theUncappedDueIsTheCumulativeDueOfTheContractWithoutCaps() {
        AtomicInteger bound = new AtomicInteger();
        Theories.qt(200).forAll(Scenarios.withParticipantOutcomes(6)).checkAssert(s -> {
            List<Payment> capped = s.statement().payments();
            List<Payment> uncapped = s.withTerms(s.terms().toBuilder().caps(Caps.NONE).build()).statement().payments();
            assertThat(capped).hasSameSizeAs(uncapped);
            for (int i = 0; i < capped.size(); i++) {
                Payment p = capped.get(i);
                Payment without = uncapped.get(i);
                assertThat(without.capsBound()).as("caps bound without caps at %s", p.date()).isEmpty();
                assertThat(decimal(p.uncappedDue())).as("uncapped due at %s", p.date())
                        .isEqualByComparingTo(decimal(without.cumulativeDue()));
                assertThat(decimal(p.cumulativeDue())).as("cumulative due at %s", p.date())
                        .isLessThanOrEqualTo(decimal(p.uncappedDue()));
                if (p.capsBound().isEmpty()) {
                    assertThat(decimal(p.cumulativeDue())).as("cumulative due at %s, no cap bound", p.date())
                            .isEqualByComparingTo(decimal(p.uncappedDue()));
                } else {
                    bound.incrementAndGet();
                }
                if (p.bound(Cap.TOTAL)) {
                    assertThat(decimal(p.cumulativeDue())).as("cumulative due at %s, capped in total", p.date())
                            .isEqualByComparingTo(decimal(s.terms().caps().total().orElseThrow()));
                }
                for (Cap cap : p.capsBound()) {
                    assertThat(cap == Cap.TOTAL ? s.terms().caps().total() : cap == Cap.PER_COHORT
                            ? s.terms().caps().perCohort() : s.terms().caps().perParticipant())
                            .as("%s bound at %s: the contract has it", cap, p.date()).isNotNull();
                }
            }
        });
        assertThat(bound.get()).as("payments at which a cap bound").isGreaterThan(50);
    }

    private static BigDecimal decimal(javax.money.MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }
}
