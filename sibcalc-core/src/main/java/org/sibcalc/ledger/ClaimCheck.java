package org.sibcalc.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.basics.MoneyText;
import org.sibcalc.contract.Outcome;
import org.sibcalc.measure.CohortMeasurement;
import org.sibcalc.measure.Measurement;
import org.sibcalc.measure.Measurements;
import org.sibcalc.measure.ParticipantExplanation;
import org.sibcalc.payment.OutcomeAmount;
import org.sibcalc.payment.Payment;

/**
 * A claim checked against the statement recomputed from the data (SPEC §9): every number of the claim that
 * differs from the recomputed one, with where it is, both values and the difference.
 *
 * <p>The check compares two statements (and two sets of explanations), figure by figure: nothing is worked
 * out here but the differences. Numbers are compared by value ({@code 45.0} is {@code 45.00}); texts (a
 * cohort label, a day of a window) exactly. A cohort, a payment date, an outcome or a young person that only
 * one side has is one difference, of the figure that names it ({@code cohort}, {@code date}, {@code name},
 * {@code id}), with the other side's value null.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param contract    the contract's name, as the recomputed statement has it, not null
 * @param asOf        the reporting date of both, not null
 * @param compared    how many figures of the claim were compared
 * @param differences every figure that differs, in the order of the statement: the programme, each cohort,
 *                    each payment, then each young person in the order of the data
 */
public record ClaimCheck(String contract, LocalDate asOf, long compared, List<Difference> differences) {

    /** Where in a statement a figure is. */
    public enum Section {
        /** The statement's own fields, such as {@code asOf}. */
        STATEMENT,
        /** The whole programme at the reporting date. */
        PROGRAMME,
        /** A cohort at the reporting date. */
        COHORT,
        /** A payment at a measurement date, its outcomes and the measurements behind it. */
        PAYMENT,
        /** A young person's figures, as {@code explain} gives them. */
        PARTICIPANT
    }

    /**
     * One figure that differs.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param section     where the figure is, not null
     * @param cohort      the cohort's label, for a cohort or (under COHORT netting) a cohort of a payment; else null
     * @param date        the payment's measurement date, for a payment; else null
     * @param participant the young person's id, for a participant; else null
     * @param field       the figure, by its name in the statement JSON ({@code cumulativeDue},
     *                    {@code outcomes[CARE_DAYS_AVOIDED].units}) or in {@code explain}'s CSV
     *                    ({@code care_days}), not null
     * @param claimed     the claim's value as text, or null when the claim has none
     * @param recomputed  the recomputed value as text, or null when the recomputed statement has none
     * @param difference  claimed − recomputed, when both are numbers; else null
     */
    public record Difference(Section section, String cohort, LocalDate date, String participant, String field,
            String claimed, String recomputed, BigDecimal difference) {

        /** Checks the fields. */
        public Difference {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(field, "field");
        }

        /** Returns where the figure is, as people read it: {@code payment 2019-03-31}, {@code cohort 2013-Q2}. */
        public String place() {
            switch (section) {
                case STATEMENT:
                    return "statement";
                case PROGRAMME:
                    return "programme";
                case COHORT:
                    return "cohort " + cohort;
                case PAYMENT:
                    return "payment " + date + (cohort == null ? "" : ", cohort " + cohort);
                default:
                    return "participant " + participant;
            }
        }
    }

    /** Checks the fields and copies the list. */
    public ClaimCheck {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(asOf, "asOf");
        differences = List.copyOf(differences);
    }

    /** Returns true when every figure of the claim is the recomputed one. */
    public boolean agrees() {
        return differences.isEmpty();
    }

    /**
     * Recomputes the claim with the calculation, at the claim's reporting date and with the calculation's
     * ledger, and returns every difference: the statement, and each young person's figures when the claim
     * has them.
     */
    public static ClaimCheck of(Claim claim, Calculation calculation) {
        LocalDate asOf = claim.statement().asOf();
        Statement recomputed = calculation.statement(asOf);
        List<String> outcomeNames = calculation.terms().participantOutcomes().stream().map(Outcome::name).toList();
        return between(claim, recomputed, outcomeNames, claim.participants() == null ? null : calculation.explain(asOf));
    }

    /**
     * Returns every difference between a claim and a statement recomputed at its reporting date.
     *
     * @param outcomeNames the names of the contract's participant outcomes, in contract order: the names of
     *                     each explanation's outcome units
     * @param participants the recomputed explanations, in the order of the data; null when the claim has none
     */
    public static ClaimCheck between(Claim claim, Statement recomputed, List<String> outcomeNames,
            Stream<ParticipantExplanation> participants) {
        Checker check = new Checker();
        Statement claimed = claim.statement();
        check.text(Section.STATEMENT, null, null, null, "asOf", claimed.asOf().toString(), recomputed.asOf().toString());
        check.measurement(Section.PROGRAMME, null, null, claimed.programme(), recomputed.programme());
        cohorts(check, Section.COHORT, null, claimed.cohorts(), recomputed.cohorts());
        payments(check, claim, recomputed);
        if (claim.participants() != null && participants != null) {
            participants(check, claim.participants(), outcomeNames, participants);
        }
        return new ClaimCheck(recomputed.contract(), recomputed.asOf(), check.compared, check.differences);
    }

