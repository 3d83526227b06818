package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/contract.md and docs/input-files.md: an unknown field, a missing required field, a bad value or an impossible
  * combination in
 * the contract is an error naming the field and its line in contract.json. Each test changes one line of
 * {@link InputFolder#CONTRACT} (lines: 2 name, 3 currency, 4 tracking, 5 measurement, 6 baseline,
 * 7 outcomes), so the line numbers stay those of the valid contract.
 */
class ContractErrorsTest {

    @TempDir
    Path dir;

    /** Returns the errors of reading the valid contract with {@code from} replaced by {@code to}. */
    private List<String> errorsWith(String from, String to) {
        assertThat(InputFolder.CONTRACT).contains(from);
        return InputFolder.in(dir).contract(InputFolder.CONTRACT.replace(from, to)).errors();
    }

    @Test
    void theValidContractHasNoErrors() {
        InputFiles inputs = InputFolder.in(dir).read();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(inputs.report().warnings()).isEmpty();
        assertThat(inputs.calculation().terms().name()).isEqualTo("Test SIB");
    }

    @Test
    void anUnknownTopLevelFieldIsAnError() {
        assertThat(errorsWith("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"notes\": \"draft\","))
                .containsExactly("contract.json:3: notes: is not a known field (known here: name, currency, "
                        + "episodeEnd, careTypes, states, tracking, cohorts, measurement, baseline, outcomes, netting, caps, "
                        + "rounding, clawback)");
    }

    @Test
    void anUnknownNestedFieldIsAnErrorNamingItsPath() {
        assertThat(errorsWith("\"period\": \"P30M\"", "\"perod\": \"P30M\"")).containsExactly(
                "contract.json:4: tracking.perod: is not a known field (known here: period, ageOutAt)",
                "contract.json:4: tracking.period: is required");
    }

    @Test
    void aFieldOfAnotherOutcomeTypeIsAnError() {
        assertThat(errorsWith("\"pricePerDay\"", "\"price\": \"1.00\", \"pricePerDay\"")).containsExactly(
                "contract.json:7: outcomes[0].price: is not a field of a CARE_DAYS_AVOIDED outcome (its fields: type, "
                        + "name, pricePerDay)");
    }

