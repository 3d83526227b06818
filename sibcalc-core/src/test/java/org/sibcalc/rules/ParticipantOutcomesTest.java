package org.sibcalc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.Fixtures.checkedStatement;
import static org.sibcalc.Fixtures.data;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.dates;
import static org.sibcalc.Fixtures.dec;
import static org.sibcalc.Fixtures.episode;
import static org.sibcalc.Fixtures.explanation;
import static org.sibcalc.Fixtures.gbp;
import static org.sibcalc.Fixtures.outcomeAt;
import static org.sibcalc.Fixtures.participant;
import static org.sibcalc.Fixtures.paymentLines;
import static org.sibcalc.Fixtures.placed;
import static org.sibcalc.Fixtures.termsPaying;
import static org.sibcalc.Fixtures.unitsAt;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sibcalc.data.Participant;
import org.sibcalc.Statement;
import org.sibcalc.contract.Caps;
import org.sibcalc.contract.Condition;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.Outcome;
import org.sibcalc.contract.OutcomeWindow;
import org.sibcalc.contract.State;
import org.sibcalc.contract.Tracking;
import org.sibcalc.data.CareData;
import org.sibcalc.payment.Cap;
import org.sibcalc.payment.Payment;

/**
 * docs/rules.md, "Outcomes", the participant outcomes, each worked by hand: DAYS, BLOCKS, MILESTONE and ENGAGEMENT,
  * their
 * windows, cohorts and deadweight, the cap per participant, and states by type and placement. Every
 * statement here is also checked against the participants' own explanations ({@code checkedStatement}).
 */
class ParticipantOutcomesTest {

    private static final Condition OUT_OF_CARE = Condition.outOf(State.CARE);

    @Test
    void daysOutOfCareArePaidLessTheDeadweight() {
        // A from 2019-01-01, care [01-11, 01-21) = 10 days. At 2019-03-31 the window is [01-01, 04-01) = 90
        // days, 80 of them out of care: 80 × £10.00 × (1 − 0.33) = £536.00.
        Outcome.Days days = Outcome.days(OUT_OF_CARE, gbp("10.00")).withDeadweight(dec("0.33"));
        CareData data = data(List.of(participant("A", "2019-01-01")), List.of(episode("A", "2019-01-11", "2019-01-21")));

        Statement statement = checkedStatement(termsPaying(days).measurement(dates("2019-03-31")).build(), data, "2019-03-31");

        assertThat(unitsAt(statement, "2019-03-31", "DAYS")).isEqualByComparingTo("80");
        assertThat(outcomeAt(statement, "2019-03-31", "DAYS").amount().getNumber().numberValue(java.math.BigDecimal.class))
                .isEqualByComparingTo("536.00");
        assertThat(paymentLines(statement.payments())).containsExactly("2019-03-31: due 536.00, paid before 0.00, payment 536.00");
    }

    @Test
    void daysInCareCountTheMergedSpansOnce() {
        // Overlapping episodes [01-11, 01-21) and [01-16, 01-26) are care [01-11, 01-26) = 15 days.
        Outcome.Days days = Outcome.days(Condition.in(State.CARE), gbp("1.00"));
        CareData data = data(List.of(participant("A", "2019-01-01")),
                List.of(episode("A", "2019-01-11", "2019-01-21"), episode("A", "2019-01-16", "2019-01-26")));

        Statement statement = checkedStatement(termsPaying(days).measurement(dates("2019-03-31")).build(), data, "2019-03-31");

        assertThat(unitsAt(statement, "2019-03-31", "DAYS")).isEqualByComparingTo("15");
    }

    /**
     * A from 2019-01-01, care [01-18, 01-25). Out of care: run 1 [01-01, 01-18) = 17 days, two weeks complete
     * on 01-07 and 01-14; run 2 from 01-25, whose weeks start afresh: complete on 01-31, 02-07, ..., the
     * ninth on 01-25 + 63 − 1 = 03-28. At 01-31: 2 + 1 = 3 blocks; at 03-31: 2 + 9 = 11.
     */
    private static final CareData WEEKS_BROKEN_BY_CARE = data(List.of(participant("A", "2019-01-01")),
            List.of(episode("A", "2019-01-18", "2019-01-25")));