    private static void cohorts(Checker check, Section section, LocalDate date, List<CohortMeasurement> claimed,
            List<CohortMeasurement> recomputed) {
        Map<String, Measurement> claimedByLabel = new HashMap<>();
        claimed.forEach(c -> claimedByLabel.put(c.cohort(), c.measurement()));
        Map<String, Measurement> recomputedByLabel = new HashMap<>();
        recomputed.forEach(c -> recomputedByLabel.put(c.cohort(), c.measurement()));
        TreeSet<String> labels = new TreeSet<>(Measurements.CODE_POINT_ORDER);
        labels.addAll(claimedByLabel.keySet());
        labels.addAll(recomputedByLabel.keySet());
        for (String label : labels) {
            Measurement c = claimedByLabel.get(label);
            Measurement r = recomputedByLabel.get(label);
            if (c == null || r == null) {
                check.text(section, label, date, null, "cohort", c == null ? null : label, r == null ? null : label);
            } else {
                check.measurement(section, label, date, c, r);
            }
        }
    }

    private static void payments(Checker check, Claim claim, Statement recomputed) {
        Map<LocalDate, Payment> claimed = new LinkedHashMap<>();
        claim.statement().payments().forEach(p -> claimed.put(p.date(), p));
        Map<LocalDate, Payment> ours = new LinkedHashMap<>();
        recomputed.payments().forEach(p -> ours.put(p.date(), p));
        TreeSet<LocalDate> dates = new TreeSet<>(claimed.keySet());
        dates.addAll(ours.keySet());
        for (LocalDate date : dates) {
            Payment c = claimed.get(date);
            Payment r = ours.get(date);
            if (c == null || r == null) {
                check.text(Section.PAYMENT, null, date, null, "date", c == null ? null : date.toString(),
                        r == null ? null : date.toString());
                continue;
            }
            check.money(date, "cumulativeDue", c.cumulativeDue(), r.cumulativeDue());
            check.money(date, "paidBefore", c.paidBefore(), r.paidBefore());
            check.money(date, "payment", c.payment(), r.payment());
            if (claim.stated().contains(Claim.Part.LEDGER)) {
                check.text(Section.PAYMENT, null, date, null, "paid", Boolean.toString(c.paid()), Boolean.toString(r.paid()));
                check.money(date, "recomputedPayment", c.recomputedPayment(), r.recomputedPayment());
                check.money(date, "trueUp", c.trueUp(), r.trueUp());
            }
            if (claim.stated().contains(Claim.Part.PAYMENT_MEASUREMENTS)) {
                check.measurement(Section.PAYMENT, null, date, c.programme(), r.programme());
            }
            if (claim.stated().contains(Claim.Part.NETTED_COHORTS)) {
                cohorts(check, Section.PAYMENT, date, c.nettedCohorts(), r.nettedCohorts());
            }
            if (claim.stated().contains(Claim.Part.OUTCOMES)) {
                outcomes(check, date, c.outcomes(), r.outcomes());
            }
        }
    }

    private static void outcomes(Checker check, LocalDate date, List<OutcomeAmount> claimed, List<OutcomeAmount> recomputed) {
        Map<String, OutcomeAmount> c = new LinkedHashMap<>();
        claimed.forEach(o -> c.put(o.name(), o));
        Map<String, OutcomeAmount> r = new LinkedHashMap<>();
        recomputed.forEach(o -> r.put(o.name(), o));
        Set<String> names = new LinkedHashSet<>(r.keySet());
        names.addAll(c.keySet());
        for (String name : names) {
            OutcomeAmount co = c.get(name);
            OutcomeAmount ro = r.get(name);
            String at = "outcomes[" + name + "].";
            if (co == null || ro == null) {
                check.text(Section.PAYMENT, null, date, null, at + "name", co == null ? null : name, ro == null ? null : name);
                continue;
            }
            check.text(Section.PAYMENT, null, date, null, at + "type", co.type(), ro.type());
            check.number(Section.PAYMENT, null, date, null, at + "units", co.units(), ro.units());
            check.number(Section.PAYMENT, null, date, null, at + "amount", decimal(co.amount()), decimal(ro.amount()));
        }
    }

