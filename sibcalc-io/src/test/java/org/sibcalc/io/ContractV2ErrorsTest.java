package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/contract.md: a bad state, outcome, condition, window, cohort list, deadweight or cap, or an impossible
 * combination of them, is an error naming the field by its JSON path (list positions from 0) at its line of
 * contract.json; every error is reported in one read. The cases are {@link ContractV2Errors}'.
 */
class ContractV2ErrorsTest {

    @TempDir
    Path dir;

    @Test
    void theValidContractWithEveryKindOfOutcomeHasNoErrors() {
        assertThat(InputFolder.in(dir).contract(InputFolder.CONTRACT_V2).errors()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.sibcalc.io.ContractV2Errors#cases")
    void aBrokenRuleIsAnErrorAtItsLineAndPath(String rule, String contract, List<String> errors) {
        assertThat(InputFolder.in(dir).contract(contract).errors()).containsExactlyElementsOf(errors);
    }

    @Test
    void everyCaseBreaksOneRuleOfItsOwn() {
        assertThat(ContractV2Errors.all()).extracting(ContractV2Errors.Case::rule).doesNotHaveDuplicates();
        assertThat(ContractV2Errors.all()).extracting(ContractV2Errors.Case::contract).doesNotHaveDuplicates();
    }

    @Test
    void everyErrorOfEveryOutcomeIsReportedInOneRead() {
        // Two bad values in one outcome are both reported, though the outcome's record would stop at the
        // first; so are the errors of other outcomes, of the states and of the caps: in the order the fields
        // are read (caps.total before caps.perParticipant), the combinations (here the missing baseline) last.
        String contract = """
                {
                  "name": "Test SIB",
                  "currency": "GBP",
                  "states": { "foster": { "placements": [] }, "care": { "types": ["C2"] } },
                  "tracking": { "period": "P30M" },
                  "measurement": { "from": "2019-03-31", "to": "2019-12-31", "every": "QUARTER" },
                  "outcomes": [
                    { "type": "CARE_DAYS_AVOIDED", "pricePerDay": "10.00" },
                    { "type": "DAYS", "condition": { "outOf": "fostr" }, "pricePerDay": "-5.00", "deadweight": "1.5", "block": "P7D" },
                    { "type": "BLOCKS", "name": "DAYS", "condition": { "in": "foster" }, "block": "P0D", "pricePerBlock": "100.00", "maxBlocks": 0 },
                    { "type": "ENGAGEMENT", "price": "500.00", "window": { "from": "P1M-1D", "to": "P0D" } }
                  ],
                  "caps": { "perParticipant": "20000.005", "total": "1.001" }
                }
                """;

        assertThat(InputFolder.in(dir).contract(contract).errors()).containsExactly(
                "contract.json:4: states.foster.placements: must list at least one text (leave it out to match any)",
                "contract.json:4: states.care: cannot be redefined: care is the episodes of careTypes",
                "contract.json:9: outcomes[1].block: is not a field of a DAYS outcome (its fields: type, name, condition, "
                        + "pricePerDay, window, cohorts, deadweight)",
                "contract.json:9: outcomes[1].condition.outOf: 'fostr' is not a state: known are care, foster",
                "contract.json:9: outcomes[1].pricePerDay: GBP -5.00 is negative",
                "contract.json:9: outcomes[1].deadweight: 1.5 is not in [0, 1)",
                "contract.json:10: outcomes[2].name: 'DAYS' is also the name of outcomes[1]; give each outcome its own name",
                "contract.json:10: outcomes[2].block: P0D is zero; it must be a positive period such as P7D",
                "contract.json:10: outcomes[2].maxBlocks: 0 is not at least 1",
                "contract.json:11: outcomes[3].window.from: P1M-1D has a negative part; periods here are not negative",
                "contract.json:11: outcomes[3].window.to: P0D is zero: the window would be empty",
                "contract.json:13: caps.total: GBP 1.001 has more than 2 decimal places",
                "contract.json:13: caps.perParticipant: GBP 20000.005 has more than 2 decimal places",
                "contract.json:1: baseline: is required");
    }

    @Test
    void aBadCurrencyStillLetsEveryOtherValueOfAnOutcomeBeChecked() {
        String contract = InputFolder.CONTRACT_V2.replace("\"GBP\"", "\"XYZ\"")
                .replace("\"sustained\": \"P52W\"", "\"sustained\": \"P0D\"");

        assertThat(InputFolder.in(dir).contract(contract).errors()).containsExactly(
                "contract.json:3: currency: 'XYZ' is not an ISO-4217 currency code",
                "contract.json:12: outcomes[3].sustained: P0D is zero; it must be a positive period such as P7D");
    }
}
