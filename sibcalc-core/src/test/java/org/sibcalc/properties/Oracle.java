package org.sibcalc.properties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.CohortRule;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.EpisodeEnd;
import org.sibcalc.contract.MeasurementDates;
import org.sibcalc.contract.Netting;
import org.sibcalc.contract.Outcome;
import org.sibcalc.contract.State;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.Participant;

/**
 * The rules of docs/rules.md done the slow, obvious way, to check the library against: every day of every
 * window is visited, and a day is a care day (or a day in a state) when some episode of that state covers
 * it. A participant outcome walks the days of its outcome window at each reporting date, marks those that
 * meet its condition and counts units from the runs it finds. Nothing here shares code with the library
 * except its value types.
 */
final class Oracle {

    private Oracle() {
    }

    /** One participant's days at a reporting date; expected care days null without a baseline. */
    record Days(String id, String cohort, long childDays, long careDays, BigDecimal expectedCareDays) {
    }

    /** A group's sums at a reporting date; expected care days null without a baseline. */
    record Group(int participants, long childDays, long careDays, BigDecimal expectedCareDays) {

        static final Group NONE = new Group(0, 0, 0, BigDecimal.ZERO);

        /** No participants yet, under these terms: no expected care days at all without a baseline. */
        static Group none(ContractTerms terms) {
            return terms.baseline() == null ? new Group(0, 0, 0, null) : NONE;
        }

        Group plus(Days days) {
            return new Group(participants + 1, childDays + days.childDays(), careDays + days.careDays(),
                    sum(expectedCareDays, days.expectedCareDays()));
        }

        Group plus(Group other) {
            return new Group(participants + other.participants, childDays + other.childDays,
                    careDays + other.careDays, sum(expectedCareDays, other.expectedCareDays));
        }

        private static BigDecimal sum(BigDecimal a, BigDecimal b) {
            return a == null || b == null ? null : a.add(b);
        }

        static Group of(org.sibcalc.measure.Measurement m) {
            return new Group(m.participants(), m.childDays(), m.careDays(), m.expectedCareDays());
        }

        static Group of(org.sibcalc.measure.ParticipantExplanation e) {
            return new Group(1, e.childDays(), e.careDays(), e.expectedCareDays());
        }

        BigDecimal careDaysAvoided() {
            return expectedCareDays.subtract(BigDecimal.valueOf(careDays));
        }
    }

    /** The payment at one measurement date, with what each outcome adds up to, in contract order. */
    record OraclePayment(LocalDate date, BigDecimal cumulativeDue, BigDecimal paidBefore, BigDecimal payment,
            List<OutcomeSum> outcomes) {
    }

    /** An outcome's units and exact amount at a measurement date (docs/rules.md, "Payments"). */
    record OutcomeSum(String name, String type, BigDecimal units, BigDecimal amount) {
    }

    /**
     * One participant's units and amounts of each participant outcome at a reporting date, in the order of
     * the contract's participant outcomes, and its participant total after {@code caps.perParticipant}.
     */
    record Earned(List<Long> units, List<BigDecimal> amounts, BigDecimal total) {
    }

    /**
     * A participant's whole tracking window, day by day: whether each day is in counted care, what the
     * baseline expects of it and whether it is in each state of the contract. Sums up to any reporting date
     * are then read off, and participant outcomes walk the days of their windows.
     */
    static final class Ledger {
        final ContractTerms terms;
        final Participant participant;
        final String cohort;
        final long[] careUpTo;           // [n]: care days among the first n days of the window
        final BigDecimal[] expectedUpTo; // [n]: baseline care days of the first n days; null without a baseline
        final Map<String, boolean[]> inState = new TreeMap<>(); // state → [n]: day n of the window is in it

