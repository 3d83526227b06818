package org.sibcalc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.Fixtures.checkedStatement;
import static org.sibcalc.Fixtures.data;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.episode;
import static org.sibcalc.Fixtures.participant;
import static org.sibcalc.Fixtures.terms;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sibcalc.Statement;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;

/**
 * docs/rules.md, "Days": only episodes whose type is in {@code careTypes} count (exact, case-sensitive); without
 * {@code careTypes} every episode counts.
 *
 * <p>One participant starting 2019-01-01, reported at 2019-03-31 (90 child days), with three episodes that
 * do not touch: type {@code V2} [01-01, 01-11) = 10 days, {@code v2} [02-01, 02-06) = 5 days and
 * {@code C1} [03-01, 03-08) = 7 days.
 */
class CareTypesTest {

    private static final CareData DATA = data(List.of(participant("A", "2019-01-01")), List.of(
            episode("A", "2019-01-01", "2019-01-11").withType("V2"),
            episode("A", "2019-02-01", "2019-02-06").withType("v2"),
            episode("A", "2019-03-01", "2019-03-08").withType("C1")));

    private static long careDays(ContractTerms terms) {
        return checkedStatement(terms, DATA, "2019-03-31").programme().careDays();
    }

    @Test
    void withoutCareTypesEveryTypeCounts() {
        // 10 + 5 + 7 = 22.
        assertThat(careDays(terms().build())).isEqualTo(22);
    }

    @Test
    void onlyListedTypesCount() {
        // careTypes [V2, C1]: 10 + 7 = 17.
        assertThat(careDays(terms().careTypes(Set.of("V2", "C1")).build())).isEqualTo(17);
    }

    @Test
    void typesMatchCaseSensitively() {
        // careTypes [V2]: V2 counts (10), v2 does not: 10, not 15.
        assertThat(careDays(terms().careTypes(Set.of("V2")).build())).isEqualTo(10);
        // careTypes [v2]: only the 5 days of v2.
        assertThat(careDays(terms().careTypes(Set.of("v2")).build())).isEqualTo(5);
    }

    @Test
    void typeWithNoEpisodeCountsNothing() {
        assertThat(careDays(terms().careTypes(Set.of("J1")).build())).isZero();
    }

    @Test
    void episodeWithoutATypeIsCare() {
        // CareEpisode.of gives the default type CARE, which careTypes [CARE] counts: [01-01, 01-11) = 10.
        CareData data = data(List.of(participant("A", "2019-01-01")), List.of(episode("A", "2019-01-01", "2019-01-11")));

        assertThat(CareEpisode.open("A", date("2019-01-01")).type()).isEqualTo("CARE");
        Statement statement = checkedStatement(terms().careTypes(Set.of("CARE")).build(), data, "2019-03-31");
        assertThat(statement.programme().careDays()).isEqualTo(10);
    }

    @Test
    void uncountedEpisodeNeitherAddsDaysNorOverlaps() {
        // Counted V2 [01-01, 01-11) = 10 days; uncounted X [01-05, 01-20) overlaps it but is not care:
        // 10 days and no overlap warning.
        CareData data = data(List.of(participant("A", "2019-01-01")), List.of(
                episode("A", "2019-01-01", "2019-01-11").withType("V2"),
                episode("A", "2019-01-05", "2019-01-20").withType("X")));

        Statement statement = checkedStatement(terms().careTypes(Set.of("V2")).build(), data, "2019-03-31");

        assertThat(statement.programme().careDays()).isEqualTo(10);
        assertThat(statement.warnings()).isEmpty();
    }
}
