package org.sibcalc.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.Fixtures.data;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.episode;
import static org.sibcalc.Fixtures.gbp;
import static org.sibcalc.Fixtures.participant;
import static org.sibcalc.Fixtures.terms;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.sibcalc.Calculation;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.data.CareData;
import org.sibcalc.claim.Comparison.Change;

/**
 * docs/ledger.md, comparing two extracts: participants added, removed and changed field by field, episodes added and
 * removed (matched on all fields), every changed contract term, the cumulative due before and after at every
 * measurement date, and each young person whose figures changed, largest change first.
 *
 * <p>The default terms (baseline 0.5, £1.00 a care day avoided, quarterly from 2019-03-31), reported
 * 2019-06-30. The old extract: A from 2019-01-01; B from 2019-01-01, exit 2019-03-01; C from 2019-02-01 in
 * care 2019-02-01..02-11. The new: A's care 2019-03-01..03-11 recorded late; B's exit corrected to 2019-04-01;
 * C gone; D from 2019-04-01.
 * <pre>
 *   old 2019-03-31: A 90, B 59, C 59 child days (10 care) = 208 → 104 − 10 = 94 avoided → 94.00
 *   old 2019-06-30: A 181, B 59, C 150 (10 care) = 390 → 195 − 10 = 185 → 185.00
 *   new 2019-03-31: A 90 (10 care), B 90 = 180 → 90 − 10 = 80 → 80.00 (D not started)
 *   new 2019-06-30: A 181 (10 care), B 90, D 91 = 362 → 181 − 10 = 171 → 171.00
 * </pre>
 */
class ComparisonTest {

    private static final ContractTerms TERMS = terms().build();
    private static final CareData OLD = data(List.of(participant("A", "2019-01-01"),
            participant("B", "2019-01-01").withExitDate(date("2019-03-01")), participant("C", "2019-02-01")),
            List.of(episode("C", "2019-02-01", "2019-02-11")));
    private static final CareData NEW = data(List.of(participant("A", "2019-01-01"),
            participant("B", "2019-01-01").withExitDate(date("2019-04-01")), participant("D", "2019-04-01")),
            List.of(episode("A", "2019-03-01", "2019-03-11")));

    private static Comparison compare(ContractTerms oldTerms, CareData old, ContractTerms newTerms, CareData now) {
        return Comparison.of(Calculation.of(oldTerms, old), Calculation.of(newTerms, now), date("2019-06-30"));
    }

    private static String money(MonetaryAmount amount) {
        return amount == null ? "none" : amount.getNumber().numberValue(BigDecimal.class).setScale(2).toPlainString();
    }

    @Test
    void participantsAddedRemovedAndChangedFieldByField() {
        Comparison comparison = compare(TERMS, OLD, TERMS, NEW);

        assertThat(comparison.participants()).extracting(p -> p.change() + " " + p.id() + " " + p.fields().stream()
                .map(f -> f.field() + ": " + f.before() + " → " + f.after()).collect(Collectors.joining(", ")))
                .containsExactly(
                        "ADDED D start: null → 2019-04-01",
                        "REMOVED C start: 2019-02-01 → null",
                        "CHANGED B exit_date: 2019-03-01 → 2019-04-01");
    }

    @Test
    void episodesAddedAndRemovedMatchedOnAllTheirFields() {
        Comparison comparison = compare(TERMS, OLD, TERMS, NEW);

        assertThat(comparison.episodes()).extracting(e -> e.change() + " " + e.episode()).containsExactly(
                "ADDED CareEpisode[participantId=A, start=2019-03-01, end=2019-03-11, type=CARE, placement=]",
                "REMOVED CareEpisode[participantId=C, start=2019-02-01, end=2019-02-11, type=CARE, placement=]");
    }

    @Test
    void aCorrectedEndDateIsOneEpisodeRemovedAndOneAdded() {
        CareData corrected = data(List.of(OLD.participant(0), OLD.participant(1), OLD.participant(2)),
                List.of(episode("C", "2019-02-01", "2019-02-21")));

        assertThat(compare(TERMS, OLD, TERMS, corrected).episodes()).extracting(e -> e.change() + " " + e.episode().end())
                .containsExactly("ADDED 2019-02-21", "REMOVED 2019-02-11");
    }

    @Test
    void theCumulativeDueBeforeAndAfterAtEveryMeasurementDate() {
        // 94.00 → 80.00 and 185.00 → 171.00: both 14.00 less.
        assertThat(compare(TERMS, OLD, TERMS, NEW).cumulativeDue()).extracting(d -> d.date() + ": " + money(d.before())
                + " → " + money(d.after()) + " (" + money(d.difference()) + ")").containsExactly(
                        "2019-03-31: 94.00 → 80.00 (-14.00)",
                        "2019-06-30: 185.00 → 171.00 (-14.00)");
    }

    @Test
    void eachYoungPersonsChangedFiguresLargestChangeFirst() {
        // At 2019-06-30: C removed: 150 child days, 10 care, 75 expected; D added: 91 child, 45.5 expected;
        // B: 59 → 90 child days (+31), 29.5 → 45 expected (+15.5); A: 0 → 10 care days.
        // Σ child days: −150 + 91 + 31 = −28 = 362 − 390; Σ care days: −10 + 10 = 0; Σ expected −14 = 181 − 195.
        assertThat(compare(TERMS, OLD, TERMS, NEW).figures()).extracting(f -> f.change() + " " + f.id() + " "
                + f.changes().stream().map(c -> c.field() + " " + c.before() + " → " + c.after() + " (" + c.change() + ")")
                        .collect(Collectors.joining(", ")))
                .containsExactly(
                        "REMOVED C child_days 150 → null (-150), care_days 10 → null (-10), expected_care_days 75.0 → null (-75.0)",
                        "ADDED D child_days null → 91 (91), expected_care_days null → 45.5 (45.5)",
                        "CHANGED B child_days 59 → 90 (31), expected_care_days 29.5 → 45.0 (15.5)",
                        "CHANGED A care_days 0 → 10 (10)");
    }

    @Test
    void everyChangedTermIsListedByItsPathInTheContract() {
        ContractTerms dearer = terms().outcomes(List.of(org.sibcalc.contract.Outcome.careDaysAvoided(gbp("2.00"))))
                .clawback(true).caps(new org.sibcalc.contract.Caps(gbp("1000.00"), null, null)).build();

        Comparison comparison = compare(TERMS, OLD, dearer, OLD);

        assertThat(comparison.terms()).extracting(t -> t.term() + ": " + t.before() + " → " + t.after()).containsExactly(
                "outcomes[0].pricePerDay: GBP 1.00 → GBP 2.00",
                "caps.total: null → GBP 1000.00",
                "clawback: false → true");
        // The same data at twice the price: 94.00 → 188.00 and 185.00 → 370.00; no young person's figures change.
        assertThat(comparison.cumulativeDue()).extracting(d -> money(d.difference())).containsExactly("94.00", "185.00");
        assertThat(comparison.participants()).isEmpty();
        assertThat(comparison.figures()).isEmpty();
    }

    @Test
    void anExtractComparedWithItselfHasNothingToReport() {
        Comparison comparison = compare(TERMS, NEW, TERMS, NEW);

        assertThat(comparison.isEmpty()).isTrue();
        assertThat(comparison.cumulativeDue()).hasSize(2);
        assertThat(comparison.participants(Change.ADDED)).isEmpty();
    }
}