    @Test
    void blocksOfSevenDaysStartAfreshAfterACareEpisode() {
        Outcome.Blocks weeks = Outcome.blocks(OUT_OF_CARE, Period.ofDays(7), gbp("100.00"));

        Statement statement = checkedStatement(termsPaying(weeks).measurement(dates("2019-01-31", "2019-03-31")).build(),
                WEEKS_BROKEN_BY_CARE, "2019-03-31");

        assertThat(unitsAt(statement, "2019-01-31", "BLOCKS")).isEqualByComparingTo("3");
        assertThat(unitsAt(statement, "2019-03-31", "BLOCKS")).isEqualByComparingTo("11");
        assertThat(paymentLines(statement.payments())).containsExactly(
                "2019-01-31: due 300.00, paid before 0.00, payment 300.00",
                "2019-03-31: due 1100.00, paid before 300.00, payment 800.00");
    }

    @Test
    void maxBlocksLimitsTheBlocksOfEachParticipant() {
        // The same 11 weeks, at most 5 paid: 5 × £100.00 at 03-31; 3 at 01-31 is under the maximum.
        Outcome.Blocks weeks = Outcome.blocks(OUT_OF_CARE, Period.ofDays(7), gbp("100.00")).withMaxBlocks(5);

        Statement statement = checkedStatement(termsPaying(weeks).measurement(dates("2019-01-31", "2019-03-31")).build(),
                WEEKS_BROKEN_BY_CARE, "2019-03-31");

        assertThat(unitsAt(statement, "2019-01-31", "BLOCKS")).isEqualByComparingTo("3");
        assertThat(unitsAt(statement, "2019-03-31", "BLOCKS")).isEqualByComparingTo("5");
    }

    @Test
    void monthBlocksFromThe31stOfJanuaryEndAMultipleOfMonthsLater() {
        // A from 2019-01-31, never in care. Block k is complete when 01-31 + k months ≤ D + 1: 01-31 + P1M =
        // 02-28 (last day 02-27), + P2M = 03-31 (last day 03-30), + P3M = 04-30 (last day 04-29). Adding one
        // month three times would give 03-28 and 04-28 instead. So 1 at 02-27, still 1 at 03-29, 2 at 03-30,
        // 3 at 04-30.
        Outcome.Blocks months = Outcome.blocks(OUT_OF_CARE, Period.ofMonths(1), gbp("1.00"));
        CareData data = data(List.of(participant("A", "2019-01-31")), List.of());

        Statement statement = checkedStatement(termsPaying(months)
                .measurement(dates("2019-02-26", "2019-02-27", "2019-03-29", "2019-03-30", "2019-04-30")).build(),
                data, "2019-04-30");

        assertThat(statement.payments()).extracting(p -> p.outcomes().get(0).units().intValueExact())
                .containsExactly(0, 1, 1, 2, 3);
    }

    /**
     * The state foster is the placements U1–U6, whatever the type. A from 2020-01-01: U4 [2020-01-01,
     * 06-01) (152 days), a residential R1 [06-01, 06-15), then U4 again from 06-15, open.
     */
    private static final Map<String, State> FOSTER = Map.of("foster",
            State.ofPlacements(Set.of("U1", "U2", "U3", "U4", "U5", "U6")));
    private static final CareData FOSTER_PLACEMENTS = data(List.of(participant("A", "2020-01-01")), List.of(
            placed("A", "2020-01-01", "2020-06-01", "C2", "U4"),
            placed("A", "2020-06-01", "2020-06-15", "C2", "R1"),
            placed("A", "2020-06-15", null, "C2", "U4")));

    @Test
    void aMilestoneIsReachedOnTheLastDayOfTheSustainedRun() {
        // The first foster run is 152 days, short of 52 weeks; the second, from 2020-06-15, reaches 364 days
        // on 2020-06-15 + 364 − 1 = 2021-06-13: nothing at 06-12, £5,000.00 at 06-13.
        Outcome.Milestone year = Outcome.milestone(Condition.in("foster"), Period.ofWeeks(52), gbp("5000.00"));
        ContractTerms terms = termsPaying(year).states(FOSTER).measurement(dates("2021-06-12", "2021-06-13")).build();

        Statement statement = checkedStatement(terms, FOSTER_PLACEMENTS, "2021-06-13");

        assertThat(paymentLines(statement.payments())).containsExactly(
                "2021-06-12: due 0.00, paid before 0.00, payment 0.00",
                "2021-06-13: due 5000.00, paid before 0.00, payment 5000.00");
    }

