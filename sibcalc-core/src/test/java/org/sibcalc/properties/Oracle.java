package org.sibcalc.properties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.EpisodeEnd;
import org.sibcalc.contract.MeasurementDates;
import org.sibcalc.contract.Netting;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.Participant;

/**
 * The rules of docs/rules.md done the slow, obvious way, to check the library against: every day of every
 * window is visited, and a day is a care day when some counted episode covers it. Nothing here shares
 * code with the library except its value types.
 */
final class Oracle {

    private Oracle() {
    }

    /** One participant's days at a reporting date. */
    record Days(String id, String cohort, long childDays, long careDays, BigDecimal expectedCareDays) {
    }

    /** A group's sums at a reporting date. */
    record Group(int participants, long childDays, long careDays, BigDecimal expectedCareDays) {

        static final Group NONE = new Group(0, 0, 0, BigDecimal.ZERO);

        Group plus(Days days) {
            return new Group(participants + 1, childDays + days.childDays(), careDays + days.careDays(),
                    expectedCareDays.add(days.expectedCareDays()));
        }

        Group plus(Group other) {
            return new Group(participants + other.participants, childDays + other.childDays,
                    careDays + other.careDays, expectedCareDays.add(other.expectedCareDays));
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

    /** The payment at one measurement date. */
    record OraclePayment(LocalDate date, BigDecimal cumulativeDue, BigDecimal paidBefore, BigDecimal payment) {
    }

    /**
     * A participant's whole tracking window, day by day: whether each day is in counted care and what the
     * baseline expects of it. Sums up to any reporting date are then read off.
     */
    static final class Ledger {
        final Participant participant;
        final String cohort;
        final long[] careUpTo;           // [n]: care days among the first n days of the window
        final BigDecimal[] expectedUpTo; // [n]: baseline care days of the first n days of the window

        Ledger(ContractTerms terms, Participant p, List<CareEpisode> allEpisodes) {
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
            expectedUpTo = new BigDecimal[length + 1];
            expectedUpTo[0] = BigDecimal.ZERO;
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
                expectedUpTo[n + 1] = expectedUpTo[n].add(baseline(terms.baseline(), month));
                boolean inCare = false;
                for (CareEpisode e : counted) {
                    inCare |= covers(e, day, terms.episodeEnd());
                }
                careUpTo[n + 1] = careUpTo[n] + (inCare ? 1 : 0);
            }
        }

        /** The days counted up to and including {@code asOf}. */
        Days at(LocalDate asOf) {
            long counted = ChronoUnit.DAYS.between(participant.start(), asOf) + 1;
            int n = (int) Math.max(0, Math.min(careUpTo.length - 1, counted));
            return new Days(participant.id(), cohort, n, careUpTo[n], expectedUpTo[n]);
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
                cohorts.merge(ledger.cohort, Group.NONE.plus(ledger.at(asOf)), Group::plus);
            }
        }
        return cohorts;
    }

    static Group programme(List<Ledger> ledgers, LocalDate asOf) {
        return cohorts(ledgers, asOf).values().stream().reduce(Group.NONE, Group::plus);
    }

    /** docs/rules.md, "Payments", step by step, at every measurement date up to {@code asOf}. */
    static List<OraclePayment> payments(Scenario s, List<Ledger> ledgers) {
        ContractTerms terms = s.terms();
        BigDecimal price = amount(terms.careDaysAvoided().orElseThrow().pricePerDay());
        int digits = terms.currency().getDefaultFractionDigits();
        List<OraclePayment> payments = new ArrayList<>();
        BigDecimal paid = BigDecimal.ZERO;
        for (LocalDate date : measurementDates(terms.measurement())) {
            if (date.isAfter(s.asOf())) {
                break;
            }
            List<Group> units = terms.netting() == Netting.PROGRAMME ? List.of(programme(ledgers, date))
                    : List.copyOf(cohorts(ledgers, date).values());
            BigDecimal due = BigDecimal.ZERO;
            for (Group unit : units) {
                BigDecimal unitDue = unit.careDaysAvoided().signum() > 0 ? unit.careDaysAvoided().multiply(price)
                        : BigDecimal.ZERO;
                if (terms.caps().perCohort() != null && unitDue.compareTo(amount(terms.caps().perCohort())) > 0) {
                    unitDue = amount(terms.caps().perCohort());
                }
                due = due.add(unitDue);
            }
            BigDecimal cumulative = due.setScale(digits, terms.rounding());
            if (terms.caps().total() != null && cumulative.compareTo(amount(terms.caps().total())) > 0) {
                cumulative = amount(terms.caps().total());
            }
            BigDecimal payment = cumulative.subtract(paid);
            if (!terms.clawback() && payment.signum() < 0) {
                payment = BigDecimal.ZERO;
            }
            payments.add(new OraclePayment(date, cumulative, paid, payment));
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
        int year = p.start().getYear();
        int month = p.start().getMonthValue();
        return switch (terms.cohorts()) {
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
