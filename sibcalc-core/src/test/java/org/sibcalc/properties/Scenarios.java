package org.sibcalc.properties;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.Caps;
import org.sibcalc.contract.CohortRule;
import org.sibcalc.contract.Condition;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.EpisodeEnd;
import org.sibcalc.contract.MeasurementDates;
import org.sibcalc.contract.Netting;
import org.sibcalc.contract.Outcome;
import org.sibcalc.contract.OutcomeWindow;
import org.sibcalc.contract.State;
import org.sibcalc.contract.Tracking;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.Participant;
import org.sibcalc.testing.Draw;

/**
 * Generators of random but valid scenarios.
 *
 * <p>Every choice is drawn from QuickTheories' randomness source, so shrinking works on the whole
 * scenario: counts shrink towards zero, optional things towards absent, choices towards the first
 * option listed, dates towards {@link #ORIGIN}.
 */
final class Scenarios {

    /** Where generated dates cluster: the Essex programme started in spring 2013. */
    static final LocalDate ORIGIN = LocalDate.of(2013, 4, 1);

    /** Episode types; the first three are the ones a contract may name as care. */
    static final List<String> CARE_TYPES = List.of("CARE", "V2", "L1");
    static final List<String> EPISODE_TYPES = List.of("CARE", "V2", "L1", "RESPITE");
    /** Episode placements, the first for none given. */
    static final List<String> PLACEMENTS = List.of(CareEpisode.NO_PLACEMENT, "U1", "U2", "R1", "K2");
    /** What named states list: the episode types and placements and one of each that no episode has. */
    private static final List<String> STATE_TYPES = List.of("CARE", "V2", "L1", "RESPITE", "X9");
    private static final List<String> STATE_PLACEMENTS = List.of("U1", "U2", "R1", "K2", "Z9");
    private static final List<String> STATE_NAMES = List.of("foster", "residential", "kin-care");

    private static final List<CurrencyUnit> CURRENCIES = List.of(Monetary.getCurrency("GBP"),
            Monetary.getCurrency("EUR"), Monetary.getCurrency("JPY"), Monetary.getCurrency("BHD"));
    private static final List<RoundingMode> ROUNDINGS = Arrays.stream(RoundingMode.values())
            .filter(mode -> mode != RoundingMode.UNNECESSARY)
            .sorted((a, b) -> a == RoundingMode.HALF_UP ? -1 : b == RoundingMode.HALF_UP ? 1 : a.compareTo(b))
            .toList();
    private static final List<LocalDate> AWKWARD_STARTS = List.of(LocalDate.of(2016, 2, 29),
            LocalDate.of(2013, 8, 31), LocalDate.of(2014, 1, 31), LocalDate.of(2012, 2, 29), LocalDate.of(2015, 12, 31));
    private static final List<String> EXPLICIT_COHORTS = List.of("A", "B", "2014-Q1", "2015/16", "Zürich");

    private Scenarios() {
    }

    /** Scenarios of up to 8 participants. */
    static Gen<Scenario> scenarios() {
        return scenarios(8);
    }

    /**
     * Scenarios of up to {@code maxParticipants} participants, each with up to five episodes, under a
     * contract whose one outcome is {@code CARE_DAYS_AVOIDED} (as every v1 contract). Participant ids are
     * {@code p0}, {@code p1}, ... by slot, so a shrunk scenario may skip some.
     */
    static Gen<Scenario> scenarios(int maxParticipants) {
        return scenarios(0, maxParticipants, false);
    }

    /**
     * As {@link #scenarios(int)}, under contracts of several outcomes (docs/rules.md, "Payments"): named states by types
     * and/or placements, zero to four participant outcomes of every type, with or without
     * {@code CARE_DAYS_AVOIDED} (and without a baseline when it is absent), and episodes with placements.
     */
    static Gen<Scenario> withParticipantOutcomes(int maxParticipants) {
        return scenarios(0, maxParticipants, true);
    }

