package org.sibcalc.io;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * One case for every rule of the contract fields of v2 (states, several outcomes and their fields,
 * {@code caps.perParticipant}, a baseline only with {@code CARE_DAYS_AVOIDED}, COHORT netting): a change to
 * {@link InputFolder#CONTRACT_V2} and the errors it gives, each naming the line and the JSON path. The
 * reader's test ({@code ContractV2ErrorsTest}) and the command line's ({@code ContractErrorsCommandTest})
 * run the same cases, so that every error is seen both ways.
 *
 * <p>Lines of the valid contract: 4 states, 8 outcomes, 9–13 outcomes[0] to outcomes[4] (CARE_DAYS_AVOIDED,
 * DAYS, BLOCKS, MILESTONE, ENGAGEMENT), 15 caps.
 */
public final class ContractV2Errors {

    private ContractV2Errors() {
    }

    /**
     * A contract that breaks one rule.
     *
     * @param rule     the rule, as the test's name
     * @param contract the contract's text
     * @param errors   every error, as {@code file:line: field: message}, in the order reported
     */
    public record Case(String rule, String contract, List<String> errors) {

        @Override
        public String toString() {
            return rule;
        }
    }

    /** Returns the cases as JUnit arguments: (rule, contract, errors). */
    public static Stream<Arguments> cases() {
        return all().stream().map(c -> Arguments.of(c.rule(), c.contract(), c.errors()));
    }

    /** Returns every case. */
    public static List<Case> all() {
        List<Case> cases = new ArrayList<>();

        // ---- states
        cases.add(change("a state name starts with a letter", "\"foster\": {",
                "\"foster\": { \"placements\": [\"U1\"] }, \"2nd\": {",
                "contract.json:4: states: '2nd' is not a state name: a letter, then letters, digits, '_' or '-'"));
        cases.add(change("care cannot be redefined", "\"states\": { ", "\"states\": { \"care\": { \"types\": [\"C2\"] }, ",
                "contract.json:4: states.care: cannot be redefined: care is the episodes of careTypes"));
        cases.add(change("a state gives types, placements or both", "{ \"placements\": [\"U1\", \"U2\"] }", "{ }",
                "contract.json:4: states.foster.types: is required when placements is not given: a state gives "
                        + "types, placements or both"));
        cases.add(change("a state's list is not empty", "[\"U1\", \"U2\"]", "[]",
                "contract.json:4: states.foster.placements: must list at least one text (leave it out to match any)"));
        cases.add(change("a state's texts are not trimmed silently", "[\"U1\", \"U2\"]", "[\"U1\", \"U2 \"]",
                "contract.json:4: states.foster.placements[1]: \"U2 \" has leading or trailing blanks; write it without them"));
        cases.add(change("a state's texts are not blank", "[\"U1\", \"U2\"]", "[\"U1\", \" \"]",
                "contract.json:4: states.foster.placements[1]: \" \" is not a non-blank JSON string"));
        cases.add(change("a state's types are a list", "{ \"placements\": [\"U1\", \"U2\"] }", "{ \"types\": \"C2\" }",
                "contract.json:4: states.foster.types: must be a list of texts"));
        cases.add(change("a state has only types and placements", "[\"U1\", \"U2\"] }", "[\"U1\", \"U2\"], \"legal\": [\"C2\"] }",
                "contract.json:4: states.foster.legal: is not a known field (known here: types, placements)"));
        cases.add(change("a state is an object", "{ \"placements\": [\"U1\", \"U2\"] }", "[\"U1\", \"U2\"]",
                "contract.json:4: states.foster: [\"U1\",\"U2\"] is not a JSON object with types, placements or both"));
        cases.add(change("states is an object (and then no condition is judged by it)",
                "{ \"foster\": { \"placements\": [\"U1\", \"U2\"] } }", "[\"foster\"]",
                "contract.json:4: states: must be a JSON object"));

        // ---- the list of outcomes
        cases.add(outcomes("outcomes lists at least one outcome", "[]",
                "contract.json:8: outcomes: must list at least one outcome"));
        cases.add(outcomes("outcomes is a list", "{ \"type\": \"ENGAGEMENT\", \"price\": \"500.00\" }",
                "contract.json:8: outcomes: must be a list of outcomes, each an object with a type"));
        cases.add(outcomes("an outcome is an object", "[ \"ENGAGEMENT\" ]",
                "contract.json:8: outcomes[0]: \"ENGAGEMENT\" is not a JSON object with a type and the type's fields"));
        cases.add(change("an outcome has a type", "{ \"type\": \"ENGAGEMENT\", ", "{ ",
                "contract.json:13: outcomes[4].type: is required"));
        cases.add(change("an outcome type is one of the five", "\"ENGAGEMENT\"", "\"ENGAGED\"",
                "contract.json:13: outcomes[4].type: 'ENGAGED' is not a known outcome type (known: CARE_DAYS_AVOIDED, "
                        + "DAYS, BLOCKS, MILESTONE, ENGAGEMENT)"));
        cases.add(change("at most one CARE_DAYS_AVOIDED", "{ \"type\": \"ENGAGEMENT\", \"price\": \"500.00\" }",
                "{ \"type\": \"CARE_DAYS_AVOIDED\", \"pricePerDay\": \"1.00\" }",
                "contract.json:13: outcomes[4].type: a contract has at most one CARE_DAYS_AVOIDED outcome; outcomes[0] is one"));

        // ---- names
        cases.add(change("a name given is unique, also against a default name", "{ \"type\": \"BLOCKS\",",
                "{ \"type\": \"BLOCKS\", \"name\": \"DAYS\",",
                "contract.json:11: outcomes[2].name: 'DAYS' is also the name of outcomes[1]; give each outcome its own name"));
        cases.add(change("a default name is unique: the later outcome is the duplicate", "{ \"type\": \"MILESTONE\",",
                "{ \"type\": \"MILESTONE\", \"name\": \"ENGAGEMENT\",",
                "contract.json:13: outcomes[4].name: 'ENGAGEMENT' is also the name of outcomes[3]; give each outcome its "
                        + "own name"));
        cases.add(change("a name is not trimmed silently", "{ \"type\": \"BLOCKS\",",
                "{ \"type\": \"BLOCKS\", \"name\": \"weeks \",",
                "contract.json:11: outcomes[2].name: \"weeks \" has leading or trailing blanks; write it without them"));
        cases.add(change("a name is a non-blank string", "{ \"type\": \"BLOCKS\",", "{ \"type\": \"BLOCKS\", \"name\": 7,",
                "contract.json:11: outcomes[2].name: 7 is not a non-blank JSON string"));

        // ---- fields a type does not have
        cases.add(change("a DAYS outcome has only its own fields", "\"pricePerDay\": \"5.00\" }",
                "\"pricePerDay\": \"5.00\", \"block\": \"P7D\" }",
                "contract.json:10: outcomes[1].block: is not a field of a DAYS outcome (its fields: type, name, condition, "
                        + "pricePerDay, window, cohorts, deadweight)"));
        cases.add(change("a CARE_DAYS_AVOIDED outcome has no window", "\"pricePerDay\": \"10.00\" }",
                "\"pricePerDay\": \"10.00\", \"window\": { \"to\": \"P1Y\" } }",
                "contract.json:9: outcomes[0].window: is not a field of a CARE_DAYS_AVOIDED outcome (its fields: type, "
                        + "name, pricePerDay)"));
        cases.add(change("an ENGAGEMENT outcome has no condition", "{ \"type\": \"ENGAGEMENT\",",
                "{ \"type\": \"ENGAGEMENT\", \"condition\": { \"outOf\": \"care\" },",
                "contract.json:13: outcomes[4].condition: is not a field of an ENGAGEMENT outcome (its fields: type, name, "
                        + "price, window, cohorts, deadweight)"));
        cases.add(change("a BLOCKS outcome has no sustained", "\"pricePerBlock\": \"100.00\" }",
                "\"pricePerBlock\": \"100.00\", \"sustained\": \"P52W\" }",
                "contract.json:11: outcomes[2].sustained: is not a field of a BLOCKS outcome (its fields: type, name, "
                        + "condition, block, pricePerBlock, maxBlocks, window, cohorts, deadweight)"));
        cases.add(change("a MILESTONE outcome has no maxBlocks", "\"price\": \"2000.00\" }",
                "\"price\": \"2000.00\", \"maxBlocks\": 1 }",
                "contract.json:12: outcomes[3].maxBlocks: is not a field of a MILESTONE outcome (its fields: type, name, "
                        + "condition, sustained, price, fromStart, window, cohorts, deadweight)"));

        // ---- conditions
        cases.add(change("a DAYS outcome has a condition", "\"condition\": { \"outOf\": \"care\" }, ", "",
                "contract.json:10: outcomes[1].condition: is required"));
        cases.add(change("a condition gives in or outOf, not both", "{ \"outOf\": \"care\" }",
                "{ \"outOf\": \"care\", \"in\": \"foster\" }",
                "contract.json:10: outcomes[1].condition: gives both in and outOf; give one of them"));
        cases.add(change("a condition gives in or outOf", "{ \"outOf\": \"care\" }", "{ }",
                "contract.json:10: outcomes[1].condition: must give in or outOf, naming a state, such as {\"outOf\": \"care\"}"));
        cases.add(change("a condition names a state of the contract", "{ \"in\": \"foster\" }, \"block\"",
                "{ \"in\": \"fostr\" }, \"block\"",
                "contract.json:11: outcomes[2].condition.in: 'fostr' is not a state: known are care, foster"));
        cases.add(change("state names match exactly", "{ \"outOf\": \"care\" }", "{ \"outOf\": \"Care\" }",
                "contract.json:10: outcomes[1].condition.outOf: 'Care' is not a state: known are care, foster"));
        cases.add(change("a condition's state is not trimmed silently", "{ \"outOf\": \"care\" }", "{ \"outOf\": \"care \" }",
                "contract.json:10: outcomes[1].condition.outOf: \"care \" has leading or trailing blanks; write it without them"));
        cases.add(change("a condition has only in and outOf", "{ \"outOf\": \"care\" }",
                "{ \"outOf\": \"care\", \"for\": \"P1Y\" }",
                "contract.json:10: outcomes[1].condition.for: is not a known field (known here: in, outOf)"));
        cases.add(change("a condition is an object", "{ \"outOf\": \"care\" }", "\"out of care\"",
                "contract.json:10: outcomes[1].condition: must be a JSON object"));

        // ---- periods: block, sustained
        cases.add(change("a BLOCKS outcome has a block", ", \"block\": \"P7D\"", "",
                "contract.json:11: outcomes[2].block: is required"));
        cases.add(change("a block is an ISO-8601 period", "\"P7D\"", "\"7 days\"",
                "contract.json:11: outcomes[2].block: '7 days' is not an ISO-8601 period such as P7D"));
        cases.add(change("a period is a JSON string", "\"P7D\"", "7",
                "contract.json:11: outcomes[2].block: 7 is not a non-blank JSON string"));
        cases.add(change("a block is not zero", "\"P7D\"", "\"P0D\"",
                "contract.json:11: outcomes[2].block: P0D is zero; it must be a positive period such as P7D"));
        cases.add(change("a block is not negative", "\"P7D\"", "\"P-7D\"",
                "contract.json:11: outcomes[2].block: P-7D has a negative part; periods here are not negative"));
        cases.add(change("a MILESTONE outcome has a sustained period", ", \"sustained\": \"P52W\"", "",
                "contract.json:12: outcomes[3].sustained: is required"));
        cases.add(change("a sustained period has no negative part", "\"P52W\"", "\"P1M-1D\"",
                "contract.json:12: outcomes[3].sustained: P1M-1D has a negative part; periods here are not negative"));

        // ---- maxBlocks, fromStart
        cases.add(maxBlocks("0", "contract.json:11: outcomes[2].maxBlocks: 0 is not at least 1"));
        cases.add(maxBlocks("10.5", "contract.json:11: outcomes[2].maxBlocks: 10.5 is not a whole number of blocks"));
        cases.add(maxBlocks("\"104\"", "contract.json:11: outcomes[2].maxBlocks: \"104\" is not a whole number of blocks"));
        cases.add(maxBlocks("3000000000",
                "contract.json:11: outcomes[2].maxBlocks: 3000000000 is too large: at most 2147483647"));
        cases.add(change("fromStart is true or false", "\"price\": \"2000.00\" }", "\"price\": \"2000.00\", \"fromStart\": \"yes\" }",
                "contract.json:12: outcomes[3].fromStart: \"yes\" is not true or false"));

        // ---- window, cohorts, deadweight (on the DAYS outcome)
        cases.add(daysWith("\"window\": { \"from\": \"P1M-1D\" }",
                "contract.json:10: outcomes[1].window.from: P1M-1D has a negative part; periods here are not negative"));
        cases.add(daysWith("\"window\": { \"to\": \"P0D\" }",
                "contract.json:10: outcomes[1].window.to: P0D is zero: the window would be empty"));
        cases.add(daysWith("\"window\": { \"to\": \"two years\" }",
                "contract.json:10: outcomes[1].window.to: 'two years' is not an ISO-8601 period such as P7D"));
        cases.add(daysWith("\"window\": { \"until\": \"P1Y\" }",
                "contract.json:10: outcomes[1].window.until: is not a known field (known here: from, to)"));
        cases.add(daysWith("\"window\": \"P1Y\"", "contract.json:10: outcomes[1].window: must be a JSON object"));
        cases.add(daysWith("\"cohorts\": []",
                "contract.json:10: outcomes[1].cohorts: must list at least one cohort (leave it out to count every cohort)"));
        cases.add(daysWith("\"cohorts\": [\"2019-Q1\", \" 2019-Q2\"]",
                "contract.json:10: outcomes[1].cohorts[1]: \" 2019-Q2\" has leading or trailing blanks; write it without them"));
        cases.add(daysWith("\"cohorts\": \"2019-Q1\"", "contract.json:10: outcomes[1].cohorts: must be a list of cohort labels"));
        cases.add(daysWith("\"deadweight\": \"1\"", "contract.json:10: outcomes[1].deadweight: 1 is not in [0, 1)"));
        cases.add(daysWith("\"deadweight\": \"-0.1\"", "contract.json:10: outcomes[1].deadweight: -0.1 is not in [0, 1)"));
        cases.add(daysWith("\"deadweight\": 0.33", "contract.json:10: outcomes[1].deadweight: 0.33 must be written as a "
                + "JSON string, \"0.33\", so that it stays exact"));
        cases.add(daysWith("\"deadweight\": \"33%\"",
                "contract.json:10: outcomes[1].deadweight: '33%' is not a decimal number such as 0.55"));

        // ---- prices
        cases.add(change("a BLOCKS outcome has a pricePerBlock", ", \"pricePerBlock\": \"100.00\"", "",
                "contract.json:11: outcomes[2].pricePerBlock: is required"));
        cases.add(change("a price is not negative", "\"500.00\"", "\"-500.00\"",
                "contract.json:13: outcomes[4].price: GBP -500.00 is negative"));
        cases.add(change("a price is a JSON string", "\"pricePerDay\": \"5.00\"", "\"pricePerDay\": 5.00",
                "contract.json:10: outcomes[1].pricePerDay: 5.00 must be written as a JSON string, \"5.00\", so that it "
                        + "stays exact"));

        // ---- caps, baseline, netting
        cases.add(change("caps.perParticipant has at most the currency's minor digits", "\"20000.00\"", "\"20000.005\"",
                "contract.json:15: caps.perParticipant: GBP 20000.005 has more than 2 decimal places"));
        cases.add(change("caps.perParticipant is not negative", "\"20000.00\"", "\"-1.00\"",
                "contract.json:15: caps.perParticipant: GBP -1.00 is negative"));
        cases.add(change("a perCohort cap needs COHORT netting", "{ \"perParticipant\": \"20000.00\" }",
                "{ \"perParticipant\": \"20000.00\", \"perCohort\": \"1000.00\" }",
                "contract.json:15: caps.perCohort: applies only with netting COHORT, but netting is PROGRAMME"));
        cases.add(change("a CARE_DAYS_AVOIDED outcome needs a baseline", "  \"baseline\": { \"proportion\": \"0.5\" },\n", "",
                "contract.json:1: baseline: is required"));
        cases.add(new Case("COHORT netting needs a CARE_DAYS_AVOIDED outcome",
                replace(replace(InputFolder.CONTRACT_V2, "\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"netting\": \"COHORT\","),
                        "{ \"type\": \"CARE_DAYS_AVOIDED\", \"pricePerDay\": \"10.00\" }",
                        "{ \"type\": \"DAYS\", \"name\": \"in care\", \"condition\": { \"in\": \"care\" }, \"pricePerDay\": \"1.00\" }"),
                List.of("contract.json:3: netting: COHORT nets care days avoided by cohort, but the contract has no "
                        + "CARE_DAYS_AVOIDED outcome")));
        return cases;
    }

    /** The valid contract with {@code from}, which must occur in it exactly once, replaced by {@code to}. */
    private static Case change(String rule, String from, String to, String... errors) {
        return new Case(rule, replace(InputFolder.CONTRACT_V2, from, to), List.of(errors));
    }

    private static Case outcomes(String rule, String outcomes, String... errors) {
        String contract = InputFolder.CONTRACT_V2;
        int start = contract.indexOf("\"outcomes\": ") + "\"outcomes\": ".length();
        int end = contract.indexOf(",\n  \"caps\"");
        return new Case(rule, contract.substring(0, start) + outcomes + contract.substring(end), List.of(errors));
    }

    private static Case maxBlocks(String value, String error) {
        return change("maxBlocks is a whole number from 1: " + value, "\"pricePerBlock\": \"100.00\" }",
                "\"pricePerBlock\": \"100.00\", \"maxBlocks\": " + value + " }", error);
    }

    private static Case daysWith(String field, String error) {
        return change("the DAYS outcome with " + field, "\"pricePerDay\": \"5.00\" }", "\"pricePerDay\": \"5.00\", " + field + " }",
                error);
    }

    private static String replace(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException("Not exactly once in the contract: " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }
}