        Ledger(ContractTerms terms, Participant p, List<CareEpisode> allEpisodes) {
            this.terms = terms;
            participant = p;
            cohort = cohort(terms, p);
            LocalDate to = p.start().plus(terms.tracking().period());
            if (p.exitDate() != null && p.exitDate().isBefore(to)) {
                to = p.exitDate();
            }
            if (terms.tracking().ageOutAt() != null && p.birthDate() != null) {
                LocalDate ageOut = p.birthDate().plusYears(terms.tracking().ageOutAt());
                if (ageOut.isBefore(to)) {
                    to = ageOut;
                }
            }
            int length = (int) Math.max(0, ChronoUnit.DAYS.between(p.start(), to));
            careUpTo = new long[length + 1];
            expectedUpTo = terms.baseline() == null ? null : new BigDecimal[length + 1];
            if (expectedUpTo != null) {
                expectedUpTo[0] = BigDecimal.ZERO;
            }
            List<CareEpisode> counted = allEpisodes.stream()
                    .filter(e -> e.participantId().equals(p.id()))
                    .filter(e -> terms.careTypes() == null || terms.careTypes().contains(e.type()))
                    .toList();
            int month = 1;
            LocalDate day = p.start();
            for (int n = 0; n < length; n++, day = day.plusDays(1)) {
                while (!day.isBefore(p.start().plusMonths(month))) {
                    month++;
                }
                if (expectedUpTo != null) {
                    expectedUpTo[n + 1] = expectedUpTo[n].add(baseline(terms.baseline(), month));
                }
                boolean inCare = false;
                for (CareEpisode e : counted) {
                    inCare |= covers(e, day, terms.episodeEnd());
                }
                careUpTo[n + 1] = careUpTo[n] + (inCare ? 1 : 0);
            }
            List<CareEpisode> own = allEpisodes.stream().filter(e -> e.participantId().equals(p.id())).toList();
            List<String> states = new ArrayList<>(List.of(State.CARE));
            states.addAll(terms.states().keySet());
            for (String state : states) {
                boolean[] days = new boolean[length];
                for (int n = 0; n < length; n++) {
                    LocalDate date = p.start().plusDays(n);
                    for (CareEpisode e : own) {
                        days[n] |= isIn(terms, state, e) && covers(e, date, terms.episodeEnd());
                    }
                }
                inState.put(state, days);
            }
        }

        /** The days counted up to and including {@code asOf}. */
        Days at(LocalDate asOf) {
            long counted = ChronoUnit.DAYS.between(participant.start(), asOf) + 1;
            int n = (int) Math.max(0, Math.min(careUpTo.length - 1, counted));
            return new Days(participant.id(), cohort, n, careUpTo[n], expectedUpTo == null ? null : expectedUpTo[n]);
        }

        /** The first day after the whole tracking window: the earliest of period end, exit and age-out. */
        LocalDate windowEnd() {
            return participant.start().plusDays(careUpTo.length - 1);
        }

        /** The participant's units and amounts of every participant outcome at {@code asOf}, and its total. */
        Earned earned(LocalDate asOf) {
            List<Long> units = new ArrayList<>();
            List<BigDecimal> amounts = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (Outcome.PerParticipant outcome : terms.participantOutcomes()) {
                long n = units(outcome, asOf);
                BigDecimal amount = BigDecimal.valueOf(n).multiply(amount(outcome.pricePerUnit()))
                        .multiply(BigDecimal.ONE.subtract(outcome.deadweight()));
                units.add(n);
                amounts.add(amount);
                total = total.add(amount);
            }
            if (terms.caps().perParticipant() != null && total.compareTo(amount(terms.caps().perParticipant())) > 0) {
                total = amount(terms.caps().perParticipant());
            }
            return new Earned(units, amounts, total);
        }