    /** As {@link #withParticipantOutcomes(int)}, with at least {@code minParticipants} slots drawn. */
    static Gen<Scenario> withParticipantOutcomes(int minParticipants, int maxParticipants) {
        return scenarios(minParticipants, maxParticipants, true);
    }

    private static Gen<Scenario> scenarios(int minParticipants, int maxParticipants, boolean participantOutcomes) {
        Gen<Scenario> gen = in -> {
            Draw draw = new Draw(in);
            ContractTerms terms = participantOutcomes ? termsWithParticipantOutcomes(draw) : terms(draw);
            LocalDate asOf = reportingDate(draw, terms);
            List<Participant> participants = new ArrayList<>();
            List<CareEpisode> episodes = new ArrayList<>();
            List<LocalDate> starts = new ArrayList<>();
            int count = draw.between(minParticipants, maxParticipants);
            for (int i = 0; i < count; i++) {
                // Every slot is drawn, kept or not, so that the shrinker can drop any one participant
                // without the others changing.
                boolean kept = draw.sometimes(95);
                Participant p = participant(draw, "p" + i, asOf, starts);
                starts.add(p.start());
                List<CareEpisode> own = episodes(draw, p, terms, asOf, participantOutcomes);
                if (kept) {
                    participants.add(p);
                    episodes.addAll(own);
                }
            }
            return new Scenario(terms, participants, episodes, asOf);
        };
        return gen.describedAs(Scenario::toString);
    }

    /** Contract terms, any of the combinations docs/contract.md allows. */
    static ContractTerms terms(Draw draw) {
        EpisodeEnd episodeEnd = draw.oneOf(List.of(EpisodeEnd.EXCLUSIVE, EpisodeEnd.INCLUSIVE));
        Set<String> careTypes = null;
        if (draw.sometimes(40)) {
            careTypes = new TreeSet<>();
            int mask = 1 + draw.upTo(6); // a non-empty subset of CARE_TYPES
            for (int t = 0; t < CARE_TYPES.size(); t++) {
                if ((mask & (1 << t)) != 0) {
                    careTypes.add(CARE_TYPES.get(t));
                }
            }
        }
        int months = draw.between(2, 48);
        Period period = draw.sometimes(25) ? Period.of(months / 12, months % 12, draw.between(1, 27))
                : Period.ofMonths(months);
        if (draw.sometimes(15)) {
            period = Period.ofYears(1 + draw.upTo(3)); // "P2Y": the common written form
        } else if (draw.sometimes(10)) {
            period = Period.ofDays(draw.between(1, 1200));
        }
        Tracking tracking = draw.sometimes(40) ? Tracking.of(period, draw.between(16, 18)) : Tracking.of(period);
        CohortRule cohorts = draw.oneOf(List.of(CohortRule.values()));

        CurrencyUnit currency = draw.oneOf(CURRENCIES);
        int digits = currency.getDefaultFractionDigits();
        MonetaryAmount price = Money.of(BigDecimal.valueOf(draw.upTo(20_000), 2), currency);
        Netting netting = draw.oneOf(List.of(Netting.PROGRAMME, Netting.COHORT));
        MonetaryAmount total = draw.sometimes(40) ? minorUnits(draw, currency, digits) : null;
        MonetaryAmount perCohort = netting == Netting.COHORT && draw.sometimes(40) ? minorUnits(draw, currency, digits) : null;

        return ContractTerms.builder("Generated SIB", currency, tracking, measurementDates(draw), baseline(draw),
                        Outcome.careDaysAvoided(price))
                .episodeEnd(episodeEnd)
                .careTypes(careTypes)
                .cohortRule(cohorts)
                .netting(netting)
                .caps(new Caps(total, perCohort))
                .rounding(draw.oneOf(ROUNDINGS))
                .clawback(draw.sometimes(50))
                .build();
    }