    @ParameterizedTest(name = "{0} is required")
    @CsvSource(delimiter = '|', textBlock = """
            name            | "name": "Test SIB",                             | ''                     | contract.json:1: name: is required
            currency        | "currency": "GBP",                              | ''                     | contract.json:1: currency: is required
            tracking        | "tracking": { "period": "P30M" },               | ''                     | contract.json:1: tracking: is required
            tracking.period | { "period": "P30M" }                            | { "ageOutAt": 18 }     | contract.json:4: tracking.period: is required
            measurement     | "measurement": { "from": "2019-03-31", "to": "2019-12-31", "every": "QUARTER" }, | '' | contract.json:1: measurement: is required
            measurement.every | , "every": "QUARTER"                          | ''                     | contract.json:5: measurement.every: is required (QUARTER or MONTH), or give a list of dates
            baseline        | "baseline": { "proportion": "0.5" },            | ''                     | contract.json:1: baseline: is required
            outcomes        | "outcomes": [ { "type": "CARE_DAYS_AVOIDED", "pricePerDay": "10.00" } ] | "clawback": false | contract.json:1: outcomes: is required
            outcomes[0].type | "type": "CARE_DAYS_AVOIDED",                   | ''                     | contract.json:7: outcomes[0].type: is required
            outcomes[0].pricePerDay | , "pricePerDay": "10.00"                | ''                     | contract.json:7: outcomes[0].pricePerDay: is required
            """)
    void aMissingRequiredFieldIsAnErrorNamingIt(String field, String from, String to, String expected) {
        assertThat(errorsWith(from, to)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            currency         | "GBP"               | "XYZ"          | contract.json:3: currency: 'XYZ' is not an ISO-4217 currency code
            currency         | "GBP"               | 826            | contract.json:3: currency: 826 is not a non-blank JSON string
            name             | "Test SIB"          | "  "           | contract.json:2: name: "  " is not a non-blank JSON string
            tracking.period  | "P30M"              | "30 months"    | contract.json:4: tracking.period: '30 months' is not an ISO-8601 period such as P30M
            tracking.period  | "P30M"              | "P-1M"         | contract.json:4: tracking.period: P-1M is not a positive period
            tracking.period  | "P30M"              | "P400000000W"  | contract.json:4: tracking.period: 'P400000000W' is not an ISO-8601 period such as P30M
            tracking.ageOutAt | "P30M" }           | "P30M", "ageOutAt": 17.5 } | contract.json:4: tracking.ageOutAt: 17.5 is not a whole number of years
            tracking.ageOutAt | "P30M" }           | "P30M", "ageOutAt": 0 } | contract.json:4: tracking.ageOutAt: 0 is not an age from 1 to 150
            measurement.every | "QUARTER"          | "WEEK"         | contract.json:5: measurement.every: 'WEEK' is not one of QUARTER, MONTH
            measurement.to   | "2019-12-31"        | "2018-12-31"   | contract.json:5: measurement.to: 2018-12-31 is before from 2019-03-31
            measurement.from | "2019-03-31"        | "2019-02-30"   | contract.json:5: measurement.from: '2019-02-30' is not a real date: February 2019 has 28 days
            baseline.proportion | "0.5"            | 0.5            | contract.json:6: baseline.proportion: 0.5 must be written as a JSON string, "0.5", so that it stays exact
            baseline.proportion | "0.5"            | "1.5"          | contract.json:6: baseline.proportion: 1.5 is not a proportion from 0 to 1
            baseline.proportion | "0.5"            | "-0.1"         | contract.json:6: baseline.proportion: -0.1 is not a proportion from 0 to 1
            baseline.proportion | "0.5"            | "55%"          | contract.json:6: baseline.proportion: '55%' is not a decimal number such as 0.55
            baseline.proportion | "0.5"            | "5E-1"         | contract.json:6: baseline.proportion: '5E-1' is not a decimal number such as 0.55
            outcomes[0].type | "CARE_DAYS_AVOIDED" | "CARE_DAYS"    | contract.json:7: outcomes[0].type: 'CARE_DAYS' is not a known outcome type (known: CARE_DAYS_AVOIDED, DAYS, BLOCKS, MILESTONE, ENGAGEMENT)
            outcomes[0].pricePerDay | "10.00"      | 10.00          | contract.json:7: outcomes[0].pricePerDay: 10.00 must be written as a JSON string, "10.00", so that it stays exact
            outcomes[0].pricePerDay | "10.00"      | 10000000.00    | contract.json:7: outcomes[0].pricePerDay: 10000000.00 must be written as a JSON string, "10000000.00", so that it stays exact
            """)
    void aBadValueIsAnErrorNamingTheFieldAndTheValue(String field, String from, String to, String expected) {
        assertThat(errorsWith(": " + from, ": " + to)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            episodeEnd | "episodeEnd": "EXCLUDED"  | contract.json:3: episodeEnd: 'EXCLUDED' is not one of EXCLUSIVE, INCLUSIVE
            cohorts    | "cohorts": "WEEK"         | contract.json:3: cohorts: 'WEEK' is not one of QUARTER, MONTH, YEAR, FINANCIAL_YEAR
            netting    | "netting": "NET"          | contract.json:3: netting: 'NET' is not one of PROGRAMME, COHORT
            rounding   | "rounding": "HALF_UPP"    | contract.json:3: rounding: 'HALF_UPP' is not one of UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, UNNECESSARY
            clawback   | "clawback": "no"          | contract.json:3: clawback: "no" is not true or false
            careTypes  | "careTypes": []           | contract.json:3: careTypes: must list at least one type (leave it out to count every type)
            careTypes  | "careTypes": "CARE"       | contract.json:3: careTypes: must be a list of type names
            careTypes  | "careTypes": ["CARE", " "] | contract.json:3: careTypes[1]: " " is not a non-blank JSON string
            caps.total | "caps": { "total": "100.001" } | contract.json:3: caps.total: GBP 100.001 has more than 2 decimal places
            caps.total | "caps": { "total": "-1.00" }  | contract.json:3: caps.total: GBP -1.00 is negative
            """)
    void aBadOptionalValueIsAnErrorNamingTheFieldAndTheValue(String field, String added, String expected) {
        assertThat(errorsWith("\"currency\": \"GBP\",", "\"currency\": \"GBP\", " + added + ","))
                .containsExactly(expected);
    }

    @Test
    void aDuplicateMeasurementDateIsAnErrorAtItsLine() {
        String dates = """
                "measurement": { "dates": [
                    "2019-03-31",
                    "2019-06-30",
                    "2019-03-31" ] },""";

        assertThat(errorsWith("\"measurement\": { \"from\": \"2019-03-31\", \"to\": \"2019-12-31\", \"every\": "
                + "\"QUARTER\" },", dates)).containsExactly("contract.json:8: measurement.dates[2]: 2019-03-31 is a duplicate");
    }

    @Test
    void measurementDatesMayBeListedInAnyOrder() {
        InputFiles inputs = InputFolder.in(dir).contract(InputFolder.CONTRACT.replace(
                "{ \"from\": \"2019-03-31\", \"to\": \"2019-12-31\", \"every\": \"QUARTER\" }",
                "{ \"dates\": [\"2019-12-31\", \"2019-03-31\"] }")).read();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(inputs.calculation().terms().measurement().dates()).extracting(Object::toString)
                .containsExactly("2019-03-31", "2019-12-31");
    }

    @Test
    void bothDatesAndEveryIsAnImpossibleCombination() {
        assertThat(errorsWith("\"every\": \"QUARTER\"", "\"every\": \"QUARTER\", \"dates\": [\"2019-03-31\"]"))
                .containsExactly("contract.json:5: measurement: gives both dates and from/to/every; give one or the other");
    }

    @Test
    void bothAFlatAndAMonthlyBaselineIsAnImpossibleCombination() {
        assertThat(errorsWith("\"proportion\": \"0.5\"", "\"proportion\": \"0.5\", \"monthly\": [\"0.5\"]"))
                .containsExactly("contract.json:6: baseline: must give either proportion or monthly, not both or neither");
    }

    @Test
    void aBadMonthlyBaselineValueNamesItsMonth() {
        assertThat(errorsWith("\"proportion\": \"0.5\"", "\"monthly\": [\"0.5\", \"1.01\"]"))
                .containsExactly("contract.json:6: baseline.monthly[1]: 1.01 is not a proportion from 0 to 1");
    }

    @Test
    void aPerCohortCapWithProgrammeNettingIsAnImpossibleCombination() {
        assertThat(errorsWith("\"currency\": \"GBP\",", "\"currency\": \"GBP\",\n  \"caps\": { \"perCohort\": \"1000.00\" },"))
                .containsExactly("contract.json:4: caps.perCohort: applies only with netting COHORT, but netting is PROGRAMME");
    }

    @Test
    void aPerCohortCapWithCohortNettingIsAllowed() {
        assertThat(errorsWith("\"currency\": \"GBP\",",
                "\"currency\": \"GBP\", \"netting\": \"COHORT\", \"caps\": { \"perCohort\": \"1000.00\" },")).isEmpty();
    }

    @Test
    void everyContractErrorIsReportedInOneRead() {
        String contract = """
                {
                  "name": "Test SIB",
                  "currency": "GBP",
                  "tracking": { "period": "thirty months" },
                  "measurement": { "from": "2019-03-31", "to": "2019-12-31", "every": "QUARTER" },
                  "baseline": { "proportion": 0.55 },
                  "outcomes": [ { "type": "CARE_DAYS_AVOIDED", "pricePerDay": "10.00" } ],
                  "caps": { "perCohort": "1000.00", "totl": "7100000.00" },
                  "rounding": "NEAREST"
                }
                """;

        assertThat(InputFolder.in(dir).contract(contract).errors()).containsExactly(
                "contract.json:4: tracking.period: 'thirty months' is not an ISO-8601 period such as P30M",
                "contract.json:6: baseline.proportion: 0.55 must be written as a JSON string, \"0.55\", so that it stays exact",
                "contract.json:8: caps.totl: is not a known field (known here: total, perCohort, perParticipant)",
                "contract.json:9: rounding: 'NEAREST' is not one of UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, "
                        + "HALF_EVEN, UNNECESSARY",
                "contract.json:8: caps.perCohort: applies only with netting COHORT, but netting is PROGRAMME");
    }

    @Test
    void aContractThatIsNotJsonIsAnErrorAtTheLineWhereItBreaks() {
        assertThat(errorsWith("\"baseline\": { \"proportion\": \"0.5\" },", "\"baseline\": { \"proportion\": \"0.5\" },,"))
                .containsExactly("contract.json:6: (file): is not valid JSON: Unexpected character (',' (code 44)): "
                        + "was expecting double-quote to start field name");
    }

    @Test
    void aFieldGivenTwiceIsAnErrorNotSilentlyTheLastOne() {
        assertThat(errorsWith("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"name\": \"Other SIB\","))
                .containsExactly("contract.json:3: (file): is not valid JSON: Duplicate field 'name'");
    }

    @Test
    void aContractThatIsNotAnObjectIsAnError() {
        assertThat(InputFolder.in(dir).contract("[]").errors())
                .containsExactly("contract.json:1: (file): must hold a JSON object");
    }
}