        /**
         * The units of one participant outcome at {@code asOf} (docs/rules.md, "Payments"): the days of the outcome window at
         * {@code asOf} are walked one by one, each marked when it meets the condition, and the runs of marked
         * days give the units.
         */
        long units(Outcome.PerParticipant outcome, LocalDate asOf) {
            if (!outcome.cohorts().isEmpty() && !outcome.cohorts().contains(cohort)) {
                return 0;
            }
            LocalDate start = participant.start();
            LocalDate trackingEnd = windowEnd();
            if (asOf.plusDays(1).isBefore(trackingEnd)) {
                trackingEnd = asOf.plusDays(1);
            }
            LocalDate from = start.plus(outcome.window().from());
            if (from.isBefore(start)) {
                from = start;
            }
            LocalDate to = trackingEnd;
            if (outcome.window().to() != null && start.plus(outcome.window().to()).isBefore(to)) {
                to = start.plus(outcome.window().to());
            }
            if (!from.isBefore(to)) {
                return 0; // an empty outcome window: no engagement, no days
            }
            if (outcome instanceof Outcome.Engagement) {
                return 1;
            }
            // Day n is start + n days; the window's days are n = first, ..., last − 1.
            boolean[] inTheState = inState.get(outcome.condition().state());
            int first = (int) ChronoUnit.DAYS.between(start, from);
            int last = (int) ChronoUnit.DAYS.between(start, to);
            List<LocalDate[]> runs = new ArrayList<>();
            int runStart = -1;
            long meeting = 0;
            for (int n = first; n < last; n++) {
                boolean meets = inTheState[n] == outcome.condition().in();
                if (meets) {
                    meeting++;
                    if (runStart < 0) {
                        runStart = n;
                    }
                } else if (runStart >= 0) {
                    runs.add(new LocalDate[] {start.plusDays(runStart), start.plusDays(n)});
                    runStart = -1;
                }
            }
            if (runStart >= 0) {
                runs.add(new LocalDate[] {start.plusDays(runStart), to});
            }
            if (outcome instanceof Outcome.Days) {
                return meeting;
            }
            if (outcome instanceof Outcome.Blocks blocks) {
                long complete = 0;
                for (LocalDate[] run : runs) {
                    for (int k = 1; !run[0].plus(blocks.block().multipliedBy(k)).isAfter(run[1]); k++) {
                        complete++;
                    }
                }
                return Math.min(complete, blocks.maxBlocks());
            }
            Outcome.Milestone milestone = (Outcome.Milestone) outcome;
            for (LocalDate[] run : runs) {
                boolean sustained = !run[0].plus(milestone.sustained()).isAfter(run[1]);
                if (sustained && (!milestone.fromStart() || run[0].equals(from))) {
                    return 1;
                }
            }
            return 0;
        }
    }

    static List<Ledger> ledgers(Scenario s) {
        return s.participants().stream().map(p -> new Ledger(s.terms(), p, s.episodes())).toList();
    }

    /** Each cohort with a participant started by {@code asOf}, by label in code-point order. */
    static Map<String, Group> cohorts(List<Ledger> ledgers, LocalDate asOf) {
        Map<String, Group> cohorts = new TreeMap<>(Oracle::compareCodePoints);
        for (Ledger ledger : ledgers) {
            if (!ledger.participant.start().isAfter(asOf)) {
                cohorts.merge(ledger.cohort, Group.none(ledger.terms).plus(ledger.at(asOf)), Group::plus);
            }
        }
        return cohorts;
    }

    static Group programme(ContractTerms terms, List<Ledger> ledgers, LocalDate asOf) {
        return cohorts(ledgers, asOf).values().stream().reduce(Group.none(terms), Group::plus);
    }

    /** docs/rules.md, "Payments", step by step, at every measurement date up to {@code asOf}. */
    static List<OraclePayment> payments(Scenario s, List<Ledger> ledgers) {
        ContractTerms terms = s.terms();
        int digits = terms.currency().getDefaultFractionDigits();
        List<OraclePayment> payments = new ArrayList<>();
        BigDecimal paid = BigDecimal.ZERO;
        for (LocalDate date : measurementDates(terms.measurement())) {
            if (date.isAfter(s.asOf())) {
                break;
            }
            Map<String, OutcomeSum> sums = new TreeMap<>();
            BigDecimal due = BigDecimal.ZERO;
            if (terms.careDaysAvoided().isPresent()) {
                Outcome.CareDaysAvoided outcome = terms.careDaysAvoided().get();
                BigDecimal price = amount(outcome.pricePerDay());
                List<Group> units = terms.netting() == Netting.PROGRAMME ? List.of(programme(terms, ledgers, date))
                        : List.copyOf(cohorts(ledgers, date).values());
                BigDecimal avoided = BigDecimal.ZERO;
                for (Group unit : units) {
                    BigDecimal unitDue = BigDecimal.ZERO;
                    if (unit.careDaysAvoided().signum() > 0) {
                        avoided = avoided.add(unit.careDaysAvoided());
                        unitDue = unit.careDaysAvoided().multiply(price);
                    }
                    if (terms.caps().perCohort() != null && unitDue.compareTo(amount(terms.caps().perCohort())) > 0) {
                        unitDue = amount(terms.caps().perCohort());
                    }
                    due = due.add(unitDue);
                }
                sums.put(outcome.name(), new OutcomeSum(outcome.name(), outcome.type(), avoided, due));
            }
            List<Outcome.PerParticipant> outcomes = terms.participantOutcomes();
            BigDecimal[] units = new BigDecimal[outcomes.size()];
            BigDecimal[] amounts = new BigDecimal[outcomes.size()];
            Arrays.fill(units, BigDecimal.ZERO);
            Arrays.fill(amounts, BigDecimal.ZERO);
            for (Ledger ledger : ledgers) {
                Earned earned = ledger.earned(date);
                for (int o = 0; o < outcomes.size(); o++) {
                    units[o] = units[o].add(BigDecimal.valueOf(earned.units().get(o)));
                    amounts[o] = amounts[o].add(earned.amounts().get(o));
                }
                due = due.add(earned.total());
            }
            for (int o = 0; o < outcomes.size(); o++) {
                Outcome.PerParticipant outcome = outcomes.get(o);
                sums.put(outcome.name(), new OutcomeSum(outcome.name(), outcome.type(), units[o], amounts[o]));
            }
            BigDecimal cumulative = due.setScale(digits, terms.rounding());
            if (terms.caps().total() != null && cumulative.compareTo(amount(terms.caps().total())) > 0) {
                cumulative = amount(terms.caps().total());
            }
            BigDecimal payment = cumulative.subtract(paid);
            if (!terms.clawback() && payment.signum() < 0) {
                payment = BigDecimal.ZERO;
            }
            List<OutcomeSum> inOrder = terms.outcomes().stream().map(outcome -> sums.get(outcome.name())).toList();
            payments.add(new OraclePayment(date, cumulative, paid, payment, inOrder));
            paid = paid.add(payment);
        }
        return payments;
    }

