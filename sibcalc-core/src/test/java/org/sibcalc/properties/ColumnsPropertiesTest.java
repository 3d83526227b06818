package org.sibcalc.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.basics.DecimalColumn;
import org.sibcalc.contract.Outcome;
import org.sibcalc.data.CareData;
import org.sibcalc.claim.Claim;
import org.sibcalc.claim.ClaimCheck;
import org.sibcalc.claim.ClaimedParticipants;
import org.sibcalc.claim.Comparison;
import org.sibcalc.claim.Figure;
import org.sibcalc.measure.ExplanationTable;
import org.sibcalc.measure.ParticipantExplanation;
import org.sibcalc.testing.Draw;
import org.sibcalc.testing.Theories;

/**
 * A million young people's figures are checked and compared as columns (docs/ledger.md): each column path must
 * give exactly what the figures one by one give. The explanations as a table are the explanations; a claim of
 * columns checks as the same claim of figures, however it is wrong; a comparison of columns finds what the
 * comparison of texts and {@link BigDecimal}s finds; a column of decimals orders as {@link BigDecimal}s do.
 */
class ColumnsPropertiesTest {

    @Test
    void theExplanationTableHasTheExplanationsOneByOne() {
        Theories.qt(150).forAll(Scenarios.scenarios(), Scenarios.withParticipantOutcomes(8)).checkAssert((s, t) -> {
            for (Scenario scenario : List.of(s, t)) {
                Calculation calculation = scenario.calculation();
                ExplanationTable table = ExplanationTable.of(scenario.terms(), calculation.data(), scenario.asOf());
                List<ParticipantExplanation> explanations = calculation.explain(scenario.asOf()).toList();
                assertThat(table.size()).isEqualTo(explanations.size());
                for (int i = 0; i < table.size(); i++) {
                    assertThat(table.explanation(i)).as("participant %d of %s", i, scenario).isEqualTo(explanations.get(i));
                    assertThat(table.expectedCareDays().get(i)).as("expected care days, with their scale")
                            .isEqualTo(explanations.get(i).expectedCareDays());
                }
            }
        });
    }

