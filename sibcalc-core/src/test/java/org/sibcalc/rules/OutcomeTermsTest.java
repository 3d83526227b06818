package org.sibcalc.rules;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sibcalc.Fixtures.dec;
import static org.sibcalc.Fixtures.gbp;
import static org.sibcalc.Fixtures.terms;
import static org.sibcalc.Fixtures.termsPaying;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.contract.Condition;
import org.sibcalc.contract.Netting;
import org.sibcalc.contract.Outcome;
import org.sibcalc.contract.OutcomeWindow;
import org.sibcalc.contract.State;

/**
 * docs/rules.md, "Outcomes", and docs/contract.md: what a contract's outcomes and states may be. Each impossible
  * term is an error naming the
 * field by its path in the contract file.
 */
class OutcomeTermsTest {

    private static final Condition OUT_OF_CARE = Condition.outOf(State.CARE);

    @Test
    void twoOutcomesWithOneNameAreAnErrorAtTheLater() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> termsPaying(Outcome.days(OUT_OF_CARE, gbp("1.00")), Outcome.days(OUT_OF_CARE, gbp("2.00"))).build())
                .withMessage("outcomes[1].name: 'DAYS' is also the name of outcomes[0]; give each outcome its own name");
    }

    @Test
    void aConditionNamingAnUnknownStateIsAnError() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> termsPaying(Outcome.engagement(gbp("1.00")), Outcome.days(Condition.in("fostr"), gbp("1.00")))
                        .states(Map.of("foster", State.ofPlacements(Set.of("U1")))).build())
                .withMessage("outcomes[1].condition.in: 'fostr' is not a state: known are care, foster");
    }

    @Test
    void cohortNettingWithoutCareDaysAvoidedIsAnErrorAtNetting() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> termsPaying(Outcome.engagement(gbp("1.00"))).netting(Netting.COHORT).build())
                .withMessageStartingWith("netting: COHORT nets care days avoided by cohort");
    }

    @Test
    void careDaysAvoidedNeedsABaseline() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> terms().noBaseline().build())
                .withMessage("baseline: is required");
    }

    @Test
    void aContractHasAtMostOneCareDaysAvoidedOutcome() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> terms().outcomes(List.of(Outcome.careDaysAvoided(gbp("1.00")),
                        Outcome.careDaysAvoided(gbp("1.00")).withName("again"))).build())
                .withMessage("outcomes[1].type: a contract has at most one CARE_DAYS_AVOIDED outcome");
    }

    @Test
    void aContractPaysForAtLeastOneOutcome() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> termsPaying().build())
                .withMessage("outcomes: must list at least one outcome");
    }

    @Test
    void careCannotBeRedefinedAndStateNamesHaveAForm() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> terms().states(Map.of("care", State.ofTypes(Set.of("C2")))).build())
                .withMessageStartingWith("states.care: cannot be redefined");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> terms().states(Map.of("2foster", State.ofTypes(Set.of("C2")))).build())
                .withMessageStartingWith("states: '2foster' is not a state name");
    }

    @Test
    void aStateGivesTypesOrPlacementsEachTrimmedAndNotEmpty() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> new State(Optional.empty(), Optional.empty()))
                .withMessageStartingWith("types: is required when placements is not given");
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> State.ofPlacements(Set.of()))
                .withMessageStartingWith("placements: must list at least one text");
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> State.ofTypes(Set.of(" C2")))
                .withMessage("types: ' C2' is not a trimmed, non-blank text");
    }

    @Test
    void participantOutcomeFieldsHaveTheirRanges() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Outcome.days(OUT_OF_CARE, gbp("1.00")).withDeadweight(dec("1")))
                .withMessage("deadweight: 1 is not in [0, 1)");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Outcome.blocks(OUT_OF_CARE, Period.ofDays(7), gbp("1.00")).withMaxBlocks(0))
                .withMessage("maxBlocks: 0 is not at least 1");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Outcome.blocks(OUT_OF_CARE, Period.parse("P1M-1D"), gbp("1.00")))
                .withMessageStartingWith("block: P1M-1D has a negative part");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Outcome.milestone(OUT_OF_CARE, Period.ZERO, gbp("1.00")))
                .withMessageStartingWith("sustained: P0D is zero");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> OutcomeWindow.upTo(Period.ZERO))
                .withMessageStartingWith("window.to: P0D is zero");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Outcome.engagement(gbp("-1.00")))
                .withMessage("price: GBP -1.00 is negative");
    }

    @Test
    void aPriceInAnotherCurrencyIsAnErrorAtItsPath() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> termsPaying(Outcome.engagement(gbp("1.00")),
                        Outcome.blocks(OUT_OF_CARE, Period.ofDays(7), org.javamoney.moneta.Money.of(dec("1.00"), "EUR"))).build())
                .withMessageStartingWith("outcomes[1].pricePerBlock: EUR 1.00 is not in the contract's currency GBP");
    }
}
