package org.sibcalc.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import org.javamoney.moneta.Money;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.Caps;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.MeasurementDates;
import org.sibcalc.contract.Netting;
import org.sibcalc.contract.Outcome;
import org.sibcalc.data.CareData;

/**
 * The care proportion of a comparison group, flat and month by month of the tracking window: the
 * historical baseline a contract starts from.
 *
 * <p>Each young person of the group is tracked as the contract tracks a participant (its tracking period,
 * age-out, care types and episode ends), up to the data's reporting date. Month k = 1, 2, ... of a window is
 * {@code [start.plusMonths(k − 1), start.plusMonths(k))}, as in the baseline rule; the proportion of month
 * k is the group's care days in its month k over its child days in month k, and the flat proportion is all
 * care days over all child days, each rounded half-even to 6 places (as a care proportion is). Months after
 * the last in which anyone of the group was tracked are not listed.
 *
 * <p>Example: two young people tracked for two months, one in care for 10 of the 31 days of month 1 and
 * none of month 2 (28 days), the other never in care (31 and 30 days): month 1 is 10 / 62 = 0.161290,
 * month 2 is 0 / 58 = 0, flat 10 / 120 = 0.083333.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param participants how many young people of the group started on or before the reporting date
 * @param childDays    their child days
 * @param careDays     their care days
 * @param months       each month of the window in which any of them was tracked, in order
 */
public record BaselineEstimate(int participants, long childDays, long careDays, List<Month> months) {

    /**
     * One month of the window across the group.
     *
     * @param month     1 for the first month of each window, 2 for the second, ...
     * @param childDays the group's child days in that month
     * @param careDays  the group's care days in that month
     */
    public record Month(int month, long childDays, long careDays) {

        /** {@return care days / child days, 6 places half-even; zero when no one was tracked in the month} */
        public BigDecimal proportion() {
            return BaselineEstimate.proportion(careDays, childDays);
        }
    }

    /**
     * Copies the months.
     *
     * @param participants the {@link #participants() participants} record component
     * @param childDays the {@link #childDays() childDays} record component
     * @param careDays the {@link #careDays() careDays} record component
     * @param months the {@link #months() months} record component
     */
    public BaselineEstimate {
        months = List.copyOf(months);
    }

    /**
     * Works out the baseline of a comparison group.
     *
     * @param terms the contract whose tracking (period, age-out), care types and episode ends apply; its
     *              baseline and outcomes are not used; not null
     * @param group the comparison group's young people and episodes, not null
     * @param asOf  the last day the data cover, not null: windows are cut there
     * @return the estimate, never null
     */
    public static BaselineEstimate of(ContractTerms terms, CareData group, LocalDate asOf) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(asOf, "asOf");
        Period period = terms.tracking().period();
        int monthCount = (int) Math.max(1, period.toTotalMonths() + (period.getDays() > 0 ? 1 : 0));
        // The rules of the contract with a baseline of one (unused) value per month of the window, so that
        // the rules give each young person's months.
        ContractTerms byMonth = terms.toBuilder()
                .baseline(Baseline.monthly(Collections.nCopies(monthCount, BigDecimal.ZERO)))
                .outcomes(List.of(Outcome.careDaysAvoided(Money.of(BigDecimal.ZERO, terms.currency()))))
                .netting(Netting.PROGRAMME)
                .caps(Caps.NONE)
                .states(Map.of())
                .measurement(MeasurementDates.of(List.of(asOf)))
                .build();
        ParticipantRules rules = new ParticipantRules(byMonth, group);
        int lastDay = Math.toIntExact(asOf.toEpochDay());
        long[] child = new long[monthCount];
        long[] care = new long[monthCount];
        int participants = 0;
        for (int i = 0; i < group.participantCount(); i++) {
            int start = group.startDay(i);
            if (start > lastDay) {
                continue;
            }
            participants++;
            int end = Math.max(start, Math.min(rules.windowEnd(i), lastDay + 1));
            int spans = rules.mergeCare(i, start, end, null);
            for (int k = 0; k < monthCount; k++) {
                int from = rules.monthStart(start, k);
                if (from >= end) {
                    break;
                }
                int to = rules.monthEnd(start, k, end);
                child[k] += to - from;
                for (int s = 0; s < spans; s++) {
                    care[k] += Math.max(0, Math.min(to, rules.spanTo(s)) - Math.max(from, rules.spanFrom(s)));
                }
            }
        }
        int tracked = monthCount; // months up to the last in which anyone was tracked
        while (tracked > 0 && child[tracked - 1] == 0) {
            tracked--;
        }
        List<Month> months = new ArrayList<>();
        long childDays = 0;
        long careDays = 0;
        for (int k = 0; k < tracked; k++) {
            months.add(new Month(k + 1, child[k], care[k]));
            childDays += child[k];
            careDays += care[k];
        }
        return new BaselineEstimate(participants, childDays, careDays, months);
    }

    /** {@return the flat proportion: all care days over all child days, 6 places half-even} */
    public BigDecimal flatProportion() {
        return proportion(careDays, childDays);
    }

    /** {@return the flat baseline, {@code {"proportion": ...}}} */
    public Baseline flat() {
        return Baseline.flat(flatProportion());
    }

    /**
     * Returns the monthly baseline, {@code {"monthly": [...]}}: the proportion of each month in which someone
     * was tracked; the last continues for later months.
     *
     * @return the monthly baseline
     * @throws InvalidValueException when no one of the group was tracked at all
     */
    public Baseline monthly() {
        if (months.isEmpty()) {
            throw new InvalidValueException("monthly", "no one of the comparison group was tracked, so there is no month");
        }
        return Baseline.monthly(months.stream().map(Month::proportion).toList());
    }

    private static BigDecimal proportion(long care, long child) {
        return child == 0 ? BigDecimal.ZERO.setScale(Measurement.PROPORTION_SCALE)
                : BigDecimal.valueOf(care).divide(BigDecimal.valueOf(child), Measurement.PROPORTION_SCALE, RoundingMode.HALF_EVEN);
    }
}