    private static void participants(Checker check, List<ParticipantExplanation> claimed, List<String> outcomeNames,
            Stream<ParticipantExplanation> recomputed) {
        Map<String, ParticipantExplanation> byId = new LinkedHashMap<>();
        claimed.forEach(p -> byId.put(p.id(), p));
        for (Iterator<ParticipantExplanation> it = recomputed.iterator(); it.hasNext(); ) {
            ParticipantExplanation r = it.next();
            ParticipantExplanation c = byId.remove(r.id());
            if (c == null) {
                check.text(Section.PARTICIPANT, null, null, r.id(), "id", null, r.id());
                continue;
            }
            String id = r.id();
            check.text(Section.PARTICIPANT, null, null, id, "cohort", c.cohort(), r.cohort());
            check.text(Section.PARTICIPANT, null, null, id, "first_day", day(c.firstDay()), day(r.firstDay()));
            check.text(Section.PARTICIPANT, null, null, id, "last_day", day(c.lastDay()), day(r.lastDay()));
            check.number(Section.PARTICIPANT, null, null, id, "child_days", BigDecimal.valueOf(c.childDays()),
                    BigDecimal.valueOf(r.childDays()));
            check.number(Section.PARTICIPANT, null, null, id, "care_days", BigDecimal.valueOf(c.careDays()),
                    BigDecimal.valueOf(r.careDays()));
            check.number(Section.PARTICIPANT, null, null, id, "expected_care_days", c.expectedCareDays(),
                    r.expectedCareDays());
            for (int o = 0; o < outcomeNames.size(); o++) {
                check.number(Section.PARTICIPANT, null, null, id, outcomeNames.get(o), units(c, o), units(r, o));
            }
            if (!outcomeNames.isEmpty()) {
                check.number(Section.PARTICIPANT, null, null, id, "outcome_total", c.outcomeTotal(), r.outcomeTotal());
            }
        }
        byId.keySet().forEach(id -> check.text(Section.PARTICIPANT, null, null, id, "id", id, null));
    }

    private static BigDecimal units(ParticipantExplanation p, int outcome) {
        return outcome < p.outcomeUnits().size() ? BigDecimal.valueOf(p.outcomeUnits().get(outcome)) : null;
    }

    private static String day(java.util.Optional<LocalDate> day) {
        return day.map(LocalDate::toString).orElse(null);
    }

    private static BigDecimal decimal(MonetaryAmount amount) {
        return amount == null ? null : amount.getNumber().numberValue(BigDecimal.class);
    }

    /** Compares figure after figure, keeping count and every difference. */
    private static final class Checker {
        private long compared;
        private final List<Difference> differences = new ArrayList<>();

        void measurement(Section section, String cohort, LocalDate date, Measurement c, Measurement r) {
            number(section, cohort, date, null, "participants", BigDecimal.valueOf(c.participants()),
                    BigDecimal.valueOf(r.participants()));
            number(section, cohort, date, null, "childDays", BigDecimal.valueOf(c.childDays()), BigDecimal.valueOf(r.childDays()));
            number(section, cohort, date, null, "careDays", BigDecimal.valueOf(c.careDays()), BigDecimal.valueOf(r.careDays()));
            number(section, cohort, date, null, "careProportion", c.careProportion().orElse(null),
                    r.careProportion().orElse(null));
            number(section, cohort, date, null, "expectedCareDays", c.expectedCareDays(), r.expectedCareDays());
            number(section, cohort, date, null, "careDaysAvoided", c.careDaysAvoided(), r.careDaysAvoided());
        }

        void money(LocalDate date, String field, MonetaryAmount c, MonetaryAmount r) {
            compared++;
            // At the minor unit, as statements write money: a JSR-354 amount drops trailing zeros.
            BigDecimal cn = c == null ? null : new BigDecimal(MoneyText.plain(c));
            BigDecimal rn = r == null ? null : new BigDecimal(MoneyText.plain(r));
            if (cn == null ? rn != null : rn == null || cn.compareTo(rn) != 0) {
                differences.add(new Difference(Section.PAYMENT, null, date, null, field,
                        c == null ? null : MoneyText.plain(c), r == null ? null : MoneyText.plain(r),
                        cn == null || rn == null ? null : cn.subtract(rn)));
            }
        }

        void number(Section section, String cohort, LocalDate date, String participant, String field, BigDecimal c,
                BigDecimal r) {
            compared++;
            if (c == null ? r != null : r == null || c.compareTo(r) != 0) {
                differences.add(new Difference(section, cohort, date, participant, field,
                        c == null ? null : c.toPlainString(), r == null ? null : r.toPlainString(),
                        c == null || r == null ? null : c.subtract(r)));
            }
        }

        void text(Section section, String cohort, LocalDate date, String participant, String field, String c, String r) {
            compared++;
            if (!Objects.equals(c, r)) {
                differences.add(new Difference(section, cohort, date, participant, field, c, r, null));
            }
        }
    }
}
