package org.sibcalc.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.sibcalc.Statement;
import org.sibcalc.basics.MoneyText;
import org.sibcalc.measure.CohortMeasurement;
import org.sibcalc.measure.ExplanationTable;
import org.sibcalc.measure.Measurement;
import org.sibcalc.measure.ParticipantExplanation;
import org.sibcalc.payment.OutcomeAmount;
import org.sibcalc.payment.Payment;

/**
 * One figure of a statement or of a young person's explanation, with where it is: the unit a claim is
 * checked by (docs/ledger.md). A statement is its figures, in the order and with the names of its JSON form
 * (docs/statement-json.md): {@code asOf}; the programme's {@code childDays}; a cohort's; a payment's {@code cumulativeDue}
 * or {@code outcomes[NAME].units}. A young person's figures are named as {@code explain}'s CSV columns
 * ({@code care_days}, an outcome's name for its units).
 *
 * <p>A cohort, a payment, one of a payment's outcomes and a young person are each named by a figure of their
 * own, which says they are there: {@code cohort} (the label), {@code date}, {@code outcomes[NAME].name} and
 * {@code id}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param section     where the figure is, not null
 * @param cohort      the cohort's label, in a cohort or (under COHORT netting) a cohort of a payment; else null
 * @param date        the payment's measurement date, in a payment; else null
 * @param participant the young person's id, for a young person; else null
 * @param field       the figure's name, not null
 * @param text        the figure as text: a number in plain notation, a date, a label, {@code true}; null for no
 *                    value (a JSON {@code null}, a blank cell)
 * @param number      the figure's value when it is a number, else null
 */
