package org.sibcalc.io;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.Outcome;
import org.sibcalc.data.CareData;
import org.sibcalc.ledger.ClaimCheck.Section;
import org.sibcalc.ledger.Figure;

/**
 * Reads each young person's claimed figures, a CSV file in the form of {@code explain}'s output (docs/ledger.md;
 * {@link ExplanationCsv}): every one of its columns is required, the outcome columns named as the contract
 * names its participant outcomes. Every bad field is an error at its line, and so is an id that is no
 * participant of the data, or an id twice (the later line). The figures are kept as claimed.
 */
public final class ClaimParticipantsCsv {

    private static final Pattern WHOLE = Pattern.compile("[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private ClaimParticipantsCsv() {
    }

    /**
     * Reads the file, reporting every problem in {@code report}.
     *
     * @param data the data the claim must be about: every id must be one of its participants
     * @param name the file's name in messages
     * @param file the claimed young people's figures, a CSV file in the columns of {@code explain}
     * @param terms the contract, whose participant outcomes are the file's further columns; not null
     * @param report receives every problem, each at its line
     * @return the figures, in the order of the file, or null when there were errors
     */
    public static List<Figure> read(Path file, String name, ContractTerms terms, CareData data, ValidationReport report) {
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
            RowFields checks = new RowFields(report, name, line, fields);
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
