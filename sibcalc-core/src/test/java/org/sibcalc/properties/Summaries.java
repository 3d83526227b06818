package org.sibcalc.properties;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;
import org.sibcalc.Statement;
import org.sibcalc.measure.CohortMeasurement;
import org.sibcalc.measure.Measurement;
import org.sibcalc.measure.ParticipantExplanation;
import org.sibcalc.payment.OutcomeAmount;
import org.sibcalc.payment.Payment;

/**
 * Statements and measurements as lines of text, so that two results compare by value (decimals by
 * numeric value, whatever their scale) and a difference shows as a readable diff.
 */
final class Summaries {

    private Summaries() {
    }

    /** The programme, the cohorts and the payments of a statement; not its warnings. */
    static List<String> of(Statement statement) {
        List<String> lines = new ArrayList<>();
        lines.add("asOf " + statement.asOf() + " " + statement.currency());
        lines.add("programme " + of(statement.programme()));
        for (CohortMeasurement cohort : statement.cohorts()) {
            lines.add(of(cohort));
        }
        for (Payment payment : statement.payments()) {
            lines.add(of(payment));
        }
        return lines;
    }

    static String of(CohortMeasurement cohort) {
        return "cohort '" + cohort.cohort() + "' " + of(cohort.measurement());
    }

    static List<String> ofCohorts(List<CohortMeasurement> cohorts) {
        return cohorts.stream().map(Summaries::of).toList();
    }

    static String of(Measurement m) {
        return "participants=" + m.participants() + " childDays=" + m.childDays() + " careDays=" + m.careDays()
                + " expectedCareDays=" + plain(m.expectedCareDays().orElse(null))
                + " careProportion=" + m.careProportion().map(BigDecimal::toPlainString).orElse("null");
    }

    /** The same line as for a {@link Measurement}, the care proportion worked out here (half-even, 6 places). */
    static String of(Oracle.Group g) {
        String proportion = g.childDays() == 0 ? "null"
                : BigDecimal.valueOf(g.careDays()).divide(BigDecimal.valueOf(g.childDays()), 6, RoundingMode.HALF_EVEN)
                        .toPlainString();
        return "participants=" + g.participants() + " childDays=" + g.childDays() + " careDays=" + g.careDays()
                + " expectedCareDays=" + plain(g.expectedCareDays()) + " careProportion=" + proportion;
    }

    static String of(Payment p) {
        return "payment " + p.date() + " cumulativeDue=" + plain(p.cumulativeDue()) + " paidBefore="
                + plain(p.paidBefore()) + " payment=" + plain(p.payment()) + " programme " + of(p.programme())
                + " outcomes " + p.outcomes().stream().map(Summaries::of).toList();
    }

    static String of(OutcomeAmount o) {
        return o.name() + " " + o.type() + " units=" + plain(o.units()) + " amount=" + plain(decimal(o.amount()));
    }

    /** The same line as for an {@link OutcomeAmount}, the sums worked out by the oracle. */
    static String of(Oracle.OutcomeSum o) {
        return o.name() + " " + o.type() + " units=" + plain(o.units()) + " amount=" + plain(o.amount());
    }

    static String of(ParticipantExplanation e) {
        return e.id() + " cohort '" + e.cohort() + "' window " + e.window() + " childDays=" + e.childDays()
                + " careDays=" + e.careDays() + " expectedCareDays=" + plain(e.expectedCareDays().orElse(null))
                + " outcomeUnits=" + e.outcomeUnits() + " outcomeTotal=" + plain(e.outcomeTotal());
    }

    /** A decimal by its value, whatever its scale; "null" for none. */
    static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    static String plain(MonetaryAmount amount) {
        return amount.getCurrency() + " " + plain(amount.getNumber().numberValue(BigDecimal.class));
    }

    static BigDecimal decimal(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }
}