    /**
     * Contract terms of several outcomes: those of {@link #terms(Draw)}, with up to three named states and
     * up to four participant outcomes beside {@code CARE_DAYS_AVOIDED}, or one to four without it (and then
     * no baseline, PROGRAMME netting and no cap per cohort), and sometimes a cap per participant.
     */
    static ContractTerms termsWithParticipantOutcomes(Draw draw) {
        ContractTerms base = terms(draw);
        CurrencyUnit currency = base.currency();
        Map<String, State> states = states(draw);
        List<String> stateNames = new ArrayList<>(List.of(State.CARE));
        stateNames.addAll(states.keySet());
        // Shrinks towards the simplest contract: no CARE_DAYS_AVOIDED and one participant outcome.
        boolean careDaysAvoided = draw.sometimes(50);
        int count = careDaysAvoided ? draw.upTo(4) : 1 + draw.upTo(3);
        List<Outcome> outcomes = new ArrayList<>();
        if (careDaysAvoided) {
            outcomes.add(base.careDaysAvoided().orElseThrow());
        }
        for (int o = 0; o < count; o++) {
            outcomes.add(participantOutcome(draw, "o" + (o + 1), stateNames, base.cohortRule(), currency));
        }
        MonetaryAmount perParticipant = draw.sometimes(35) ? perParticipantCap(draw, currency) : null;
        ContractTerms.Builder terms = base.toBuilder().states(states).outcomes(outcomes);
        if (careDaysAvoided) {
            terms.caps(base.caps().withPerParticipant(perParticipant));
        } else {
            terms.baseline(null).netting(Netting.PROGRAMME).caps(new Caps(base.caps().total(), null, perParticipant));
        }
        return terms.build();
    }

    /**
     * Up to three states, each by types, by placements or by both; a type or placement a state names may
     * be one that no episode has.
     */
    static Map<String, State> states(Draw draw) {
        Map<String, State> states = new LinkedHashMap<>();
        int count = draw.upTo(3);
        for (int i = 0; i < count; i++) {
            int kind = draw.upTo(2); // 0: by types, 1: by placements, 2: by both
            Set<String> types = kind == 1 ? null : someOf(draw, STATE_TYPES);
            Set<String> placements = kind == 0 ? null : someOf(draw, STATE_PLACEMENTS);
            states.put(STATE_NAMES.get(i), new State(types, placements));
        }
        return states;
    }

    /** A non-empty subset of {@code texts}, in their order; shrinks towards the first text alone. */
    private static Set<String> someOf(Draw draw, List<String> texts) {
        Set<String> chosen = new LinkedHashSet<>();
        int mask = 1 + draw.upTo((1 << texts.size()) - 2);
        for (int t = 0; t < texts.size(); t++) {
            if ((mask & (1 << t)) != 0) {
                chosen.add(texts.get(t));
            }
        }
        return chosen;
    }

    /** A participant outcome of any type, with a condition on any of the states, window, cohorts and deadweight. */
    static Outcome.PerParticipant participantOutcome(Draw draw, String name, List<String> stateNames, CohortRule rule,
            CurrencyUnit currency) {
        int type = draw.upTo(3);
        String state = draw.oneOf(stateNames);
        Condition condition = draw.sometimes(50) ? Condition.in(state) : Condition.outOf(state);
        MonetaryAmount price = Money.of(BigDecimal.valueOf(draw.upTo(50_000), 2), currency);
        OutcomeWindow window = window(draw);
        Set<String> cohorts = cohortFilter(draw, rule);
        BigDecimal deadweight = deadweight(draw);
        switch (type) {
            case 0:
                return new Outcome.Days(name, condition, price, window, cohorts, deadweight);
            case 1: {
                Period block = block(draw);
                int maxBlocks = draw.sometimes(30) ? 1 + draw.upTo(12) : Outcome.Blocks.NO_MAXIMUM;
                return new Outcome.Blocks(name, condition, block, price, maxBlocks, window, cohorts, deadweight);
            }
            case 2:
                return new Outcome.Milestone(name, condition, sustained(draw), price, draw.sometimes(40), window,
                        cohorts, deadweight);
            default:
                return new Outcome.Engagement(name, price, window, cohorts, deadweight);
        }
    }

