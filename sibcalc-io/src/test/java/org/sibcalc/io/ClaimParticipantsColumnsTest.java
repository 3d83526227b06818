package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sibcalc.testing.Theories.qt;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.Calculation;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.Outcome;
import org.sibcalc.data.CareData;
import org.sibcalc.claim.ClaimCheck.Section;
import org.sibcalc.claim.Figure;
import org.sibcalc.io.csv.RowFields;
import org.sibcalc.io.csv.CsvRows;

/**
 * docs/ledger.md: the young people's claimed figures are read into columns, from FastCSV's characters, exactly as
 * reading each field into a String and a {@link BigDecimal} reads them: over files of random rows, valid and not
 * (ids in and out of order, twice, unknown, padded; blank and padded cohorts; dates that are not dates; whole
 * numbers and decimals of every form, too large for a long, signed, with a point too many), the same errors at
 * the same lines, the same rows counted, and the same figures.
 */
class ClaimParticipantsColumnsTest {

    private static final String[] IDS = {"P1", "P2", "P3", "P4", "P5", "P9", "", " P1", "P2 "};
    private static final String[] COHORTS = {"2019-Q1", "", " A ", "Zürich", "B", "2019-Q2"};
    private static final String[] DAYS = {"2019-01-01", "", "2019-06-30", "31/02/2019", " 2019-03-01 "};
    private static final String[] NUMBERS = {"0", "", "007", "12", "-1", "1.5", "x", " 3 ", "12345678901234567890123",
        "-0.50", "1.", ".5", "1.2.3", "99999999999999999999.5", "45.00", "+1", "9223372036854775807",
        "9223372036854775808", "-9223372036854775808.5", "0.0000000000000000000000000001"};

    @TempDir
    Path dir;

    @Test
    void theColumnsHoldWhatReadingEachFieldAsTextHolds() {
        qt(300).forAll(lists().of(lists().of(integers().between(0, 999)).ofSize(12)).ofSizeBetween(0, 8), booleans().all())
                .checkAssert((rows, outcomes) -> {
                    InputFolder folder = InputFolder.in(dir).contract(outcomes ? InputFolder.CONTRACT_V2 : InputFolder.CONTRACT)
                            .participants("id,start", "P1,2019-01-01", "P2,2019-01-01", "P3,2019-02-01", "P4,2019-03-01",
                                    "P5,2019-03-01");
                    Calculation calculation = folder.read().calculation();
                    List<String> names = calculation.terms().participantOutcomes().stream().map(Outcome::name).toList();
                    List<String> header = new ArrayList<>(List.of(ExplanationCsv.HEADER.split(",")));
                    names.forEach(n -> header.add(n.toLowerCase(Locale.ROOT)));
                    if (!names.isEmpty()) {
                        header.add("outcome_total");
                    }
                    StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
                    for (List<Integer> row : rows) {
                        List<String> fields = new ArrayList<>();
                        fields.add(IDS[row.get(0) % IDS.length]);
                        fields.add(COHORTS[row.get(1) % COHORTS.length]);
                        fields.add(DAYS[row.get(2) % DAYS.length]);
                        fields.add(DAYS[row.get(3) % DAYS.length]);
                        for (int c = 4; c < header.size(); c++) {
                            // Mostly good numbers, so that some files are read without an error.
                            int pick = row.get(Math.min(c, 11));
                            fields.add(pick % 3 == 0 ? NUMBERS[(pick / 3) % NUMBERS.length] : Integer.toString(pick % 50));
                        }
                        csv.append(String.join(",", fields)).append('\n');
                    }
                    folder.write("claim.csv", csv.toString());

                    ValidationReport columns = new ValidationReport();
                    List<Figure> read = ClaimParticipantsCsv.read(folder.path("claim.csv"), "claim.csv",
                            calculation.terms(), calculation.data(), columns);
                    ValidationReport text = new ValidationReport();
                    List<Figure> expected = read(folder.path("claim.csv"), "claim.csv", calculation.terms(),
                            calculation.data(), text);

                    assertThat(folder.texts(columns.errors())).as("%s", csv).isEqualTo(folder.texts(text.errors()));
                    assertThat(columns.rowCounts()).isEqualTo(text.rowCounts());
                    assertThat(read).as("%s", csv).isEqualTo(expected);
                });
    }

