package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
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

/**
 * docs/contract.md: what a contract with states and several outcomes reads into, field by field, and the
 * defaults of the fields left out.
 */
class ContractV2ReadTest {

    private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

    private static ContractTerms read(String json) {
        ValidationReport report = new ValidationReport();
        ContractTerms terms = ContractJson.parse(json.getBytes(StandardCharsets.UTF_8), "contract.json", report);
        assertThat(report.errors()).extracting(Problem::toString).isEmpty();
        return terms;
    }

    private static MonetaryAmount gbp(String amount) {
        return Money.of(new BigDecimal(amount), GBP);
    }

    @Test
    void aContractWithStatesAndEveryKindOfOutcomeReadsIntoTheseTerms() {
        ContractTerms terms = read("""
                {
                  "name": "Edge of Care SIB (v2 terms)",
                  "currency": "GBP",
                  "episodeEnd": "INCLUSIVE",
                  "careTypes": ["C2", "V2"],
                  "states": {
                    "foster": { "placements": ["U1", "U2", "U3", "U4", "U5", "U6"] },
                    "residential": { "types": ["C2"], "placements": ["K2", "R1"] }
                  },
                  "tracking": { "period": "P30M", "ageOutAt": 18 },
                  "cohorts": "FINANCIAL_YEAR",
                  "measurement": { "from": "2013-06-30", "to": "2021-06-30", "every": "QUARTER" },
                  "baseline": { "monthly": ["0.30", "0.45", "0.55"] },
                  "outcomes": [
                    { "type": "CARE_DAYS_AVOIDED", "name": "care days avoided", "pricePerDay": "45.00" },
                    { "type": "DAYS", "condition": { "outOf": "care" }, "pricePerDay": "10.00", "deadweight": "0.33",
                      "window": { "to": "P3Y" } },
                    { "type": "BLOCKS", "name": "weeks in foster care", "condition": { "in": "foster" },
                      "block": "P7D", "pricePerBlock": "120.00", "maxBlocks": 104, "window": { "to": "P2Y" } },
                    { "type": "MILESTONE", "name": "a year out of residential care", "condition": { "outOf": "residential" },
                      "sustained": "P52W", "price": "6800.00", "fromStart": true, "cohorts": ["2013/14", "2014/15"] },
                    { "type": "ENGAGEMENT", "price": "500.00", "window": { "from": "P3M" } }
                  ],
                  "netting": "PROGRAMME",
                  "caps": { "total": "7100000.00", "perParticipant": "20000.00" },
                  "rounding": "HALF_EVEN",
                  "clawback": true
                }
                """);

        Map<String, State> states = new LinkedHashMap<>();
        states.put("foster", State.ofPlacements(Set.of("U1", "U2", "U3", "U4", "U5", "U6")));
        states.put("residential", new State(Set.of("C2"), Set.of("K2", "R1")));
        List<Outcome> outcomes = List.of(
                new Outcome.CareDaysAvoided("care days avoided", gbp("45.00")),
                Outcome.days(Condition.outOf("care"), gbp("10.00"))
                        .withDeadweight(new BigDecimal("0.33")).withWindow(OutcomeWindow.upTo(Period.ofYears(3))),
                Outcome.blocks(Condition.in("foster"), Period.ofDays(7), gbp("120.00")).withName("weeks in foster care")
                        .withMaxBlocks(104).withWindow(OutcomeWindow.upTo(Period.ofYears(2))),
                Outcome.milestone(Condition.outOf("residential"), Period.ofWeeks(52), gbp("6800.00"))
                        .withName("a year out of residential care").withFromStart(true)
                        .withCohorts(Set.of("2013/14", "2014/15")),
                Outcome.engagement(gbp("500.00")).withWindow(new OutcomeWindow(Period.ofMonths(3), null)));
        ContractTerms expected = ContractTerms.builder("Edge of Care SIB (v2 terms)", GBP, Tracking.of(Period.ofMonths(30), 18),
                        MeasurementDates.every(MeasurementDates.Frequency.QUARTER, LocalDate.of(2013, 6, 30),
                                LocalDate.of(2021, 6, 30)),
                        Baseline.monthly(List.of(new BigDecimal("0.30"), new BigDecimal("0.45"), new BigDecimal("0.55"))),
                        outcomes.get(0))
                .episodeEnd(EpisodeEnd.INCLUSIVE)
                .careTypes(Set.of("C2", "V2"))
                .states(states)
                .cohortRule(CohortRule.FINANCIAL_YEAR)
                .outcomes(outcomes)
                .netting(Netting.PROGRAMME)
                .caps(new Caps(gbp("7100000.00"), null, gbp("20000.00")))
                .rounding(RoundingMode.HALF_EVEN)
                .clawback(true)
                .build();

        assertThat(terms).isEqualTo(expected);
        // In the contract's order, each named by its name or else its type.
        assertThat(terms.states().keySet()).containsExactly("foster", "residential");
        assertThat(terms.outcomes()).extracting(Outcome::name).containsExactly("care days avoided", "DAYS",
                "weeks in foster care", "a year out of residential care", "ENGAGEMENT");
    }