    /**
     * The whole tracking window, or one from a non-negative period (mostly short, so that the window is
     * seldom empty) to a positive one; either may be months.
     */
    static OutcomeWindow window(Draw draw) {
        if (!draw.sometimes(40)) {
            return OutcomeWindow.WHOLE;
        }
        Period from = Period.ZERO;
        if (draw.sometimes(50)) {
            from = draw.sometimes(80) ? Period.of(0, draw.upTo(6), draw.upTo(60)) : positivePeriod(draw);
        }
        Period to = draw.sometimes(70) ? positivePeriod(draw) : null;
        return new OutcomeWindow(from, to);
    }

    /** A positive period of days, weeks, months, years or a mixture, up to about three years. */
    static Period positivePeriod(Draw draw) {
        switch (draw.upTo(4)) {
            case 0:
                return Period.ofDays(1 + draw.upTo(400));
            case 1:
                return Period.ofMonths(1 + draw.upTo(30));
            case 2:
                return Period.ofYears(1 + draw.upTo(2));
            case 3:
                return Period.ofWeeks(1 + draw.upTo(60));
            default:
                return Period.of(draw.upTo(1), draw.upTo(11), draw.between(1, 30));
        }
    }

    /** A block: a week, a month, a quarter, some days, some months, a year, or months and days. */
    static Period block(Draw draw) {
        switch (draw.upTo(6)) {
            case 0:
                return Period.ofDays(7);
            case 1:
                return Period.ofMonths(1);
            case 2:
                return Period.ofMonths(3);
            case 3:
                return Period.ofDays(1 + draw.upTo(120));
            case 4:
                return Period.ofMonths(1 + draw.upTo(5));
            case 5:
                return Period.ofYears(1);
            default:
                return Period.of(0, draw.upTo(2), 1 + draw.upTo(20));
        }
    }

    /**
     * How long a milestone's condition is met: 52 weeks, a few days or many, months or years, or a mixture;
     * often short enough to be reached in a generated window.
     */
    static Period sustained(Draw draw) {
        switch (draw.upTo(5)) {
            case 0:
                return Period.ofWeeks(52);
            case 1:
                return Period.ofDays(1 + draw.upTo(60));
            case 2:
                return Period.ofDays(1 + draw.upTo(500));
            case 3:
                return Period.ofMonths(1 + draw.upTo(12));
            case 4:
                return Period.ofYears(1 + draw.upTo(1));
            default:
                return Period.of(draw.upTo(1), draw.upTo(11), draw.upTo(30) + 1);
        }
    }

    /**
     * Every cohort, mostly; else one or two labels, each a given label of {@link #EXPLICIT_COHORTS} or one
     * derived by the contract's rule from a start when participants start.
     */
    static Set<String> cohortFilter(Draw draw, CohortRule rule) {
        Set<String> cohorts = new LinkedHashSet<>();
        if (draw.sometimes(15)) {
            int count = 1 + draw.upTo(1);
            for (int c = 0; c < count; c++) {
                cohorts.add(draw.sometimes(30) ? draw.oneOf(EXPLICIT_COHORTS)
                        : Oracle.label(rule, ORIGIN.plusDays(draw.upTo(1800))));
            }
        }
        return cohorts;
    }

    /** Mostly none; else Norfolk's 33%, or any share with two decimal places below 1. */
    static BigDecimal deadweight(Draw draw) {
        if (!draw.sometimes(40)) {
            return BigDecimal.ZERO;
        }
        return draw.sometimes(30) ? new BigDecimal("0.33") : BigDecimal.valueOf(draw.upTo(99), 2);
    }

    /** A cap per participant in minor units, so that it binds in some scenarios and not in others. */
    private static MonetaryAmount perParticipantCap(Draw draw, CurrencyUnit currency) {
        int digits = currency.getDefaultFractionDigits();
        int units = draw.sometimes(20) ? draw.upTo(100) : draw.upTo(2_000_000);
        return Money.of(BigDecimal.valueOf(units, digits), currency);
    }

