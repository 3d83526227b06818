package org.sibcalc.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.data.CareData;

/**
 * The measurement of every cohort and of the whole programme at each of several reporting dates (docs/rules.md,
  * "Measurement").
 *
 * <p>For each participant who has started by the last date, the calculation looks once at the tracking
 * window, the baseline months and the merged care, and adds them to the participant's cohort for every
 * date at once (see {@link RampSums}). The programme is the sum of its cohorts. Cost: linear in
 * participants and episodes; nothing is done per day or per participant per date.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Measurements {

    /** Cohort labels in code-point order, as statements list them. */
    public static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        for (int i = 0, j = 0; i < a.length() && j < b.length(); ) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.codePointCount(0, a.length()), b.codePointCount(0, b.length()));
    };

    /**
     * The most participants in a chunk summed by one thread: half a million, so that a million are summed by two
     * threads side by side (at 1M, 0.30 → 0.18 s for the 33 dates on two cores, with the C1 compiler the launcher
     * uses there); at five million, chunks summed side by side take about a third off the calculation
     * (BENCHMARKS.md).
     */
    private static final int PARTICIPANTS_PER_CHUNK = 500_000;

    /**
     * The most running sums the cohorts of a calculation may hold: cohorts × measurement dates × sums per
     * cohort (one per baseline month, one for care days, one or two per participant outcome), counted for each
     * million young people apart, as they are summed apart. 4,194,304 sums take about 100 MB. Essex's
     * 23 cohorts, 33 dates and 32 sums take 24,288; a contract measured monthly for a century with a flat
     * baseline may have about 1,700 cohorts.
     */
    public static final long MAX_COHORT_CELLS = 1L << 22;

    private final List<LocalDate> dates;
    private final List<String> cohorts;
    private final Measurement[][] byCohort; // [cohort][date]
    private final Measurement[] programme;  // [date]
    private final long[][] units;             // [date][participant outcome], the whole programme
    private final BigDecimal[] participantTotals; // [date]

    private Measurements(List<LocalDate> dates, List<String> cohorts, Measurement[][] byCohort, long[][] units,
            BigDecimal[] participantTotals, Measurement none) {
        this.dates = dates;
        this.cohorts = cohorts;
        this.byCohort = byCohort;
        this.units = units;
        this.participantTotals = participantTotals;
        this.programme = new Measurement[dates.size()];
        for (int j = 0; j < dates.size(); j++) {
            Measurement sum = none;
            for (Measurement[] cohort : byCohort) {
                sum = sum.plus(cohort[j]);
            }
            programme[j] = sum;
        }
    }

    /**
     * Measures every cohort and the programme at each date.
     *
     * @param terms    the contract, not null
     * @param data     the participants and episodes, not null
     * @param dates    the reporting dates, at least one, in any order; duplicates are measured once
     * @param warnings receives the data warnings, judged at the last date; null when they are not wanted
     * @return the measurements, never null
     */
    public static Measurements of(ContractTerms terms, CareData data, Collection<LocalDate> dates,
            @Nullable Consumer<DataWarning> warnings) {
        return of(terms, data, dates, warnings, PARTICIPANTS_PER_CHUNK);
    }

    /**
     * As {@link #of(ContractTerms, CareData, Collection, Consumer)}, splitting the participants into chunks
     * of at most {@code participantsPerChunk} that are summed on the common fork-join pool, as many at once
     * as it has threads, and then added up. The result is the same for every chunk size: sums of whole days do not depend on
     * the order they are added in, and warnings still come in participant order.
     *
     * @param terms the contract terms, not null
     * @param data the participants and their episodes, not null
     * @param dates the reporting dates, not null
     * @param warnings receives the data warnings, judged at the last date; null when they are not wanted
     * @param participantsPerChunk the most participants in one chunk, positive
     * @return the measurements, the same as without chunks
     * @throws IllegalArgumentException when {@code participantsPerChunk} is not positive
     */
    public static Measurements of(ContractTerms terms, CareData data, Collection<LocalDate> dates,
            @Nullable Consumer<DataWarning> warnings, int participantsPerChunk) {
        if (participantsPerChunk < 1) {
            throw new IllegalArgumentException("participants per chunk must be positive: " + participantsPerChunk);
        }
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(data, "data");
        ReportingDays days = new ReportingDays(dates);
        int months = terms.baseline().map(b -> b.byMonth().size()).orElse(1);
        Layout layout = new Layout(months, terms.participantOutcomes().size(), terms.caps().perParticipant().isPresent());
        int n = data.participantCount();
        int chunks = Math.max(1, (int) ((n + (long) participantsPerChunk - 1) / participantsPerChunk));
        // Chunks of participants are summed apart (in parallel when there are several) and added up: the
        // sums are whole numbers of days, so the result is the same however the participants are split.
        CohortBudget budget = new CohortBudget(days.count(), layout.series());
        List<Chunk> parts = IntStream.range(0, chunks).parallel()
                .mapToObj(c -> Chunk.of(terms, data, days, layout, (int) ((long) n * c / chunks),
                        (int) ((long) n * (c + 1) / chunks), warnings != null, budget))
                .toList();
        Map<String, CohortSums> sumsByCohort = new HashMap<>();
        for (Chunk part : parts) {
            part.sumsByCohort().forEach((cohort, sums) -> sumsByCohort.merge(cohort, sums, CohortSums::add));
            if (warnings != null) {
                part.warnings().forEach(warnings); // in order of participant, as one pass would give them
            }
        }
        List<BigDecimal> baseline = terms.baseline().map(Baseline::byMonth).orElse(null);
        List<BigDecimal> amountPerUnit = terms.participantOutcomes().stream()
                .map(org.sibcalc.contract.Outcome.PerParticipant::amountPerUnit).toList();
        List<String> cohorts = new ArrayList<>(sumsByCohort.keySet());
        cohorts.sort(CODE_POINT_ORDER);
        Measurement[][] byCohort = new Measurement[cohorts.size()][days.count()];
        long[][] units = new long[days.count()][layout.outcomes()];
        BigDecimal[] participantTotals = new BigDecimal[days.count()];
        Arrays.fill(participantTotals, BigDecimal.ZERO);
        for (int c = 0; c < cohorts.size(); c++) {
            CohortSums cohort = sumsByCohort.get(cohorts.get(c));
            RampSums sums = cohort.sums();
            sums.finish();
            BigDecimal capped = BigDecimal.ZERO;
            for (int j = 0; j < days.count(); j++) {
                long childDays = 0;
                BigDecimal expected = baseline == null ? null : BigDecimal.ZERO;
                for (int k = 0; k < months; k++) {
                    long monthDays = sums.days(k, j);
                    childDays += monthDays;
                    if (baseline != null) {
                        expected = expected.add(baseline.get(k).multiply(BigDecimal.valueOf(monthDays)));
                    }
                }
                byCohort[c][j] = new Measurement(Math.toIntExact(sums.started(j)), childDays,
                        sums.days(layout.care(), j), Optional.ofNullable(expected));
                // A participant's total is the sum of its outcomes' amounts, up to the day a cap per participant
                // is reached; from then on, the cap (its part beyond those units is in capReached).
                capped = capped.add(cohort.capReached()[j]);
                BigDecimal total = capped;
                for (int o = 0; o < layout.outcomes(); o++) {
                    units[j][o] += sums.days(layout.units(o), j);
                    long counted = sums.days(layout.cappedUnits(o), j);
                    if (counted != 0) {
                        total = total.add(amountPerUnit.get(o).multiply(BigDecimal.valueOf(counted)));
                    }
                }
                participantTotals[j] = participantTotals[j].add(total);
            }
        }
        List<LocalDate> dateList = new ArrayList<>();
        for (int j = 0; j < days.count(); j++) {
            dateList.add(days.date(j));
        }
        // Without a baseline nothing is expected, also of a programme with no one in it yet (docs/rules.md, "Measurement").
        Measurement none = baseline == null ? Measurement.NONE_WITHOUT_BASELINE : Measurement.NONE;
        return new Measurements(List.copyOf(dateList), List.copyOf(cohorts), byCohort, units, participantTotals, none);
    }

    /**
     * The figures of one reporting date, given rather than counted from care data: what a contract designer
     * supposes, to see what the payment rules make of it (see {@link #given(List)}).
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param date              the reporting date, not null
     * @param cohorts           each cohort's measurement at the date, labels distinct; a cohort with no
     *                          participants is left out of {@link #cohorts(LocalDate)}, as a counted one is; not null
     * @param units             the whole programme's units of each participant outcome, in the order of
     *                          {@link ContractTerms#participantOutcomes()}, each zero or more; not null
     * @param participantTotals the sum over young people of their participant totals: each one's amounts of
     *                          every participant outcome, at most the cap per participant; exact, zero or more, not
     *                          null
     */
    public record Figures(LocalDate date, List<CohortMeasurement> cohorts, List<Long> units, BigDecimal participantTotals) {

        /**
         * Checks the figures and copies the lists.
         *
         * @param date the {@link #date() date} record component
         * @param cohorts the {@link #cohorts() cohorts} record component
         * @param units the {@link #units() units} record component
         * @param participantTotals the {@link #participantTotals() participantTotals} record component
         */
        public Figures {
            Objects.requireNonNull(date, "date");
            cohorts = List.copyOf(cohorts);
            units = List.copyOf(units);
            Objects.requireNonNull(participantTotals, "participantTotals");
            if (cohorts.stream().map(CohortMeasurement::cohort).distinct().count() < cohorts.size()) {
                throw new IllegalArgumentException(date + ": cohorts: a cohort is given twice");
            }
            for (int o = 0; o < units.size(); o++) {
                if (units.get(o) < 0) {
                    throw new IllegalArgumentException(date + ": units[" + o + "]: " + units.get(o) + " is negative");
                }
            }
            if (participantTotals.signum() < 0) {
                throw new IllegalArgumentException(date + ": participantTotals: " + participantTotals.toPlainString()
                        + " is negative");
            }
        }
    }

    /**
     * {@return measurements made of given figures instead of care data, such as a contract designer's
     * hypothetical numbers (sibcalc-testkit), for {@link org.sibcalc.payment.PaymentSchedule} to pay on} The
     * programme at each date is the sum of its cohorts (none: no participants, no days).
     *
     * @param figures the figures at each reporting date, at least one, dates distinct, each with as many units
     *                as the contract has participant outcomes
     * @throws IllegalArgumentException when there are no figures, a date is given twice, or the dates give
     *                                  different numbers of units
     */
    public static Measurements given(List<Figures> figures) {
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("figures: give the figures of at least one date");
        }
        List<Figures> sorted = new ArrayList<>(figures);
        sorted.sort(Comparator.comparing(Figures::date));
        List<String> cohorts = new ArrayList<>();
        boolean expected = true;
        for (int j = 0; j < sorted.size(); j++) {
            Figures f = sorted.get(j);
            if (j > 0 && f.date().equals(sorted.get(j - 1).date())) {
                throw new IllegalArgumentException(f.date() + ": the figures of this date are given twice");
            }
            if (f.units().size() != sorted.get(0).units().size()) {
                throw new IllegalArgumentException(f.date() + ": units: " + f.units().size() + " given, but "
                        + sorted.get(0).units().size() + " at " + sorted.get(0).date());
            }
            for (CohortMeasurement c : f.cohorts()) {
                if (!cohorts.contains(c.cohort())) {
                    cohorts.add(c.cohort());
                }
                expected &= c.measurement().expectedCareDays().isPresent();
            }
        }
        cohorts.sort(CODE_POINT_ORDER);
        // A cohort missing at a date has no one in it then; without expected care days anywhere, none expected.
        Measurement none = expected ? Measurement.NONE : Measurement.NONE_WITHOUT_BASELINE;
        Measurement[][] byCohort = new Measurement[cohorts.size()][sorted.size()];
        long[][] units = new long[sorted.size()][];
        BigDecimal[] participantTotals = new BigDecimal[sorted.size()];
        List<LocalDate> dates = new ArrayList<>();
        for (int j = 0; j < sorted.size(); j++) {
            Figures f = sorted.get(j);
            dates.add(f.date());
            for (Measurement[] cohort : byCohort) {
                cohort[j] = none;
            }
            for (CohortMeasurement c : f.cohorts()) {
                byCohort[cohorts.indexOf(c.cohort())][j] = c.measurement();
            }
            units[j] = f.units().stream().mapToLong(Long::longValue).toArray();
            participantTotals[j] = f.participantTotals();
        }
        return new Measurements(List.copyOf(dates), List.copyOf(cohorts), byCohort, units, participantTotals, none);
    }

    /**
     * Where each figure's series is in a cohort's {@link RampSums}: the days of each baseline month, the care
     * days, the units of each participant outcome and, with a cap per participant, the units counted before
     * the participant reached it.
     */
    private record Layout(int months, int outcomes, boolean capped) {

        int care() {
            return months;
        }

        int units(int o) {
            return months + 1 + o;
        }

        int cappedUnits(int o) {
            return capped ? months + 1 + outcomes + o : units(o);
        }

        int series() {
            return months + 1 + (capped ? 2 : 1) * outcomes;
        }
    }

    /**
     * The cohorts' sums of all chunks together, counted as they are made, so that a calculation of too many
     * cohorts stops with {@link TooManyCohortsException} before it runs out of memory.
     */
    private static final class CohortBudget {
        private final int dates;
        private final int series;
        private final int maxCohorts;
        private final AtomicInteger taken = new AtomicInteger();

        CohortBudget(int dates, int series) {
            this.dates = dates;
            this.series = series;
            this.maxCohorts = (int) Math.max(1, MAX_COHORT_CELLS / Math.max(1L, (long) dates * series));
        }

        void take() {
            if (taken.incrementAndGet() > maxCohorts) {
                throw new TooManyCohortsException(maxCohorts, dates, series);
            }
        }
    }

    /**
     * A cohort's sums, and by reporting date the amounts that complete the totals of participants who reached
     * the cap per participant: the cap less what their units before that day were worth.
     */
    private record CohortSums(RampSums sums, BigDecimal[] capReached) {

        static CohortSums of(ReportingDays days, Layout layout) {
            BigDecimal[] buckets = new BigDecimal[days.count()];
            Arrays.fill(buckets, BigDecimal.ZERO);
            return new CohortSums(new RampSums(days, layout.series()), buckets);
        }

        CohortSums add(CohortSums other) {
            sums.add(other.sums);
            for (int j = 0; j < capReached.length; j++) {
                capReached[j] = capReached[j].add(other.capReached[j]);
            }
            return this;
        }
    }

    /** The sums of participants {@code [from, to)}, and their warnings in order. */
    private record Chunk(Map<String, CohortSums> sumsByCohort, List<DataWarning> warnings) {

        static Chunk of(ContractTerms terms, CareData data, ReportingDays days, Layout layout, int from, int to,
                boolean warn, CohortBudget budget) {
            ParticipantRules rules = new ParticipantRules(terms, data); // not thread-safe: one per chunk
            ParticipantOutcomes outcomes = new ParticipantOutcomes(terms, data, rules);
            BigDecimal cap = terms.caps().perParticipant().map(c -> c.getNumber().numberValue(BigDecimal.class))
                    .orElse(null);
            BigDecimal[] amountPerUnit = new BigDecimal[outcomes.count()];
            for (int o = 0; o < amountPerUnit.length; o++) {
                amountPerUnit[o] = outcomes.amountPerUnit(o);
            }
            List<DataWarning> found = new ArrayList<>();
            @Nullable Consumer<DataWarning> warnings = warn ? found::add : null;
            int months = layout.months();
            int care = layout.care();
            UnitSink.Direct direct = new UnitSink.Direct(layout.units(0));
            Map<String, CohortSums> sumsByCohort = new HashMap<>();
            // A participant without a cohort of its own is in its start day's: found by start day, not by label.
            CohortSums[] sumsByStart = new CohortSums[rules.startRange()];
            for (int i = from; i < to; i++) {
                int start = data.startDay(i);
                if (start > days.last()) {
                    if (warnings != null) {
                        warnings.accept(DataWarning.startsAfterReportingDate(data, i, days.last()));
                    }
                    continue;
                }
                String cohort = rules.cohort(i);
                boolean derived = data.cohortIndex(i) == CareData.DERIVED_COHORT;
                int byStart = derived ? rules.startIndex(start) : -1; // -1 also when start days are not cached
                CohortSums cohortSums = byStart >= 0 ? sumsByStart[byStart] : null;
                if (cohortSums == null) {
                    cohortSums = sumsByCohort.get(cohort);
                    if (cohortSums == null) {
                        budget.take();
                        cohortSums = CohortSums.of(days, layout);
                        sumsByCohort.put(cohort, cohortSums);
                    }
                    if (byStart >= 0) {
                        sumsByStart[byStart] = cohortSums;
                    }
                }
                RampSums sums = cohortSums.sums();
                sums.addStart(start);
                int end = Math.max(start, rules.windowEnd(i));
                for (int k = 0; k < months; k++) {
                    int monthFrom = rules.monthStart(start, k);
                    if (monthFrom >= end) {
                        break;
                    }
                    sums.addSpan(k, monthFrom, rules.monthEnd(start, k, end));
                }
                int spans = rules.mergeCare(i, start, end, warnings);
                for (int s = 0; s < spans; s++) {
                    sums.addSpan(care, rules.spanFrom(s), rules.spanTo(s));
                }
                if (outcomes.count() > 0 && !layout.capped()) {
                    direct.into(sums);
                    outcomes.compute(i, start, end, cohort, spans, direct);
                } else if (outcomes.count() > 0) {
                    outcomes.compute(i, start, end, cohort, spans);
                    UnitBuffer units = outcomes.units();
                    // With a cap per participant the units are kept until the day the cap is reached is known.
                    units.addTo(sums, layout.units(0));
                    int reached = units.dayReaching(cap, amountPerUnit);
                    units.addBefore(sums, layout.cappedUnits(0), reached);
                    int bucket = reached == Integer.MAX_VALUE ? -1 : days.bucketOf(reached);
                    if (bucket >= 0) {
                        BigDecimal rest = cap.subtract(units.total(reached - 1, amountPerUnit));
                        cohortSums.capReached()[bucket] = cohortSums.capReached()[bucket].add(rest);
                    }
                }
            }
            return new Chunk(sumsByCohort, found);
        }
    }

    /**
     * Returns the units of participant outcome {@code o} (its position in
     * {@link ContractTerms#participantOutcomes()}) of the whole programme at {@code date}: days, blocks or
     * milestones, before any cap per participant.
     *
     * @param date one of {@link #dates()}
     * @param o the outcome's position among the participant outcomes
     * @return the units, zero or more
     */
    public long units(LocalDate date, int o) {
        return units[indexOf(date)][o];
    }

    /**
     * Returns the sum over participants of their participant totals at {@code date}: each participant's
     * amounts of every participant outcome, at most the cap per participant when there is one; exact.
     *
     * @param date one of {@link #dates()}
     * @return the sum, exact, never null
     */
    public BigDecimal participantTotals(LocalDate date) {
        return participantTotals[indexOf(date)];
    }

    /** {@return the reporting dates, ascending and distinct} */
    public List<LocalDate> dates() {
        return dates;
    }

    /**
     * {@return the whole programme at reporting date {@code date}}
     *
     * @param date one of {@link #dates()}
     */
    public Measurement programme(LocalDate date) {
        return programme[indexOf(date)];
    }

    /**
     * Returns every cohort with a participant started on or before {@code date}, in code-point order of
     * label.
     *
     * @param date one of {@link #dates()}
     * @return the cohorts, never null
     */
    public List<CohortMeasurement> cohorts(LocalDate date) {
        int j = indexOf(date);
        List<CohortMeasurement> result = new ArrayList<>();
        for (int c = 0; c < cohorts.size(); c++) {
            if (byCohort[c][j].participants() > 0) {
                result.add(new CohortMeasurement(cohorts.get(c), byCohort[c][j]));
            }
        }
        return List.copyOf(result);
    }

    private int indexOf(LocalDate date) {
        // The dates are ascending and distinct: a binary search, as statements of many dates look up every one.
        int j = Collections.binarySearch(dates, Objects.requireNonNull(date, "date"));
        if (j < 0) {
            throw new IllegalArgumentException("Date " + date + " is not one of the reporting dates " + dates);
        }
        return j;
    }
}