    /** Every quarter or month end from {@code from} to {@code to}, or the listed dates, ascending. */
    static List<LocalDate> measurementDates(MeasurementDates measurement) {
        if (measurement instanceof MeasurementDates.Every every) {
            List<LocalDate> dates = new ArrayList<>();
            for (YearMonth month = YearMonth.from(every.from()); !month.atEndOfMonth().isAfter(every.to());
                    month = month.plusMonths(1)) {
                boolean due = every.every() == MeasurementDates.Frequency.MONTH || month.getMonthValue() % 3 == 0;
                if (due && !month.atEndOfMonth().isBefore(every.from())) {
                    dates.add(month.atEndOfMonth());
                }
            }
            return dates;
        }
        return measurement.dates().stream().sorted().toList();
    }

    /** The cohort label of docs/rules.md, "Cohorts", written out independently of the library's. */
    static String cohort(ContractTerms terms, Participant p) {
        if (p.cohort() != null) {
            return p.cohort();
        }
        return label(terms.cohortRule(), p.start());
    }

    /** The label of docs/rules.md, "Cohorts" of a participant starting on {@code start} without a cohort of its own. */
    static String label(CohortRule rule, LocalDate start) {
        int year = start.getYear();
        int month = start.getMonthValue();
        return switch (rule) {
            case QUARTER -> String.format("%04d-Q%d", year, (month - 1) / 3 + 1);
            case MONTH -> String.format("%04d-%02d", year, month);
            case YEAR -> String.format("%04d", year);
            case FINANCIAL_YEAR -> {
                int first = month <= 3 ? year - 1 : year;
                yield String.format("%04d/%02d", first, (first + 1) % 100);
            }
        };
    }

    private static boolean covers(CareEpisode e, LocalDate day, EpisodeEnd convention) {
        if (day.isBefore(e.start())) {
            return false;
        }
        if (e.end() == null) {
            return true;
        }
        LocalDate firstDayOut = convention == EpisodeEnd.EXCLUSIVE ? e.end() : e.end().plusDays(1);
        return day.isBefore(firstDayOut);
    }

    /** Whether an episode is in a state: {@code care} by the care types, a named state by types and placements. */
    private static boolean isIn(ContractTerms terms, String state, CareEpisode e) {
        if (state.equals(State.CARE)) {
            return terms.careTypes() == null || terms.careTypes().contains(e.type());
        }
        State named = terms.states().get(state);
        return (named.types() == null || named.types().contains(e.type()))
                && (named.placements() == null || named.placements().contains(e.placement()));
    }

    private static BigDecimal baseline(Baseline baseline, int month) {
        List<BigDecimal> byMonth = baseline instanceof Baseline.Flat flat ? List.of(flat.proportion())
                : ((Baseline.Monthly) baseline).proportions();
        return byMonth.get(Math.min(month, byMonth.size()) - 1);
    }

    private static BigDecimal amount(javax.money.MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }

    static int compareCodePoints(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }
}