    @Test
    void aMilestoneFromStartCountsOnlyTheRunThatBeginsTheWindow() {
        // With fromStart only the first run counts, and it broke after 152 days: never reached.
        Outcome.Milestone year = Outcome.milestone(Condition.in("foster"), Period.ofWeeks(52), gbp("5000.00"))
                .withFromStart(true);
        ContractTerms terms = termsPaying(year).states(FOSTER).measurement(dates("2021-06-13", "2022-06-30")).build();

        Statement statement = checkedStatement(terms, FOSTER_PLACEMENTS, "2022-06-30");

        assertThat(statement.payments()).extracting(p -> p.outcomes().get(0).units().intValueExact()).containsExactly(0, 0);
    }

    @Test
    void aMilestoneFromStartIsReachedByAnUnbrokenFirstRun() {
        // B from 2020-01-01 in U1 throughout: 364 days on 2020-12-29 (2020 is a leap year: 01-01 + 364 = 12-30).
        Outcome.Milestone year = Outcome.milestone(Condition.in("foster"), Period.ofWeeks(52), gbp("5000.00"))
                .withFromStart(true);
        CareData data = data(List.of(participant("B", "2020-01-01")), List.of(placed("B", "2020-01-01", null, "C2", "U1")));
        ContractTerms terms = termsPaying(year).states(FOSTER).measurement(dates("2020-12-28", "2020-12-29")).build();

        Statement statement = checkedStatement(terms, data, "2020-12-29");

        assertThat(statement.payments()).extracting(p -> p.outcomes().get(0).units().intValueExact()).containsExactly(0, 1);
    }

    /**
     * The participants, and with {@code centuriesApart} one more from 2200-01-01: after every reporting date here,
     * it is not counted, but its start spreads the starts over more than 65,536 days, beyond which each
     * participant's windows are worked out for it alone instead of once for each start day.
     */
    private static List<Participant> participants(boolean centuriesApart, Participant... participants) {
        List<Participant> all = new java.util.ArrayList<>(List.of(participants));
        if (centuriesApart) {
            all.add(participant("Z", "2200-01-01"));
        }
        return all;
    }

    @ParameterizedTest(name = "starts centuries apart: {0}")
    @ValueSource(booleans = {false, true})
    void engagementPaysOnceWhenTheWindowFromBegins(boolean centuriesApart) {
        // Window from P3M. A from 2019-01-15 stays: its window begins 2019-04-15, paid at 04-15, not 04-14.
        // B from 2019-01-15 leaves on 2019-03-01: its window [04-15, 03-01) is empty and is never paid.
        Outcome.Engagement engaged = Outcome.engagement(gbp("500.00"))
                .withWindow(OutcomeWindow.from(Period.ofMonths(3)));
        CareData data = data(participants(centuriesApart, participant("A", "2019-01-15"),
                participant("B", "2019-01-15").withExitDate(date("2019-03-01"))), List.of());

        Statement statement = checkedStatement(termsPaying(engaged).measurement(dates("2019-04-14", "2019-04-15", "2019-12-31"))
                .build(), data, "2019-12-31");

        assertThat(statement.payments()).extracting(p -> p.outcomes().get(0).units().intValueExact()).containsExactly(0, 1, 1);
        assertThat(paymentLines(statement.payments()).get(2)).isEqualTo("2019-12-31: due 500.00, paid before 500.00, payment 0.00");
    }

    @ParameterizedTest(name = "starts centuries apart: {0}")
    @ValueSource(booleans = {false, true})
    void windowToIsCutByExitAndByAgeOut(boolean centuriesApart) {
        // Days out of care up to P1Y. A from 2019-01-01 leaves 2019-03-01: 31 + 28 = 59 days. B from 2019-01-01,
        // born 2001-02-01, ages out at 18 on 2019-02-01: 31 days. C from 2019-01-01 stays: the window ends at
        // 2020-01-01, so 365 days, even at 2020-03-31. Total 59 + 31 + 365 = 455.
        Outcome.Days days = Outcome.days(OUT_OF_CARE, gbp("1.00")).withWindow(OutcomeWindow.upTo(Period.ofYears(1)));
        CareData data = data(participants(centuriesApart,
                participant("A", "2019-01-01").withExitDate(date("2019-03-01")),
                participant("B", "2019-01-01").withBirthDate(date("2001-02-01")),
                participant("C", "2019-01-01")), List.of());
        ContractTerms terms = termsPaying(days).tracking(Tracking.of(Period.ofMonths(30), 18))
                .measurement(dates("2020-03-31")).build();

        Statement statement = checkedStatement(terms, data, "2020-03-31");

        assertThat(unitsAt(statement, "2020-03-31", "DAYS")).isEqualByComparingTo("455");
        assertThat(explanation(terms, data, "2020-03-31", "A").outcomeUnits()).containsExactly(59L);
        assertThat(explanation(terms, data, "2020-03-31", "B").outcomeUnits()).containsExactly(31L);
        assertThat(explanation(terms, data, "2020-03-31", "C").outcomeUnits()).containsExactly(365L);
    }