    private static MonetaryAmount minorUnits(Draw draw, CurrencyUnit currency, int digits) {
        // Up to 5,000,000 minor units: £50,000 or ¥5,000,000, so caps bind in some scenarios and not in others.
        int units = draw.sometimes(20) ? draw.upTo(100) : draw.upTo(5_000_000);
        return Money.of(BigDecimal.valueOf(units, digits), currency);
    }

    static MeasurementDates measurementDates(Draw draw) {
        switch (draw.upTo(2)) {
            case 0: {
                LocalDate from = ORIGIN.plusDays(draw.between(-90, 900));
                return MeasurementDates.every(MeasurementDates.Frequency.QUARTER, from, from.plusDays(draw.between(92, 2400)));
            }
            case 1: {
                LocalDate from = ORIGIN.plusDays(draw.between(-60, 900));
                return MeasurementDates.every(MeasurementDates.Frequency.MONTH, from, from.plusDays(draw.between(31, 1500)));
            }
            default: {
                Set<LocalDate> dates = new LinkedHashSet<>();
                int count = 1 + draw.upTo(5);
                for (int i = 0; i < count; i++) {
                    dates.add(ORIGIN.plusDays(draw.between(-60, 2600)));
                }
                List<LocalDate> listed = new ArrayList<>(dates);
                if (listed.size() > 1 && draw.sometimes(50)) {
                    listed.add(listed.remove(0)); // "any order"
                }
                return MeasurementDates.of(listed);
            }
        }
    }

    static Baseline baseline(Draw draw) {
        if (draw.sometimes(50)) {
            int months = 1 + draw.upTo(39);
            List<BigDecimal> byMonth = new ArrayList<>();
            for (int k = 0; k < months; k++) {
                byMonth.add(proportion(draw));
            }
            return Baseline.monthly(byMonth);
        }
        return Baseline.flat(proportion(draw));
    }

    /** A proportion in [0, 1] with 0, 2, 4 or 7 decimal places. */
    static BigDecimal proportion(Draw draw) {
        int scale = draw.oneOf(List.of(2, 4, 0, 7));
        return BigDecimal.valueOf(draw.upTo(BigDecimal.TEN.pow(scale).intValueExact()), scale);
    }

    /**
     * A participant; some start on the same day as one before ({@code earlierStarts}), as thousands do in
     * real data, which is what the library's per-start-day caches are for.
     */
    static Participant participant(Draw draw, String id, LocalDate asOf, List<LocalDate> earlierStarts) {
        LocalDate start;
        int kind = draw.upTo(11);
        if (kind == 11 && !earlierStarts.isEmpty()) {
            start = draw.oneOf(earlierStarts);
        } else if (kind >= 10) {
            start = asOf.plusDays(draw.between(-1, 1)); // starting the day before, on or after the reporting date
        } else if (kind < 7) {
            start = ORIGIN.plusDays(draw.upTo(1800));
        } else if (kind < 9) {
            start = YearMonth.from(ORIGIN).plusMonths(draw.upTo(59)).atEndOfMonth();
        } else {
            start = draw.oneOf(AWKWARD_STARTS);
        }
        String cohort = draw.sometimes(20) ? draw.oneOf(EXPLICIT_COHORTS) : null;
        LocalDate birth = null;
        if (draw.sometimes(50)) {
            birth = start.minusYears(draw.between(10, 17)).minusDays(draw.upTo(364));
            if (draw.sometimes(10)) {
                // born on a 29 February, so that age-out falls on 28 February (LocalDate.plusYears)
                int year = start.getYear() - 11;
                birth = LocalDate.of(year - Math.floorMod(year, 4) - 4 * draw.upTo(1), 2, 29);
            }
        }
        LocalDate exit = null;
        if (draw.sometimes(30)) {
            exit = draw.sometimes(15) ? start : start.plusDays(draw.upTo(1500)); // exit on the start: an empty window
        }
        return new Participant(id, start, cohort, birth, exit);
    }