public record Figure(ClaimCheck.Section section, String cohort, LocalDate date, String participant, String field,
        String text, BigDecimal number) {

    /**
     * Checks the fields.
     *
     * @param section the {@link #section() section} record component
     * @param cohort the {@link #cohort() cohort} record component
     * @param date the {@link #date() date} record component
     * @param participant the {@link #participant() participant} record component
     * @param field the {@link #field() field} record component
     * @param text the {@link #text() text} record component
     * @param number the {@link #number() number} record component
     */
    public Figure {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(field, "field");
        if (number != null && text == null) {
            text = number.toPlainString();
        }
    }

    /**
     * {@return a figure that is a number (or no value, when null)}
     *
     * @param section the section the figure is in, not null
     * @param cohort the cohort it is about, or null
     * @param date the measurement date it is about, or null
     * @param participant the young person it is about, or null
     * @param field the figure's name, not null
     * @param number the value, or null for no value
     */
    public static Figure number(ClaimCheck.Section section, String cohort, LocalDate date, String participant,
            String field, BigDecimal number) {
        return new Figure(section, cohort, date, participant, field, number == null ? null : number.toPlainString(), number);
    }

    /**
     * {@return a figure that is a text (or no value, when null)}
     *
     * @param section the section the figure is in, not null
     * @param cohort the cohort it is about, or null
     * @param date the measurement date it is about, or null
     * @param participant the young person it is about, or null
     * @param field the figure's name, not null
     * @param text the value, or null for no value
     */
    public static Figure text(ClaimCheck.Section section, String cohort, LocalDate date, String participant,
            String field, String text) {
        return new Figure(section, cohort, date, participant, field, text, null);
    }

    /** {@return where the figure is, as people read it: {@code payment 2019-03-31}, {@code cohort 2013-Q2}} */
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

    /**
     * Returns every figure of the statement, in the order of its JSON form: {@code contract}, {@code currency},
     * {@code asOf}; the programme; each cohort; each payment with its ledger figures (when paid, and the
     * true-up), the programme's measurement at its date, its cohorts under COHORT netting, and its outcomes.
     *
     * @param statement the statement, not null
     * @return the figures, never null
     */
    public static List<Figure> of(Statement statement) {
        List<Figure> figures = new ArrayList<>();
        figures.add(text(ClaimCheck.Section.STATEMENT, null, null, null, "contract", statement.contractName()));
        figures.add(text(ClaimCheck.Section.STATEMENT, null, null, null, "currency",
                statement.currency().getCurrencyCode()));
        figures.add(text(ClaimCheck.Section.STATEMENT, null, null, null, "asOf", statement.asOf().toString()));
        measurement(figures, ClaimCheck.Section.PROGRAMME, null, null, statement.programme());
        for (CohortMeasurement cohort : statement.cohorts()) {
            figures.add(text(ClaimCheck.Section.COHORT, cohort.cohort(), null, null, "cohort", cohort.cohort()));
            measurement(figures, ClaimCheck.Section.COHORT, cohort.cohort(), null, cohort.measurement());
        }
        for (Payment p : statement.payments()) {
            LocalDate date = p.date();
            figures.add(text(ClaimCheck.Section.PAYMENT, null, date, null, "date", date.toString()));
            money(figures, date, "cumulativeDue", p.cumulativeDue());
            money(figures, date, "paidBefore", p.paidBefore());
            money(figures, date, "payment", p.payment());
            if (p.paid()) {
                figures.add(text(ClaimCheck.Section.PAYMENT, null, date, null, "paid", "true"));
                money(figures, date, "recomputedPayment", p.recomputedPayment());
            }
            if (p.trueUp() != null) {
                money(figures, date, "trueUp", p.trueUp());
            }
            measurement(figures, ClaimCheck.Section.PAYMENT, null, date, p.programme());
            for (CohortMeasurement cohort : p.nettedCohorts()) {
                figures.add(text(ClaimCheck.Section.PAYMENT, cohort.cohort(), date, null, "cohort", cohort.cohort()));
                measurement(figures, ClaimCheck.Section.PAYMENT, cohort.cohort(), date, cohort.measurement());
            }
            for (OutcomeAmount o : p.outcomes()) {
                String at = "outcomes[" + o.name() + "].";
                figures.add(text(ClaimCheck.Section.PAYMENT, null, date, null, at + "name", o.name()));
                figures.add(text(ClaimCheck.Section.PAYMENT, null, date, null, at + "type", o.type()));
                figures.add(number(ClaimCheck.Section.PAYMENT, null, date, null, at + "units", o.units()));
                figures.add(number(ClaimCheck.Section.PAYMENT, null, date, null, at + "amount",
                        o.amount().getNumber().numberValue(BigDecimal.class)));
            }
        }
        return figures;
    }

    /**
     * Returns every figure of each young person's explanation, in their order and in the order of
     * {@code explain}'s columns: {@code id}, {@code cohort}, {@code first_day}, {@code last_day},
     * {@code child_days}, {@code care_days}, {@code expected_care_days}, then with participant outcomes each
     * outcome's units under its name and {@code outcome_total}.
     *
     * @param outcomeNames the names of the contract's participant outcomes, in contract order
     * @param explanations the explanations, read once, in order
     * @return the figures, never null
     */
    public static List<Figure> of(List<String> outcomeNames, Stream<ParticipantExplanation> explanations) {
        List<Figure> figures = new ArrayList<>();
        for (Iterator<ParticipantExplanation> it = explanations.iterator(); it.hasNext(); ) {
            figures.addAll(of(outcomeNames, it.next()));
        }
        return figures;
    }

    /**
     * {@return the figures of one young person's explanation; see {@link #of(List, Stream)}}
     *
     * @param outcomeNames the names of the contract's participant outcomes, in contract order
     * @param p the young person's explanation, not null
     */
    public static List<Figure> of(List<String> outcomeNames, ParticipantExplanation p) {
        ClaimCheck.Section s = ClaimCheck.Section.PARTICIPANT;
        String id = p.id();
        List<Figure> figures = new ArrayList<>(8 + outcomeNames.size());
        figures.add(text(s, null, null, id, "id", id));
        figures.add(text(s, null, null, id, "cohort", p.cohort()));
        figures.add(text(s, null, null, id, "first_day", p.firstDay().map(LocalDate::toString).orElse(null)));
        figures.add(text(s, null, null, id, "last_day", p.lastDay().map(LocalDate::toString).orElse(null)));
        figures.add(number(s, null, null, id, "child_days", BigDecimal.valueOf(p.childDays())));
        figures.add(number(s, null, null, id, "care_days", BigDecimal.valueOf(p.careDays())));
        figures.add(number(s, null, null, id, "expected_care_days", p.expectedCareDays()));
        for (int o = 0; o < outcomeNames.size(); o++) {
            figures.add(number(s, null, null, id, outcomeNames.get(o), BigDecimal.valueOf(p.outcomeUnits().get(o))));
        }
        if (!outcomeNames.isEmpty()) {
            figures.add(number(s, null, null, id, "outcome_total", p.outcomeTotal()));
        }
        return figures;
    }

    /**
     * Returns figure {@code f}, in the order of {@link ClaimedParticipants#fields(List)}, of participant {@code i}
     * of the table: the same figure {@link #of(List, ParticipantExplanation)} gives of their explanation.
     */
    static Figure of(ExplanationTable table, int i, int f) {
        ClaimCheck.Section s = ClaimCheck.Section.PARTICIPANT;
        String id = table.id(i);
        int outcomes = table.outcomeNames().size();
        switch (f) {
            case 0:
                return text(s, null, null, id, "id", id);
            case 1:
                return text(s, null, null, id, "cohort", table.cohort(i));
            case 2:
                return text(s, null, null, id, "first_day", ClaimedParticipants.day(table.firstDay(i)));
            case 3:
                return text(s, null, null, id, "last_day", ClaimedParticipants.day(table.lastDay(i)));
            case 4:
                return number(s, null, null, id, "child_days", BigDecimal.valueOf(table.childDays(i)));
            case 5:
                return number(s, null, null, id, "care_days", BigDecimal.valueOf(table.careDays(i)));
            case 6:
                return number(s, null, null, id, "expected_care_days", table.expectedCareDays().get(i));
            default:
                int o = f - 7;
                return o < outcomes
                        ? number(s, null, null, id, table.outcomeNames().get(o), BigDecimal.valueOf(table.outcomeUnits(o, i)))
                        : number(s, null, null, id, "outcome_total", table.outcomeTotals().get(i));
        }
    }

    private static void measurement(List<Figure> figures, ClaimCheck.Section section, String cohort, LocalDate date,
            Measurement m) {
        figures.add(number(section, cohort, date, null, "participants", BigDecimal.valueOf(m.participants())));
        figures.add(number(section, cohort, date, null, "childDays", BigDecimal.valueOf(m.childDays())));
        figures.add(number(section, cohort, date, null, "careDays", BigDecimal.valueOf(m.careDays())));
        figures.add(number(section, cohort, date, null, "careProportion", m.careProportion().orElse(null)));
        figures.add(number(section, cohort, date, null, "expectedCareDays", m.expectedCareDays()));
        figures.add(number(section, cohort, date, null, "careDaysAvoided", m.careDaysAvoided()));
    }

    private static void money(List<Figure> figures, LocalDate date, String field, MonetaryAmount amount) {
        figures.add(number(ClaimCheck.Section.PAYMENT, null, date, null, field, new BigDecimal(MoneyText.plain(amount))));
    }
}