    @Test
    void anOutcomeCountsOnlyTheParticipantsOfItsCohorts() {
        // Cohorts 2019-Q1 only. A from 2019-01-01 (2019-Q1): 181 days to 2019-06-30. B from 2019-04-01 (2019-Q2)
        // is not counted: 181 units, though both are participants of the statement.
        Outcome.Days days = Outcome.days(OUT_OF_CARE, gbp("1.00")).withCohorts(Set.of("2019-Q1"));
        CareData data = data(List.of(participant("A", "2019-01-01"), participant("B", "2019-04-01")), List.of());

        Statement statement = checkedStatement(termsPaying(days).measurement(dates("2019-06-30")).build(), data, "2019-06-30");

        assertThat(unitsAt(statement, "2019-06-30", "DAYS")).isEqualByComparingTo("181");
        assertThat(statement.programme().participants()).isEqualTo(2);
    }

    @Test
    void theCapPerParticipantLimitsEachParticipantsTotal() {
        // £10.00 a day out of care and £100.00 for engagement, at most £500.00 a participant. A from 2019-01-01:
        // at 01-31, 100 + 31 × 10 = £410.00; at 03-31, 100 + 90 × 10 = £1,000.00, capped at £500.00. B from
        // 2019-03-01: 100 + 31 × 10 = £410.00 at 03-31. Due: £410.00 at 01-31; 500 + 410 = £910.00 at 03-31.
        // The outcomes' own amounts are before the cap: days (90 + 31) × 10 = £1,210.00, engagement £200.00.
        Outcome.Days days = Outcome.days(OUT_OF_CARE, gbp("10.00"));
        Outcome.Engagement engaged = Outcome.engagement(gbp("100.00"));
        CareData data = data(List.of(participant("A", "2019-01-01"), participant("B", "2019-03-01")), List.of());
        ContractTerms terms = termsPaying(days, engaged).caps(Caps.perParticipant(gbp("500.00")))
                .measurement(dates("2019-01-31", "2019-03-31")).build();

        Statement statement = checkedStatement(terms, data, "2019-03-31");

        assertThat(paymentLines(statement.payments())).containsExactly(
                "2019-01-31: due 410.00, paid before 0.00, payment 410.00",
                "2019-03-31: due 910.00, paid before 410.00, payment 500.00");
        assertThat(outcomeAt(statement, "2019-03-31", "DAYS").amount()).isEqualTo(gbp("1210.00"));
        assertThat(outcomeAt(statement, "2019-03-31", "ENGAGEMENT").amount()).isEqualTo(gbp("200.00"));
        assertThat(explanation(terms, data, "2019-03-31", "A").outcomeTotal()).isEqualByComparingTo("500.00");
        assertThat(explanation(terms, data, "2019-03-31", "B").outcomeTotal()).isEqualByComparingTo("410.00");
        // The cap bound on A at 03-31 only; without it, £1,210.00 + £200.00 = £1,410.00 was due.
        assertThat(statement.payments()).extracting(Payment::capsBound).containsExactly(Set.of(), Set.of(Cap.PER_PARTICIPANT));
        assertThat(statement.payments().get(1).uncappedDue()).isEqualTo(gbp("1410.00"));
    }

    @Test
    void theCapPerParticipantIsReachedOnADayBetweenMeasurementDates() {
        // A alone, as above: 100 + 10n reaches £500.00 on its 40th day, 2019-02-09. At 02-08 (39 days) £490.00;
        // from 02-09 on, £500.00.
        Outcome.Days days = Outcome.days(OUT_OF_CARE, gbp("10.00"));
        Outcome.Engagement engaged = Outcome.engagement(gbp("100.00"));
        CareData data = data(List.of(participant("A", "2019-01-01")), List.of());
        ContractTerms terms = termsPaying(days, engaged).caps(Caps.perParticipant(gbp("500.00")))
                .measurement(dates("2019-02-08", "2019-02-09", "2019-02-10")).build();

        assertThat(paymentLines(checkedStatement(terms, data, "2019-02-10").payments())).containsExactly(
                "2019-02-08: due 490.00, paid before 0.00, payment 490.00",
                "2019-02-09: due 500.00, paid before 490.00, payment 10.00",
                "2019-02-10: due 500.00, paid before 500.00, payment 0.00");
        // On 02-09 the cap is reached, not exceeded; on 02-10 A's £510.00 is more than it: only then does it bind.
        assertThat(checkedStatement(terms, data, "2019-02-10").payments()).extracting(Payment::capsBound)
                .containsExactly(Set.of(), Set.of(), Set.of(Cap.PER_PARTICIPANT));
    }