    /**
     * Up to five episodes of one participant: free-standing, touching the one before (in the contract's
     * end convention), overlapping it, zero-length or open, some starting before the participant's start,
     * some starting or ending on the edges of the window; with {@code placements}, each with a placement of
     * {@link #PLACEMENTS} (or none), often the type and placement of the one before.
     */
    static List<CareEpisode> episodes(Draw draw, Participant p, ContractTerms terms, LocalDate asOf,
            boolean placements) {
        EpisodeEnd convention = terms.episodeEnd();
        List<LocalDate> edges = edges(p, terms, asOf);
        List<CareEpisode> episodes = new ArrayList<>();
        int count = draw.upTo(5);
        CareEpisode previous = null;
        for (int j = 0; j < count; j++) {
            boolean kept = draw.sometimes(95); // as for participants: lets the shrinker drop any one episode
            int shape = draw.upTo(9);
            LocalDate start;
            if (shape >= 6 && shape <= 7 && previous != null && previous.end() != null) {
                // touching: starts on the first day after the previous span
                start = convention == EpisodeEnd.EXCLUSIVE ? previous.end() : previous.end().plusDays(1);
            } else if (shape == 8 && previous != null) {
                start = previous.start().plusDays(draw.upTo(previous.end() == null ? 300
                        : (int) (previous.end().toEpochDay() - previous.start().toEpochDay())));
            } else if (draw.sometimes(20)) {
                start = draw.oneOf(edges);
            } else if (draw.sometimes(20)) {
                start = p.start().minusDays(1 + draw.upTo(400));
            } else {
                start = p.start().plusDays(draw.upTo(1500));
            }
            LocalDate end;
            if (shape == 9) {
                end = start; // zero-length when EXCLUSIVE, one day when INCLUSIVE
            } else if (draw.sometimes(20)) {
                end = null;
            } else if (draw.sometimes(20)) {
                LocalDate from = start;
                List<LocalDate> later = edges.stream().filter(edge -> !edge.isBefore(from)).toList();
                end = later.isEmpty() ? start : draw.oneOf(later);
            } else {
                end = start.plusDays(draw.upTo(400));
            }
            String type = draw.oneOf(EPISODE_TYPES);
            String placement = placements ? draw.oneOf(PLACEMENTS) : CareEpisode.NO_PLACEMENT;
            if (placements && previous != null && draw.sometimes(40)) {
                // the same placement again, as when a new row is recorded for a change of something else:
                // touching or overlapping, it is one run of every state the placement is in
                type = previous.type();
                placement = previous.placement();
            }
            CareEpisode episode = new CareEpisode(p.id(), start, end, type, placement);
            if (kept) {
                episodes.add(episode);
            }
            previous = episode;
        }
        return episodes;
    }

    /**
     * The days around the edges of a participant's window, where off-by-one mistakes live: its start, the
     * end of the tracking period, exit, age-out and the reporting date, and the day either side of each.
     */
    static List<LocalDate> edges(Participant p, ContractTerms terms, LocalDate asOf) {
        List<LocalDate> edges = new ArrayList<>();
        List<LocalDate> centres = new ArrayList<>(List.of(p.start(), p.start().plus(terms.tracking().period()), asOf));
        if (p.exitDate() != null) {
            centres.add(p.exitDate());
        }
        if (p.birthDate() != null && terms.tracking().ageOutAt() != null) {
            centres.add(p.birthDate().plusYears(terms.tracking().ageOutAt()));
        }
        for (LocalDate centre : centres) {
            edges.addAll(List.of(centre, centre.minusDays(1), centre.plusDays(1)));
        }
        return edges;
    }

    static LocalDate reportingDate(Draw draw, ContractTerms terms) {
        List<LocalDate> dates = terms.measurement().dates();
        return switch (draw.upTo(3)) {
            case 0, 1 -> ORIGIN.plusDays(draw.between(-60, 2600));
            case 2 -> draw.oneOf(dates);
            default -> dates.get(dates.size() - 1);
        };
    }

}