    @Test
    void aClaimOfColumnsChecksAsTheSameClaimOfFigures() {
        Gen<List<Integer>> changes = lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 6);
        Theories.qt(300).forAll(Scenarios.withParticipantOutcomes(8), changes, Scenarios.withParticipantOutcomes(8))
                .checkAssert((s, picks, other) -> {
                    Calculation calculation = s.calculation();
                    Statement statement = s.statement();
                    List<String> outcomes = s.terms().participantOutcomes().stream().map(Outcome::name).toList();
                    List<List<Figure>> rows = new ArrayList<>();
                    calculation.explain(s.asOf()).forEach(p -> rows.add(new ArrayList<>(Figure.of(outcomes, p))));
                    List<Figure> asExplained = new ArrayList<>();
                    rows.forEach(asExplained::addAll);
                    assertThat(ClaimedParticipants.of(calculation.data(), outcomes, calculation.explain(s.asOf()).toList())
                            .figures()).isEqualTo(asExplained);
                    picks.forEach(pick -> change(rows, pick));

                    List<Figure> figures = new ArrayList<>(Figure.of(statement));
                    rows.forEach(figures::addAll);
                    Claim byFigures = new Claim(figures);
                    Claim byColumns = Claim.of(statement).withParticipants(columns(calculation.data(), outcomes, rows));

                    assertThat(byColumns.figures()).isEqualTo(byFigures.figures());
                    assertThat(byColumns.hasParticipants()).isEqualTo(byFigures.hasParticipants());
                    assertThat(ClaimCheck.of(byColumns, calculation)).isEqualTo(byFigures(byFigures, calculation));
                    // Checked against other data and terms: young people only one side has, outcomes only one has.
                    Calculation elsewhere = other.calculation();
                    assertThat(ClaimCheck.of(byColumns, elsewhere)).isEqualTo(byFigures(byFigures, elsewhere));
                });
    }

    /** The check of a claim of figures against the figures of the statement and explanations, one by one. */
    private static ClaimCheck byFigures(Claim claim, Calculation calculation) {
        Statement statement = calculation.statement(claim.asOf());
        List<Figure> recomputed = new ArrayList<>(Figure.of(statement));
        if (claim.hasParticipants()) {
            recomputed.addAll(Figure.of(calculation.terms().participantOutcomes().stream().map(Outcome::name).toList(),
                    calculation.explain(claim.asOf())));
        }
        return ClaimCheck.between(claim, statement.contractName(), recomputed);
    }

    /** Makes one young person's row of the claim wrong, or leaves it out, or moves it, as {@code pick} says. */
    private static void change(List<List<Figure>> rows, int pick) {
        if (rows.isEmpty()) {
            return;
        }
        int r = (pick / 8) % rows.size();
        List<Figure> row = rows.get(r);
        int f = 1 + (pick / 64) % (row.size() - 1); // any figure but the id
        Figure was = row.get(f);
        List<BigDecimal> numbers = List.of(BigDecimal.ONE, new BigDecimal("-0.5"), new BigDecimal("0.000"),
                new BigDecimal("1E+25"), new BigDecimal("123456789012345678.9"), new BigDecimal("0.0000000000000000000001"));
        switch (pick % 8) {
            case 0: // a number off, or the same number written with more decimals
            case 1:
                if (was.number() != null) {
                    BigDecimal by = numbers.get((pick / 4096) % numbers.size());
                    row.set(f, with(was, was.number().add(by)));
                } else if (was.field().equals("expected_care_days")) {
                    row.set(f, with(was, new BigDecimal("45.0")));
                }
                break;
            case 2: // no value
                row.set(f, Figure.text(was.section(), null, null, was.participant(), was.field(), null));
                break;
            case 3: // another cohort, or one no one has
                row.set(1, Figure.text(was.section(), null, null, was.participant(), "cohort",
                        pick % 3 == 0 ? "Z" : rows.get((pick / 512) % rows.size()).get(1).text()));
                break;
            case 4:
                rows.remove(r);
                break;
            case 5:
                rows.add(0, rows.remove(r));
                break;
            case 6: // a day off
                for (int d = 2; d <= 3; d++) {
                    Figure day = row.get(d);
                    String text = day.text() == null ? "2019-01-01" : LocalDate.parse(day.text()).plusDays(1).toString();
                    row.set(d, Figure.text(day.section(), null, null, day.participant(), day.field(), text));
                }
                break;
            default: // a number the same by value at another scale
                if (was.number() != null) {
                    row.set(f, with(was, was.number().setScale(was.number().scale() + 3)));
                }
                break;
        }
    }

    private static Figure with(Figure f, BigDecimal number) {
        return Figure.number(f.section(), f.cohort(), f.date(), f.participant(), f.field(), number);
    }

    /** The rows of figures as columns, each figure by its place in explain's order. */
    private static ClaimedParticipants columns(CareData data, List<String> outcomes, List<List<Figure>> rows) {
        int n = rows.size();
        int[] participants = new int[n];
        int[] cohort = new int[n];
        int[] first = new int[n];
        int[] last = new int[n];
        List<String> cohorts = new ArrayList<>();
        int count = ClaimedParticipants.fields(outcomes).size() - 4;
        List<DecimalColumn.Builder> numbers = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            numbers.add(DecimalColumn.builder(n));
        }
        for (int r = 0; r < n; r++) {
            List<Figure> row = rows.get(r);
            participants[r] = data.indexOf(row.get(0).text());
            String label = row.get(1).text();
            if (label != null && !cohorts.contains(label)) {
                cohorts.add(label);
            }
            cohort[r] = label == null ? -1 : cohorts.indexOf(label);
            first[r] = day(row.get(2).text());
            last[r] = day(row.get(3).text());
            for (int k = 0; k < count; k++) {
                numbers.get(k).add(row.get(4 + k).number());
            }
        }
        return ClaimedParticipants.of(data, outcomes, participants, cohorts, cohort, first, last,
                numbers.stream().map(DecimalColumn.Builder::build).toList());
    }

    private static int day(String text) {
        return text == null ? CareData.NO_DAY : Math.toIntExact(LocalDate.parse(text).toEpochDay());
    }

    @Test
    void aComparisonOfColumnsFindsWhatTheComparisonOfFiguresFinds() {
        Theories.qt(300).forAll(Scenarios.withParticipantOutcomes(8), Scenarios.withParticipantOutcomes(8),
                integers().between(0, 3)).checkAssert((s, t, how) -> {
                    // An unrelated extract of the same ids, or a restated one: fewer episodes, the last participant gone.
                    Scenario later = s;
                    if (how == 0) {
                        later = t.withAsOf(s.asOf());
                    } else if (how >= 1) {
                        int[] n = {0};
                        later = s.keepingEpisodes(e -> n[0]++ % (1 + how) != 0);
                    }
                    if (how == 3 && !later.participants().isEmpty()) {
                        String gone = later.participants().get(later.participants().size() - 1).id();
                        later = later.withParticipants(later.participants().subList(0, later.participants().size() - 1))
                                .keepingEpisodes(e -> !e.participantId().equals(gone));
                    }
                    Comparison comparison = Comparison.of(s.calculation(), later.calculation(), s.asOf());
                    ComparisonByFigures expected = new ComparisonByFigures(s.calculation(), later.calculation(), s.asOf());

                    assertThat(comparison.participants()).isEqualTo(expected.participants);
                    assertThat(comparison.episodes()).isEqualTo(expected.episodes);
                    assertThat(comparison.figures()).isEqualTo(expected.figures);
                });
    }

    @Test
    void aColumnOfDecimalsOrdersAsBigDecimalsDo() {
        Gen<BigDecimal> decimals = Draw.gen(draw -> {
            List<Long> unscaled = List.of(0L, 1L, -1L, 7L, 45L, -4570L, 999_999_999_999_999_999L, Long.MAX_VALUE,
                    Long.MIN_VALUE, Long.MAX_VALUE / 10, 1L << 62);
            long u = draw.sometimes(50) ? unscaled.get(draw.upTo(unscaled.size() - 1))
                    : (long) draw.between(-1_000_000, 1_000_000) * (draw.sometimes(30) ? 1_000_000_007L : 1);
            BigDecimal value = BigDecimal.valueOf(u, draw.between(-3, 24));
            return draw.sometimes(10) ? value.multiply(BigDecimal.TEN.pow(draw.between(19, 40))) : value;
        });
        Theories.qt(2_000).forAll(decimals, decimals).checkAssert((a, b) -> {
            DecimalColumn column = DecimalColumn.builder(0).add(a).add(b).addNull().build();
            DecimalColumn other = DecimalColumn.builder(0).add(b).build();
            assertThat(column.get(0)).isEqualTo(a);
            assertThat(column.text(1)).isEqualTo(b.toPlainString());
            assertThat(Integer.signum(column.compareTo(0, other, 0))).as("%s against %s", a, b)
                    .isEqualTo(Integer.signum(a.compareTo(b)));
            assertThat(column.sameValue(0, other, 0)).isEqualTo(a.compareTo(b) == 0);
            assertThat(column.sameValue(2, other, 0)).isFalse();
            assertThat(column.sameValue(2, column, 2)).isTrue();
            if (b.scale() == 0 && b.precision() < 19) {
                assertThat(Integer.signum(column.compareTo(0, b.longValueExact()))).isEqualTo(Integer.signum(a.compareTo(b)));
            }
        });
    }
}