    @Test
    void aLongFileIsReadAsReadingEachFieldAsTextReadsIt() {
        // 20,000 rows: a few bad ones here and there, a blank line, a quoted field, ids out of order, and, with
        // every row good, the same figures.
        for (boolean bad : new boolean[] {true, false}) {
            StringBuilder participants = new StringBuilder("id,start\n");
            StringBuilder claim = new StringBuilder(ExplanationCsv.HEADER).append('\n');
            for (int i = 0; i < 20_000; i++) {
                participants.append("C").append(i).append(",2019-01-01\n");
                int at = i == 7_000 ? 19_999 : i == 19_999 ? 7_000 : i;
                String number = bad && i % 3_001 == 17 ? "x" : Integer.toString(i % 90);
                String day = bad && i == 12_345 ? "31/02/2019" : "2019-01-01";
                String cohort = i == 9_000 ? "\"2019,Q1\"" : "2019-Q1";
                claim.append("C").append(at).append(',').append(cohort).append(',').append(day).append(",2019-06-30,181,")
                        .append(number).append(",90.5\n");
                if (i == 5_000) {
                    claim.append('\n');
                }
            }
            if (bad) {
                claim.append("C5,2019-Q1,2019-01-01,2019-06-30,181,0,90.5\nZ1,2019-Q1,,,0,0,\n");
            }
            InputFolder folder = InputFolder.in(dir).participants(participants.toString().split("\n"));
            folder.write("claim.csv", claim.toString());
            Calculation calculation = folder.read().calculation();

            ValidationReport columns = new ValidationReport();
            List<Figure> read = ClaimParticipantsCsv.read(folder.path("claim.csv"), "claim.csv", calculation.terms(),
                    calculation.data(), columns);
            ValidationReport text = new ValidationReport();
            List<Figure> expected = read(folder.path("claim.csv"), "claim.csv", calculation.terms(), calculation.data(), text);

            assertThat(folder.texts(columns.errors())).isEqualTo(folder.texts(text.errors()));
            assertThat(columns.errors()).hasSize(bad ? 10 : 0);
            assertThat(columns.rowCounts()).isEqualTo(text.rowCounts());
            assertThat(read).isEqualTo(expected);
            if (!bad) {
                assertThat(read).hasSize(20_000 * 7);
            }
        }
    }

    private static final Pattern WHOLE = Pattern.compile("[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /** The figures as the reader first read them: each field a String, each number a BigDecimal. */
    static List<Figure> read(Path file, String name, ContractTerms terms, CareData data, ValidationReport report) {
        List<String> outcomes = terms.participantOutcomes().stream().map(Outcome::name).toList();
        List<String> columns = new ArrayList<>(List.of(ExplanationCsv.HEADER.split(",")));
        outcomes.forEach(o -> columns.add(o.toLowerCase(Locale.ROOT)));
        if (!outcomes.isEmpty()) {
            columns.add("outcome_total");
        }
        // The names as explain writes them, for messages and figures: an outcome's as the contract has it.
        List<String> fields = new ArrayList<>(List.of(ExplanationCsv.HEADER.split(",")));
        fields.addAll(outcomes);
        if (!outcomes.isEmpty()) {
            fields.add("outcome_total");
        }
        List<Figure> figures = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int errors = report.errors().size();
        CsvRows.read(file, name, columns, columns, report, (line, row) -> {
            RowFields checks = new RowFields(report, name, fields).at(line);
            List<Figure> own = new ArrayList<>(fields.size());
            String id = row.isBlank(0) ? null : row.raw(0);
            if (checks.id(row)) {
                Integer first = seen.putIfAbsent(id, line);
                if (first != null) {
                    checks.error("id", "'" + id + "' is also on line " + first);
                } else if (data.indexOf(id) < 0) {
                    checks.error("id", "'" + id + "' is not a participant of the data");
                }
            }
            own.add(Figure.text(Section.PARTICIPANT, null, null, id, "id", id));
            own.add(Figure.text(Section.PARTICIPANT, null, null, id, "cohort", row.get(1)));
            for (int c = 2; c <= 3; c++) {
                int day = checks.optionalDay(row, c);
                own.add(Figure.text(Section.PARTICIPANT, null, null, id, fields.get(c),
                        day == CareData.NO_DAY ? null : LocalDate.ofEpochDay(day).toString()));
            }
            for (int c = 4; c < fields.size(); c++) {
                boolean whole = c == 4 || c == 5 || c >= 7 && c < 7 + outcomes.size();
                String text = row.get(c);
                BigDecimal value = null;
                if (text == null) {
                    if (c != 6) { // expected_care_days is blank without a baseline
                        checks.error(fields.get(c), "is required");
                    }
                } else if ((whole ? WHOLE : DECIMAL).matcher(text).matches()) {
                    value = new BigDecimal(text);
                } else {
                    checks.error(fields.get(c), "'" + text + "' is not " + (whole ? "a whole number of zero or more"
                            : "a decimal in plain notation, such as 12.5"));
                }
                own.add(Figure.number(Section.PARTICIPANT, null, null, id, fields.get(c), value));
            }
            if (checks.ok()) {
                figures.addAll(own);
                row.used();
            } else {
                row.rejected();
            }
        });
        return report.errors().size() > errors ? null : figures;
    }
}