    @Test
    void theFieldsLeftOutOfAParticipantOutcomeTakeTheirDefaults() {
        ContractTerms terms = read(InputFolder.CONTRACT_V2);

        Outcome.Blocks blocks = (Outcome.Blocks) terms.outcomes().get(2);
        Outcome.Milestone milestone = (Outcome.Milestone) terms.outcomes().get(3);
        assertThat(blocks.maxBlocks()).isEqualTo(Outcome.Blocks.NO_MAXIMUM);
        assertThat(blocks.window()).isEqualTo(OutcomeWindow.WHOLE);
        assertThat(blocks.cohorts()).isEmpty();
        assertThat(blocks.deadweight()).isZero();
        assertThat(milestone.fromStart()).isFalse();
        assertThat(terms.caps()).isEqualTo(Caps.perParticipant(gbp("20000.00")));
    }

    @Test
    void aWindowWithOnlyFromRunsToTheEndOfTheTrackingWindow() {
        ContractTerms terms = read(InputFolder.CONTRACT_V2.replace("\"price\": \"500.00\" }",
                "\"price\": \"500.00\", \"window\": { \"from\": \"P1M\" } }"));

        assertThat(terms.participantOutcomes().get(3).window()).isEqualTo(new OutcomeWindow(Period.ofMonths(1), null));
    }

    @Test
    void withoutCareDaysAvoidedNoBaselineIsNeeded() {
        ContractTerms terms = read(InputFolder.CONTRACT_V2
                .replace("  \"baseline\": { \"proportion\": \"0.5\" },\n", "")
                .replace("    { \"type\": \"CARE_DAYS_AVOIDED\", \"pricePerDay\": \"10.00\" },\n", ""));

        assertThat(terms.baseline()).isNull();
        assertThat(terms.careDaysAvoided()).isEmpty();
        assertThat(terms.outcomes()).extracting(Outcome::type).containsExactly("DAYS", "BLOCKS", "MILESTONE", "ENGAGEMENT");
    }

    @Test
    void withoutCareDaysAvoidedABaselineGivenIsKeptForExpectedCareDays() {
        ContractTerms terms = read(InputFolder.CONTRACT_V2
                .replace("    { \"type\": \"CARE_DAYS_AVOIDED\", \"pricePerDay\": \"10.00\" },\n", ""));

        assertThat(terms.baseline()).isEqualTo(Baseline.flat(new BigDecimal("0.5")));
        assertThat(terms.careDaysAvoided()).isEmpty();
    }

    @Test
    void cohortNettingWithCareDaysAvoidedAndParticipantOutcomesIsAllowed() {
        ContractTerms terms = read(InputFolder.CONTRACT_V2.replace("\"currency\": \"GBP\",",
                "\"currency\": \"GBP\", \"netting\": \"COHORT\", "));

        assertThat(terms.netting()).isEqualTo(Netting.COHORT);
    }

    @Test
    void aStateByTypesAloneAndAConditionOnItAreRead() {
        ContractTerms terms = read(InputFolder.CONTRACT_V2
                .replace("{ \"foster\": { \"placements\": [\"U1\", \"U2\"] } }",
                        "{ \"foster\": { \"placements\": [\"U1\", \"U2\"] }, \"secure_unit-1\": { \"types\": [\"J1\"] } }")
                .replace("{ \"outOf\": \"care\" }", "{ \"in\": \"secure_unit-1\" }"));

        assertThat(terms.states()).containsEntry("secure_unit-1", State.ofTypes(Set.of("J1")));
        assertThat(terms.participantOutcomes().get(0).condition()).isEqualTo(Condition.in("secure_unit-1"));
    }

    @Test
    void aV1ContractReadsAsOneCareDaysAvoidedOutcomeNamedByItsType() {
        ContractTerms terms = read(InputFolder.CONTRACT);

        assertThat(terms.outcomes()).containsExactly(Outcome.careDaysAvoided(gbp("10.00")));
        assertThat(terms.outcomes().get(0).name()).isEqualTo("CARE_DAYS_AVOIDED");
        assertThat(terms.states()).isEmpty();
    }
}
