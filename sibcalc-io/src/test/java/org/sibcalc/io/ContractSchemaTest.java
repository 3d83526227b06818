package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract's JSON Schema, {@code org/sibcalc/io/schema/contract.schema.json} (docs/contract.md), takes what
 * the reader, {@link ContractJson}, takes, and refuses what it refuses, but for what a JSON Schema cannot say.
 * Each case is given to both, and both verdicts are checked; {@link ContractSchemaPropertiesTest} checks the
 * same on generated contracts and values.
 *
 * <p><b>What the schema says</b>, each with its cases in {@link #theSchemaAndTheReaderBothRefuse}: the file is
 * an object; every object has only its own fields (at the top, in {@code tracking}, {@code measurement},
 * {@code baseline}, a state, a condition, a window, {@code caps}) and an outcome only its type's fields; the
 * required fields ({@code name}, {@code currency}, {@code tracking.period}, {@code measurement},
 * {@code outcomes}, each outcome's {@code type} and its type's required fields, {@code baseline} with a
 * {@code CARE_DAYS_AVOIDED} outcome); each value's JSON type, null where an optional field may be null; texts
 * that are not blank, and those matched exactly without blanks at either end; the named values
 * ({@code episodeEnd}, {@code cohorts}, {@code every}, {@code netting}, {@code rounding}, an outcome's
 * {@code type}), with the blanks around them that the reader drops; the currency code's form (three capitals);
 * real dates in either form, leap years and all; ISO-8601 periods, not negative, and not zero where they must
 * be positive; decimals and amounts as strings of plain digits, prices, caps and deadweights not negative,
 * proportions from 0 to 1 and deadweights below 1; whole numbers in their ranges ({@code ageOutAt} 1 to 150,
 * {@code maxBlocks} at least 1 and at most 2,147,483,647); state names and {@code care} not among them; lists
 * not empty where they must not be, and at most 100 outcomes, 100 states and 4,000 listed measurement dates;
 * a date listed twice in the same spelling; dates or a series, not both; a proportion or a monthly baseline,
 * not both; {@code in} or {@code outOf}, not both; at most one {@code CARE_DAYS_AVOIDED} outcome; COHORT
 * netting only with a {@code CARE_DAYS_AVOIDED} outcome; a {@code perCohort} cap only with COHORT netting.
 *
 * <p><b>What a JSON Schema cannot say</b>, and the reader alone refuses ({@link #theReaderAloneRefuses}):
 * that a condition's state is {@code care} or one of the contract's {@code states} (a schema cannot compare a
 * value with the keys of another object); that outcome names, given or by default, are unique; that
 * {@code measurement.to} is not before {@code from}, and that the series has a date and at most 4,000; one
 * date listed twice in two spellings; a cap with more decimal places than its currency has (the places depend
 * on the currency); whether a currency code is one the Java runtime knows (its list changes with the
 * runtime); a number too large for a period's part; a whole number written with a fraction or an exponent
 * ({@code 18.0}, {@code 1e1}: to JSON Schema the same number as {@code 18}, {@code 10}); a field given twice
 * (a schema sees the parsed object); text that is not JSON, and a file over 1 MiB.
 *
 * <p><b>Where the schema is stricter</b> ({@link #theSchemaAloneRefuses}): a period whose weeks and days have
 * opposite signs, which the reader takes when they add up to days that are not negative ({@code P1W-1D}).
 */
class ContractSchemaTest {

    // ---- valid contracts ---------------------------------------------------------------------------

    static Stream<Path> exampleContracts() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            return files.filter(f -> f.getFileName().toString().equals("contract.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("exampleContracts")
    void everyExampleContractIsValidByTheSchema(Path contract) throws IOException {
        String json = Files.readString(contract);
        assertThat(readerErrors(json)).isEmpty();
        assertThat(schemaErrors(json)).isEmpty();
    }

    @Test
    void theExamplesAreAllThere() throws IOException {
        assertThat(exampleContracts().count()).isGreaterThanOrEqualTo(10);
    }

    /** The tests' valid contracts and the two whole contracts of docs/contract.md. */
    static Stream<Arguments> otherValidContracts() throws IOException {
        List<Arguments> contracts = new ArrayList<>();
        contracts.add(Arguments.of("InputFolder.CONTRACT", InputFolder.CONTRACT));
        contracts.add(Arguments.of("InputFolder.CONTRACT_V2", InputFolder.CONTRACT_V2));
        Matcher blocks = Pattern.compile("```json\n(\\{\n  \"name\".*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("docs/contract.md")));
        int n = 0;
        while (blocks.find()) {
            contracts.add(Arguments.of("docs/contract.md, contract " + ++n, blocks.group(1)));
        }
        assertThat(n).as("whole contracts in docs/contract.md").isEqualTo(2);
        return contracts.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherValidContracts")
    void theTestsAndTheDocsContractsAreValidByTheSchema(String which, String json) {
        assertThat(readerErrors(json)).isEmpty();
        assertThat(schemaErrors(json)).isEmpty();
    }

    /** What the reader takes that looks odd: nulls, blanks it drops, other spellings. The schema takes it too. */
    static Stream<Arguments> oddButValid() {
        return Stream.of(
                // null is an optional field left out
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"episodeEnd\": null, \"cohorts\": null, "
                        + "\"netting\": null, \"rounding\": null, \"clawback\": null,"),
                with("\"states\": { \"foster\": { \"placements\": [\"U1\", \"U2\"] } }",
                        "\"states\": { \"foster\": { \"types\": null, \"placements\": [\"U1\", \"U2\"] } }"),
                with("\"states\": { \"foster\": { \"placements\": [\"U1\", \"U2\"] } },", "\"states\": null, "
                        + "\"careTypes\": [\"C1\"],").and("{ \"in\": \"foster\" }, \"block\"", "{ \"in\": \"care\" }, \"block\"")
                        .and("\"condition\": { \"in\": \"foster\" }, \"sustained\"", "\"condition\": { \"in\": \"care\" }, \"sustained\""),
                with("{ \"period\": \"P30M\" }", "{ \"period\": \"P30M\", \"ageOutAt\": null }"),
                with("\"caps\": { \"perParticipant\": \"20000.00\" }", "\"caps\": null"),
                with("\"caps\": { \"perParticipant\": \"20000.00\" }",
                        "\"caps\": { \"total\": null, \"perCohort\": null, \"perParticipant\": null }"),
                with("{ \"type\": \"BLOCKS\",", "{ \"type\": \"BLOCKS\", \"name\": null, \"maxBlocks\": null, "
                        + "\"window\": null, \"cohorts\": null, \"deadweight\": null,"),
                with("\"price\": \"2000.00\" }", "\"price\": \"2000.00\", \"fromStart\": null, "
                        + "\"window\": { \"from\": null, \"to\": null } }"),
                with("\"baseline\": { \"proportion\": \"0.5\" },", "\"baseline\": null,")
                        .and("{ \"type\": \"CARE_DAYS_AVOIDED\", \"pricePerDay\": \"10.00\" },\n", ""),
                // blanks around the texts the reader trims, and around the named values and the values it parses
                with("\"Test SIB\"", "\" Test SIB\\t\""),
                with("\"GBP\"", "\"GBP \""),
                with("\"every\": \"QUARTER\"", "\"every\": \"\\u3000QUARTER\\n\""),
                with("\"type\": \"ENGAGEMENT\"", "\"type\": \" ENGAGEMENT \""),
                with("\"P30M\"", "\"\\u2028P30M\\r\""),
                with("\"0.5\"", "\" 0.5\\u001f\""),
                with("\"2019-03-31\"", "\"\\t31/03/2019\""),
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"careTypes\": [\" C1 \", \"C2\", \"C2\"],")
                        .and("{ \"in\": \"foster\" }, \"block\"", "{ \"in\": \"care\" }, \"block\""),
                // other spellings
                with("\"P30M\"", "\"p2y6m\""),
                with("\"P30M\"", "\"+P+30M\""),
                with("\"P30M\"", "\"-P-30M\""),
                with("\"P30M\"", "\"P0Y30M0D\""),
                with("\"P7D\"", "\"P1W\""),
                with("\"pricePerDay\": \"5.00\" }", "\"pricePerDay\": \"5.00\", \"window\": { \"from\": \"P0D\", \"to\": \"-P-1Y\" } }"),
                with("\"500.00\"", "\"-0.00\""),
                with("\"500.00\"", "\"0500\""),
                with("\"0.5\"", "\"1.000\""),
                with("\"0.5\"", "\"-0\""),
                with("\"pricePerDay\": \"5.00\" }", "\"pricePerDay\": \"5.00\", \"deadweight\": \"0.999999\" }"),
                with("{ \"from\": \"2019-03-31\", \"to\": \"2019-12-31\", \"every\": \"QUARTER\" }",
                        "{ \"dates\": [\"2020-02-29\", \"29/02/2000\", \"2019-03-31\"] }"),
                with("\"every\": \"QUARTER\"", "\"every\": \"MONTH\""),
                with("{ \"from\": \"2019-03-31\", \"to\": \"2019-12-31\", \"every\": \"QUARTER\" }",
                        "{ \"dates\": [\"2019-12-31\", \"2019-03-31\", \"29/02/0000\"] }"),
                with("\"perParticipant\": \"20000.00\"", "\"perParticipant\": \"20000\""),
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"netting\": \"COHORT\",")
                        .and("{ \"perParticipant\": \"20000.00\" }", "{ \"perCohort\": \"1000.00\" }"),
                with("\"pricePerBlock\": \"100.00\" }", "\"pricePerBlock\": \"100.00\", \"maxBlocks\": 2147483647 }"),
                with("{ \"period\": \"P30M\" }", "{ \"period\": \"P30M\", \"ageOutAt\": 150 }"),
                with("\"states\": { ", "\"states\": { \"a\": { \"types\": [\"C2\"] }, \"Z-9_\": { \"types\": [\"x y\"] }, "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddButValid")
    void whatTheReaderTakesTheSchemaTakes(Change change) {
        assertThat(readerErrors(change.contract())).isEmpty();
        assertThat(schemaErrors(change.contract())).isEmpty();
    }

    // ---- invalid contracts -------------------------------------------------------------------------

    /** One case for each error of the reader that a schema can express, grouped as the class Javadoc lists them. */
    static Stream<Arguments> refusedByBoth() {
        String many = Stream.iterate(1, i -> i + 1).limit(InputLimits.MAX_STATES + 1).map(i -> "\"s" + i + "\": { \"types\": [\"C2\"] }")
                .collect(Collectors.joining(", "));
        String manyOutcomes = Stream.iterate(1, i -> i + 1).limit(InputLimits.MAX_OUTCOMES + 1)
                .map(i -> "{ \"type\": \"ENGAGEMENT\", \"name\": \"e" + i + "\", \"price\": \"1\" }")
                .collect(Collectors.joining(", "));
        String manyDates = Stream.iterate(java.time.LocalDate.of(1900, 1, 1), d -> d.plusDays(1))
                .limit(InputLimits.MAX_MEASUREMENT_DATES + 1)
                .map(d -> "\"" + d + "\"").collect(Collectors.joining(", "));
        String series = "{ \"from\": \"2019-03-31\", \"to\": \"2019-12-31\", \"every\": \"QUARTER\" }";
        return Stream.of(
                // the file, and fields it does not have
                whole("not an object", "[]"),
                whole("not an object: a string", "\"contract\""),
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"notes\": \"draft\","),
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"$schema\": \"contract.schema.json\","),
                with("{ \"period\": \"P30M\" }", "{ \"period\": \"P30M\", \"for\": \"P1Y\" }"),
                with(series, "{ \"from\": \"2019-03-31\", \"to\": \"2019-12-31\", \"every\": \"QUARTER\", \"at\": \"end\" }"),
                with("{ \"proportion\": \"0.5\" }", "{ \"proportion\": \"0.5\", \"flat\": true }"),
                with("[\"U1\", \"U2\"] }", "[\"U1\", \"U2\"], \"legal\": [\"C2\"] }"),
                with("{ \"outOf\": \"care\" }", "{ \"outOf\": \"care\", \"for\": \"P1Y\" }"),
                with("\"pricePerDay\": \"5.00\" }", "\"pricePerDay\": \"5.00\", \"window\": { \"until\": \"P1Y\" } }"),
                with("{ \"perParticipant\": \"20000.00\" }", "{ \"perParticipant\": \"20000.00\", \"totl\": \"1.00\" }"),
                // an outcome has only its type's fields, even those of another type
                with("\"pricePerDay\": \"10.00\" }", "\"pricePerDay\": \"10.00\", \"window\": { \"to\": \"P1Y\" } }"),
                with("\"pricePerDay\": \"10.00\" }", "\"pricePerDay\": \"10.00\", \"price\": \"1.00\" }"),
                with("\"pricePerDay\": \"5.00\" }", "\"pricePerDay\": \"5.00\", \"block\": \"P7D\" }"),
                with("\"pricePerBlock\": \"100.00\" }", "\"pricePerBlock\": \"100.00\", \"sustained\": \"P52W\" }"),
                with("\"price\": \"2000.00\" }", "\"price\": \"2000.00\", \"maxBlocks\": 1 }"),
                with("{ \"type\": \"ENGAGEMENT\",", "{ \"type\": \"ENGAGEMENT\", \"condition\": { \"outOf\": \"care\" },"),
                with("{ \"type\": \"ENGAGEMENT\",", "{ \"type\": \"ENGAGEMENT\", \"fromStart\": true,"),
                with("{ \"type\": \"ENGAGEMENT\",", "{ \"type\": \"ENGAGEMENT\", \"notes\": \"\","),
                // required fields
                with("\"name\": \"Test SIB\",", ""),
                with("\"currency\": \"GBP\",", ""),
                with("\"tracking\": { \"period\": \"P30M\" },", ""),
                with("{ \"period\": \"P30M\" }", "{ \"ageOutAt\": 18 }"),
                with("\"measurement\": " + series + ",", ""),
                with(", \"every\": \"QUARTER\"", ""),
                with("\"from\": \"2019-03-31\", ", ""),
                with("\"baseline\": { \"proportion\": \"0.5\" },", ""),
                outcomes("null"),
                with("{ \"type\": \"ENGAGEMENT\", ", "{ "),
                with(", \"pricePerDay\": \"10.00\"", ""),
                with("\"condition\": { \"outOf\": \"care\" }, ", ""),
                with(", \"block\": \"P7D\"", ""),
                with(", \"pricePerBlock\": \"100.00\"", ""),
                with(", \"sustained\": \"P52W\"", ""),
                with(", \"price\": \"500.00\"", ""),
                // null where a value is required, or where null is not taken
                with("\"Test SIB\"", "null"),
                with("\"GBP\"", "null"),
                with("{ \"period\": \"P30M\" }", "null"),
                with("\"P30M\"", "null"),
                with(series, "null"),
                with("\"every\": \"QUARTER\"", "\"every\": null"),
                with("\"2019-03-31\"", "null"),
                with(series, "{ \"dates\": null }"),
                with("\"0.5\"", "null"),
                with("{ \"proportion\": \"0.5\" }", "{ \"monthly\": null }"),
                with("\"type\": \"ENGAGEMENT\"", "\"type\": null"),
                with("\"500.00\"", "null"),
                with("{ \"outOf\": \"care\" }", "null"),
                with("{ \"outOf\": \"care\" }", "{ \"outOf\": null }"),
                with("\"P7D\"", "null"),
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"careTypes\": null,"),
                with("{ \"placements\": [\"U1\", \"U2\"] }", "null"),
                with("{ \"placements\": [\"U1\", \"U2\"] }", "{ \"types\": null, \"placements\": null }"),
                with("[\"U1\", \"U2\"]", "[\"U1\", null]"),
                // JSON types
                with("\"Test SIB\"", "7"),
                with("\"GBP\"", "826"),
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"careTypes\": \"CARE\","),
                with("{ \"foster\": { \"placements\": [\"U1\", \"U2\"] } }", "[\"foster\"]"),
                with("{ \"placements\": [\"U1\", \"U2\"] }", "[\"U1\", \"U2\"]"),
                with("{ \"placements\": [\"U1\", \"U2\"] }", "{ \"types\": \"C2\" }"),
                with("{ \"period\": \"P30M\" }", "\"P30M\""),
                with("\"P30M\"", "30"),
                with("{ \"period\": \"P30M\" }", "{ \"period\": \"P30M\", \"ageOutAt\": \"18\" }"),
                with("{ \"period\": \"P30M\" }", "{ \"period\": \"P30M\", \"ageOutAt\": 17.5 }"),
                with(series, "[\"2019-03-31\"]"),
                with(series, "{ \"dates\": \"2019-03-31\" }"),
                with("\"2019-03-31\"", "20190331"),
                with("{ \"proportion\": \"0.5\" }", "\"0.5\""),
                with("\"0.5\"", "0.5"),
                with("{ \"proportion\": \"0.5\" }", "{ \"monthly\": \"0.5\" }"),
                with("{ \"proportion\": \"0.5\" }", "{ \"monthly\": [0.5] }"),
                outcomes("{ \"type\": \"ENGAGEMENT\", \"price\": \"500.00\" }"),
                outcomes("[ \"ENGAGEMENT\" ]"),
                with("\"type\": \"ENGAGEMENT\"", "\"type\": 5"),
                with("{ \"type\": \"BLOCKS\",", "{ \"type\": \"BLOCKS\", \"name\": 7,"),
                with("\"pricePerDay\": \"5.00\"", "\"pricePerDay\": 5.00"),
                with("\"10.00\"", "10"),
                with("{ \"outOf\": \"care\" }", "\"out of care\""),
                with("{ \"outOf\": \"care\" }", "{ \"outOf\": [\"care\"] }"),
                with("\"P7D\"", "7"),
                with("\"pricePerBlock\": \"100.00\" }", "\"pricePerBlock\": \"100.00\", \"maxBlocks\": 10.5 }"),
                with("\"pricePerBlock\": \"100.00\" }", "\"pricePerBlock\": \"100.00\", \"maxBlocks\": \"104\" }"),
                with("\"price\": \"2000.00\" }", "\"price\": \"2000.00\", \"fromStart\": \"yes\" }"),
                with("\"pricePerDay\": \"5.00\" }", "\"pricePerDay\": \"5.00\", \"window\": \"P1Y\" }"),
                with("\"pricePerDay\": \"5.00\" }", "\"pricePerDay\": \"5.00\", \"window\": { \"to\": 365 } }"),
                with("\"pricePerDay\": \"5.00\" }", "\"pricePerDay\": \"5.00\", \"cohorts\": \"2019-Q1\" }"),
                with("\"pricePerDay\": \"5.00\" }", "\"pricePerDay\": \"5.00\", \"deadweight\": 0.33 }"),
                with("{ \"perParticipant\": \"20000.00\" }", "\"20000.00\""),
                with("\"20000.00\"", "20000.00"),
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"clawback\": \"no\","),
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"clawback\": 0,"),
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"rounding\": 4,"),
                // texts: not blank; matched exactly, without blanks at either end
                with("\"Test SIB\"", "\"  \""),
                with("\"Test SIB\"", "\"\""),
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"careTypes\": [\"CARE\", \" \"],"),
                with("[\"U1\", \"U2\"]", "[\"U1\", \"U2 \"]"),
                with("[\"U1\", \"U2\"]", "[\"U1\", \"\\tU2\"]"),
                with("[\"U1\", \"U2\"]", "[\"U1\", \" \"]"),
                with("[\"U1\", \"U2\"]", "[\"U1\", \"\"]"),
                with("{ \"type\": \"BLOCKS\",", "{ \"type\": \"BLOCKS\", \"name\": \"weeks \","),
                with("{ \"type\": \"BLOCKS\",", "{ \"type\": \"BLOCKS\", \"name\": \"\\u2003weeks\","),
                with("{ \"type\": \"BLOCKS\",", "{ \"type\": \"BLOCKS\", \"name\": \"\","),
                with("{ \"outOf\": \"care\" }", "{ \"outOf\": \"care \" }"),
                with("{ \"outOf\": \"care\" }", "{ \"outOf\": \"care\\n\" }"),
                with("\"pricePerDay\": \"5.00\" }", "\"pricePerDay\": \"5.00\", \"cohorts\": [\"2019-Q1\", \" 2019-Q2\"] }"),
                // named values
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"episodeEnd\": \"EXCLUDED\","),
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"episodeEnd\": \"exclusive\","),
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"cohorts\": \"WEEK\","),
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"cohorts\": \"QUARTER_\","),
                with("\"QUARTER\"", "\"WEEK\""),
                with("\"QUARTER\"", "\"YEAR\""),
                with("\"QUARTER\"", "\"\""),
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"netting\": \"NET\","),
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"rounding\": \"HALF_UPP\","),
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"rounding\": \"HALF UP\","),
                with("\"type\": \"ENGAGEMENT\"", "\"type\": \"ENGAGED\""),
                with("\"type\": \"CARE_DAYS_AVOIDED\"", "\"type\": \"CARE_DAYS\""),
                with("\"type\": \"ENGAGEMENT\"", "\"type\": \"engagement\""),
                with("\"type\": \"ENGAGEMENT\"", "\"type\": \"ENGAGEMENT\\u00a0\""),
                // the currency code's form
                with("\"GBP\"", "\"gbp\""),
                with("\"GBP\"", "\"GB\""),
                with("\"GBP\"", "\"GBPX\""),
                with("\"GBP\"", "\"G B\""),
                // dates
                with("\"2019-03-31\"", "\"2019-02-30\""),
                with("\"2019-03-31\"", "\"2019-02-29\""),
                with("\"2019-03-31\"", "\"29/02/1900\""),
                with("\"2019-03-31\"", "\"2019-04-31\""),
                with("\"2019-03-31\"", "\"2019-13-01\""),
                with("\"2019-03-31\"", "\"2019-00-10\""),
                with("\"2019-03-31\"", "\"2019-03-00\""),
                with("\"2019-03-31\"", "\"31-03-2019\""),
                with("\"2019-03-31\"", "\"03/31/2019\""),
                with("\"2019-03-31\"", "\"2019/03/31\""),
                with("\"2019-03-31\"", "\"2019-3-31\""),
                with("\"2019-03-31\"", "\"12019-03-31\""),
                with("\"2019-03-31\"", "\"2019-03-31T00:00\""),
                with("\"2019-03-31\"", "\"2019-03-31\\u0085\""),
                with("\"2019-03-31\"", "\"\\u00a02019-03-31\""),
                // periods
                with("\"P30M\"", "\"30 months\""),
                with("\"P30M\"", "\"P\""),
                with("\"P30M\"", "\"P30\""),
                with("\"P30M\"", "\"PT30M\""),
                with("\"P30M\"", "\"P0D\""),
                with("\"P30M\"", "\"P0Y0M0W0D\""),
                with("\"P30M\"", "\"-P0D\""),
                with("\"P30M\"", "\"P-1M\""),
                with("\"P30M\"", "\"-P30M\""),
                with("\"P30M\"", "\"P1Y-1M\""),
                with("\"P30M\"", "\"P1M1Y\""),
                with("\"P30M\"", "\"P30M\\u200b\""),
                with("\"P7D\"", "\"7 days\""),
                with("\"P7D\"", "\"P0D\""),
                with("\"P7D\"", "\"P-7D\""),
                with("\"P52W\"", "\"P1M-1D\""),
                with("\"pricePerDay\": \"5.00\" }", "\"pricePerDay\": \"5.00\", \"window\": { \"from\": \"P1M-1D\" } }"),
                with("\"pricePerDay\": \"5.00\" }", "\"pricePerDay\": \"5.00\", \"window\": { \"from\": \"-P1D\" } }"),
                with("\"pricePerDay\": \"5.00\" }", "\"pricePerDay\": \"5.00\", \"window\": { \"to\": \"P0D\" } }"),
                with("\"pricePerDay\": \"5.00\" }", "\"pricePerDay\": \"5.00\", \"window\": { \"to\": \"two years\" } }"),
                // decimals and amounts
                with("\"0.5\"", "\"1.5\""),
                with("\"0.5\"", "\"1.0001\""),
                with("\"0.5\"", "\"-0.1\""),
                with("\"0.5\"", "\"55%\""),
                with("\"0.5\"", "\"5E-1\""),
                with("\"0.5\"", "\".5\""),
                with("\"0.5\"", "\"0.\""),
                with("\"0.5\"", "\"+0.5\""),
                with("\"0.5\"", "\"0,5\""),
                with("{ \"proportion\": \"0.5\" }", "{ \"monthly\": [\"0.5\", \"1.01\"] }"),
                with("\"500.00\"", "\"-500.00\""),
                with("\"500.00\"", "\"-0.01\""),
                with("\"500.00\"", "\"£500\""),
                with("\"500.00\"", "\"500.00 GBP\""),
                with("\"500.00\"", "\"1,000.00\""),
                with("\"10.00\"", "\"-10.00\""),
                with("\"pricePerDay\": \"5.00\" }", "\"pricePerDay\": \"5.00\", \"deadweight\": \"1\" }"),
                with("\"pricePerDay\": \"5.00\" }", "\"pricePerDay\": \"5.00\", \"deadweight\": \"1.000\" }"),
                with("\"pricePerDay\": \"5.00\" }", "\"pricePerDay\": \"5.00\", \"deadweight\": \"-0.1\" }"),
                with("\"pricePerDay\": \"5.00\" }", "\"pricePerDay\": \"5.00\", \"deadweight\": \"33%\" }"),
                with("\"20000.00\"", "\"-1.00\""),
                // whole numbers in their ranges
                with("{ \"period\": \"P30M\" }", "{ \"period\": \"P30M\", \"ageOutAt\": 0 }"),
                with("{ \"period\": \"P30M\" }", "{ \"period\": \"P30M\", \"ageOutAt\": 151 }"),
                with("{ \"period\": \"P30M\" }", "{ \"period\": \"P30M\", \"ageOutAt\": -18 }"),
                with("{ \"period\": \"P30M\" }", "{ \"period\": \"P30M\", \"ageOutAt\": 3000000000 }"),
                with("\"pricePerBlock\": \"100.00\" }", "\"pricePerBlock\": \"100.00\", \"maxBlocks\": 0 }"),
                with("\"pricePerBlock\": \"100.00\" }", "\"pricePerBlock\": \"100.00\", \"maxBlocks\": -1 }"),
                with("\"pricePerBlock\": \"100.00\" }", "\"pricePerBlock\": \"100.00\", \"maxBlocks\": 3000000000 }"),
                // state names
                with("\"foster\": {", "\"foster\": { \"placements\": [\"U1\"] }, \"2nd\": {"),
                with("\"foster\": {", "\"foster\": { \"placements\": [\"U1\"] }, \"in care\": {"),
                with("\"foster\": {", "\"foster\": { \"placements\": [\"U1\"] }, \"\": {"),
                with("\"foster\": {", "\"foster\": { \"placements\": [\"U1\"] }, \"foster\\n\": {"),
                with("\"foster\": {", "\"foster\": { \"placements\": [\"U1\"] }, \"fösterling\": {"),
                with("\"states\": { ", "\"states\": { \"care\": { \"types\": [\"C2\"] }, "),
                // lists: not empty, not too long
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"careTypes\": [],"),
                with("{ \"placements\": [\"U1\", \"U2\"] }", "{ }"),
                with("[\"U1\", \"U2\"]", "[]"),
                with(series, "{ \"dates\": [] }"),
                with("{ \"proportion\": \"0.5\" }", "{ \"monthly\": [] }"),
                outcomes("[]"),
                with("\"pricePerDay\": \"5.00\" }", "\"pricePerDay\": \"5.00\", \"cohorts\": [] }"),
                with("\"states\": { \"foster\": { \"placements\": [\"U1\", \"U2\"] } }", "\"states\": { " + many + " }")
                        .and("{ \"in\": \"foster\" }, \"block\"", "{ \"in\": \"care\" }, \"block\"")
                        .and("\"condition\": { \"in\": \"foster\" }, \"sustained\"", "\"condition\": { \"in\": \"care\" }, \"sustained\""),
                outcomes("[ " + manyOutcomes + " ]").and("\"baseline\": { \"proportion\": \"0.5\" },\n", ""),
                with(series, "{ \"dates\": [" + manyDates + "] }"),
                // impossible combinations
                with(series, "{ \"dates\": [\"2019-03-31\", \"2019-06-30\", \"2019-03-31\"] }"),
                with(series, "{ \"from\": \"2019-03-31\", \"to\": \"2019-12-31\", \"every\": \"QUARTER\", \"dates\": [\"2019-03-31\"] }"),
                with(series, "{ \"to\": \"2019-12-31\", \"dates\": [\"2019-03-31\"] }"),
                with(series, "{ }"),
                with("{ \"proportion\": \"0.5\" }", "{ \"proportion\": \"0.5\", \"monthly\": [\"0.5\"] }"),
                with("{ \"proportion\": \"0.5\" }", "{ }"),
                with("{ \"outOf\": \"care\" }", "{ \"outOf\": \"care\", \"in\": \"foster\" }"),
                with("{ \"outOf\": \"care\" }", "{ }"),
                with("{ \"type\": \"ENGAGEMENT\", \"price\": \"500.00\" }", "{ \"type\": \"CARE_DAYS_AVOIDED\", \"pricePerDay\": \"1.00\" }"),
                with("{ \"type\": \"ENGAGEMENT\", \"price\": \"500.00\" }", "{ \"type\": \" CARE_DAYS_AVOIDED\", \"pricePerDay\": \"1.00\" }"),
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"netting\": \"COHORT\",")
                        .and("{ \"type\": \"CARE_DAYS_AVOIDED\", \"pricePerDay\": \"10.00\" }",
                                "{ \"type\": \"DAYS\", \"name\": \"in care\", \"condition\": { \"in\": \"care\" }, \"pricePerDay\": \"1.00\" }"),
                with("{ \"perParticipant\": \"20000.00\" }", "{ \"perParticipant\": \"20000.00\", \"perCohort\": \"1000.00\" }"),
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"netting\": \"PROGRAMME\",")
                        .and("{ \"perParticipant\": \"20000.00\" }", "{ \"perCohort\": \"1000.00\" }"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByBoth")
    void theSchemaAndTheReaderBothRefuse(Change change) {
        assertThat(readerErrors(change.contract())).isNotEmpty();
        assertThat(schemaErrors(change.contract())).isNotEmpty();
    }

    /** The errors that a JSON Schema cannot express: the reader refuses them, and the schema takes them. */
    static Stream<Arguments> refusedByTheReaderAlone() {
        return Stream.of(
                with("{ \"in\": \"foster\" }, \"block\"", "{ \"in\": \"fostr\" }, \"block\""),
                with("{ \"outOf\": \"care\" }", "{ \"outOf\": \"Care\" }"),
                with("{ \"type\": \"BLOCKS\",", "{ \"type\": \"BLOCKS\", \"name\": \"DAYS\","),
                with("{ \"type\": \"MILESTONE\",", "{ \"type\": \"MILESTONE\", \"name\": \"ENGAGEMENT\","),
                with("\"to\": \"2019-12-31\"", "\"to\": \"2018-12-31\""),
                with("\"from\": \"2019-03-31\", \"to\": \"2019-12-31\"", "\"from\": \"2019-04-01\", \"to\": \"2019-04-30\""),
                with("\"from\": \"2019-03-31\", \"to\": \"2019-12-31\", \"every\": \"QUARTER\"",
                        "\"from\": \"1000-01-01\", \"to\": \"2019-12-31\", \"every\": \"MONTH\""),
                with("{ \"from\": \"2019-03-31\", \"to\": \"2019-12-31\", \"every\": \"QUARTER\" }",
                        "{ \"dates\": [\"2019-03-31\", \"31/03/2019\"] }"),
                with("{ \"from\": \"2019-03-31\", \"to\": \"2019-12-31\", \"every\": \"QUARTER\" }",
                        "{ \"dates\": [\"2019-03-31\", \"2019-03-31 \"] }"),
                with("\"20000.00\"", "\"20000.005\""),
                with("\"GBP\"", "\"XYZ\""),
                with("\"P30M\"", "\"P3000000000D\""),
                with("\"P7D\"", "\"P400000000W\""),
                with("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"name\": \"Other SIB\","),
                with("{ \"period\": \"P30M\" }", "{ \"period\": \"P30M\", \"ageOutAt\": 18.0 }"),
                with("{ \"period\": \"P30M\" }", "{ \"period\": \"P30M\", \"ageOutAt\": 1.8e1 }"),
                with("\"pricePerBlock\": \"100.00\" }", "\"pricePerBlock\": \"100.00\", \"maxBlocks\": 1e2 }"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByTheReaderAlone")
    void theReaderAloneRefuses(Change change) {
        assertThat(readerErrors(change.contract())).isNotEmpty();
        assertThat(schemaErrors(change.contract())).isEmpty();
    }

    /** Where the schema is stricter than the reader. */
    static Stream<Arguments> refusedByTheSchemaAlone() {
        return Stream.of(with("\"P7D\"", "\"P1W-1D\""), with("\"P30M\"", "\"P-1W8D\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByTheSchemaAlone")
    void theSchemaAloneRefuses(Change change) {
        assertThat(readerErrors(change.contract())).isEmpty();
        assertThat(schemaErrors(change.contract())).isNotEmpty();
    }

    /**
     * The rules of {@link ContractV2Errors} that a schema cannot express (see the class description); the
     * schema refuses the contract of every other rule.
     */
    private static final Set<String> INEXPRESSIBLE = Set.of(
            "a name given is unique, also against a default name",
            "a default name is unique: the later outcome is the duplicate",
            "a condition names a state of the contract",
            "state names match exactly",
            "caps.perParticipant has at most the currency's minor digits");

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.sibcalc.io.ContractV2Errors#cases")
    void theSchemaRefusesTheContractOfEveryReaderRuleItCanExpress(String rule, String contract, List<String> errors) {
        assertThat(readerErrors(contract)).isNotEmpty();
        if (INEXPRESSIBLE.contains(rule)) {
            assertThat(schemaErrors(contract)).isEmpty();
        } else {
            assertThat(schemaErrors(contract)).isNotEmpty();
        }
    }

    @Test
    void theInexpressibleRulesAreRulesOfTheCases() {
        assertThat(ContractV2Errors.all().stream().map(ContractV2Errors.Case::rule)).containsAll(INEXPRESSIBLE);
    }

    // ---- the schema itself ---------------------------------------------------------------------------

    @Test
    void theSchemasLimitsAreTheReaders() {
        com.fasterxml.jackson.databind.JsonNode schema = JsonSchemas.tree(JsonSchemas.CONTRACT);
        assertThat(schema.path("properties").path("outcomes").path("maxItems").asInt()).isEqualTo(InputLimits.MAX_OUTCOMES);
        assertThat(schema.path("properties").path("states").path("maxProperties").asInt()).isEqualTo(InputLimits.MAX_STATES);
        assertThat(schema.path("properties").path("measurement").path("properties").path("dates").path("maxItems").asInt())
                .isEqualTo(InputLimits.MAX_MEASUREMENT_DATES);
    }

    @Test
    void theSchemaNamesTheFieldsTheReaderKnows() {
        com.fasterxml.jackson.databind.JsonNode schema = JsonSchemas.tree(JsonSchemas.CONTRACT);
        List<String> fields = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(fields::add);
        // The reader's message for an unknown field lists the fields it knows.
        String message = readerErrors(InputFolder.CONTRACT.replace("\"currency\": \"GBP\",",
                "\"currency\": \"GBP\", \"notes\": \"\",")).get(0);
        assertThat(message).endsWith("(known here: " + String.join(", ", fields) + ")");
    }

    @Test
    void theSchemaNamesTheFieldsTheReaderKnowsOfEachOutcomeType() {
        com.fasterxml.jackson.databind.JsonNode defs = JsonSchemas.tree(JsonSchemas.CONTRACT).path("$defs");
        Pattern fields = Pattern.compile("\\(its fields: (.*)\\)$");
        for (String type : List.of("CARE_DAYS_AVOIDED", "DAYS", "BLOCKS", "MILESTONE", "ENGAGEMENT")) {
            String def = defs.path("outcome").path("allOf").findValues("$ref").stream()
                    .map(com.fasterxml.jackson.databind.JsonNode::asText)
                    .filter(r -> defs.path(r.substring("#/$defs/".length())).path("properties").path("type")
                            .path("description").asText().contains(type + "."))
                    .findFirst().orElseThrow().substring("#/$defs/".length());
            List<String> named = new ArrayList<>();
            defs.path(def).path("properties").fieldNames().forEachRemaining(named::add);
            String outcome = "{ \"type\": \"" + type + "\", \"zzz\": 1 }";
            String message = readerErrors(InputFolder.CONTRACT.replace("{ \"type\": \"CARE_DAYS_AVOIDED\", "
                    + "\"pricePerDay\": \"10.00\" }", outcome)).stream()
                    .filter(e -> e.contains("outcomes[0].zzz")).findFirst().orElseThrow();
            Matcher listed = fields.matcher(message);
            assertThat(listed.find()).as(message).isTrue();
            assertThat(named).as(type).containsExactly(listed.group(1).split(", "));
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    /**
     * A contract: {@link InputFolder#CONTRACT_V2} with changes, each {@code from} found exactly once.
     *
     * @param name     the case's name in the report
     * @param contract the contract's text
     */
    record Change(String name, String contract) {

        /** Returns this contract with one more change. */
        Change and(String from, String to) {
            return new Change(name + "; " + from.strip() + " → " + to.strip(), replace(contract, from, to));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The valid contract with {@code from}, which must occur in it exactly once, replaced by {@code to}. */
    static ChangeArguments with(String from, String to) {
        return new ChangeArguments(new Change(from.strip() + " → " + to.strip(), replace(InputFolder.CONTRACT_V2, from, to)));
    }

    /** The arguments of a test of one {@link Change}, to which {@link #and} adds another. */
    record ChangeArguments(Change change) implements Arguments {

        ChangeArguments and(String from, String to) {
            return new ChangeArguments(change.and(from, to));
        }

        @Override
        public Object[] get() {
            return new Object[] {change};
        }
    }

    private static Arguments whole(String name, String contract) {
        return Arguments.of(new Change(name, contract));
    }

    private static ChangeArguments outcomes(String outcomes) {
        String contract = InputFolder.CONTRACT_V2;
        int start = contract.indexOf("\"outcomes\": ") + "\"outcomes\": ".length();
        int end = contract.indexOf(",\n  \"caps\"");
        return new ChangeArguments(new Change("outcomes: " + (outcomes.length() > 60 ? outcomes.substring(0, 60) + "..."
                : outcomes), contract.substring(0, start) + outcomes + contract.substring(end)));
    }

    private static String replace(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException("Not exactly once in the contract: " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** The reader's errors, as {@code line: field: message}. */
    static List<String> readerErrors(String json) {
        ValidationReport report = new ValidationReport();
        ContractJson.parse(json.getBytes(StandardCharsets.UTF_8), "contract.json", report);
        return report.errors().stream().map(p -> p.line() + ": " + p.field() + ": " + p.message()).toList();
    }

    static List<String> schemaErrors(String json) {
        return JsonSchemas.errors(JsonSchemas.CONTRACT, json);
    }
}