    @Test
    void statesMatchByPlacementAloneOrByTypeAndPlacement() {
        // careTypes C2 only. A from 2019-01-01: C2 in U4 [01-01, 01-11), V2 in U1 [01-11, 01-21), C2 in R1
        // [01-21, 01-31), 10 days each. foster (placements U1–U6, any type): the first two, 20 days, also V2,
        // which is not care. onOrderInFoster (type C2 and placement U4): 10 days. Care (C2): 20 days.
        Map<String, State> states = new LinkedHashMap<>();
        states.put("foster", State.ofPlacements(Set.of("U1", "U2", "U3", "U4", "U5", "U6")));
        states.put("onOrderInFoster", State.of(Set.of("C2"), Set.of("U4")));
        CareData data = data(List.of(participant("A", "2019-01-01")), List.of(
                placed("A", "2019-01-01", "2019-01-11", "C2", "U4"),
                placed("A", "2019-01-11", "2019-01-21", "V2", "U1"),
                placed("A", "2019-01-21", "2019-01-31", "C2", "R1")));
        ContractTerms terms = termsPaying(
                Outcome.days(Condition.in("foster"), gbp("1.00")).withName("foster days"),
                Outcome.days(Condition.in("onOrderInFoster"), gbp("1.00")).withName("on order in foster"))
                .careTypes(Set.of("C2")).states(states).measurement(dates("2019-03-31")).build();

        Statement statement = checkedStatement(terms, data, "2019-03-31");

        assertThat(unitsAt(statement, "2019-03-31", "foster days")).isEqualByComparingTo("20");
        assertThat(unitsAt(statement, "2019-03-31", "on order in foster")).isEqualByComparingTo("10");
        assertThat(statement.programme().careDays()).isEqualTo(20);
    }

    @Test
    void aContractWithoutCareDaysAvoidedNeedsNoBaseline() {
        // Engagement alone, no baseline: child days are still measured, expected care days and care days
        // avoided are not (null), and the payment is the engagement: 2 × £250.00.
        CareData data = data(List.of(participant("A", "2019-01-01"), participant("B", "2019-02-01")),
                List.of(episode("A", "2019-01-11", "2019-01-21")));
        ContractTerms terms = termsPaying(Outcome.engagement(gbp("250.00"))).measurement(dates("2019-03-31")).build();

        Statement statement = checkedStatement(terms, data, "2019-03-31");

        assertThat(terms.baseline()).isEmpty();
        assertThat(statement.programme().childDays()).isEqualTo(90 + 59);
        assertThat(statement.programme().careDays()).isEqualTo(10);
        assertThat(statement.programme().expectedCareDays()).isEmpty();
        assertThat(statement.programme().careDaysAvoided()).isEmpty();
        assertThat(paymentLines(statement.payments())).containsExactly("2019-03-31: due 500.00, paid before 0.00, payment 500.00");
    }

    @Test
    void careDaysAvoidedAndParticipantOutcomesAddUp() {
        // Flat baseline 0.5, £1.00 a care day avoided, plus £2.00 a day out of care. A from 2019-01-01, care
        // [01-11, 01-21): expected 45, care 10, avoided 35 → £35.00; 80 days out of care → £160.00. Due £195.00.
        ContractTerms terms = org.sibcalc.Fixtures.terms()
                .outcomes(List.of(Outcome.careDaysAvoided(gbp("1.00")), Outcome.days(OUT_OF_CARE, gbp("2.00"))))
                .measurement(dates("2019-03-31")).build();
        CareData data = data(List.of(participant("A", "2019-01-01")), List.of(episode("A", "2019-01-11", "2019-01-21")));

        Statement statement = checkedStatement(terms, data, "2019-03-31");

        assertThat(statement.payments().get(0).outcomes()).extracting(o -> o.name() + " " + o.units().toPlainString())
                .containsExactly("CARE_DAYS_AVOIDED 35.0", "DAYS 80");
        assertThat(paymentLines(statement.payments())).containsExactly("2019-03-31: due 195.00, paid before 0.00, payment 195.00");
    }
}
