package org.sibcalc.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sibcalc.io.InputSource;
import org.sibcalc.io.ValidationReport;

/**
 * TextColumn: each distinct text is held once and found again by its characters, trimmed and upper-cased as
 * asked, whatever the number of texts, their order and texts whose hashes are the same; only the texts of
 * rows kept are kept.
 */
class TextColumnTest {

    /** Reads a file of the codes given and a second column, handing each row to {@code row}. */
    private static void read(List<String> codes, BiConsumer<Integer, CsvRows.Row> row) {
        StringBuilder text = new StringBuilder("code,other\n");
        codes.forEach(code -> text.append(code).append(",x\n"));
        CsvRows.read(InputSource.ofText("codes.csv", text.toString()), "codes.csv", List.of("code", "other"),
                List.of("code"), new ValidationReport(), row::accept);
    }

    @Test
    void aTextReadAgainIsTheSameStringAndEachKeptTextIsHeldOnce() {
        // 40 distinct texts (the table grows twice), each read three times in turn, and two texts with the
        // same String.hashCode ("Aa" and "BB").
        List<String> lines = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            IntStream.range(0, 40).forEach(i -> lines.add("t" + i));
            lines.add("Aa");
            lines.add("BB");
        }
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        TextColumn column = new TextColumn(0, "blank", false);
        List<String> read = new ArrayList<>();
        read(lines, (line, row) -> {
            String text = column.read(row);
            read.add(text);
            column.add(text);
        });
        assertThat(read).containsExactlyElementsOf(lines);
        for (int i = 0; i < 42; i++) {
            assertThat(read.get(42 + i)).as("the text of row %d", 42 + i).isSameAs(read.get(i));
            assertThat(read.get(84 + i)).isSameAs(read.get(i));
        }
        assertThat(column.textCount()).isEqualTo(42);
        assertThat(IntStream.range(0, column.textCount()).mapToObj(column::text)).containsExactlyElementsOf(
                lines.subList(0, 42));
        assertThat(IntStream.range(0, lines.size()).mapToObj(column::get)).containsExactlyElementsOf(lines);
        assertThat(column.textIndex(84 + 41)).isEqualTo(41);
    }

    @Test
    void manyShortCodesReadInTurnAreEachFoundAgainAsTheSameString() {
        // codes of one to three characters, far more than the column remembers by their characters: each
        // found again, after the others have taken its place, as the String first read
        List<String> codes = new ArrayList<>();
        for (char a = 'A'; a <= 'Z'; a++) {
            codes.add(String.valueOf(a));
            for (char b = '0'; b <= '9'; b++) {
                codes.add("" + a + b);
                codes.add("" + a + b + a);
            }
        }
        List<String> lines = new ArrayList<>(codes);
        java.util.Collections.shuffle(lines, new java.util.Random(7));
        lines.addAll(codes);
        lines.addAll(codes.stream().map(String::toLowerCase).toList());
        TextColumn column = new TextColumn(0, "blank", true);
        Map<String, String> first = new HashMap<>();
        read(lines, (line, row) -> {
            String text = column.read(row);
            String upper = row.get(0).toUpperCase(java.util.Locale.ROOT);
            assertThat(text).isEqualTo(upper);
            assertThat(text).isSameAs(first.computeIfAbsent(upper, k -> text));
        });
        assertThat(first).hasSize(codes.size());
    }

    @Test
    void textsAreTrimmedAndUpperCasedAsAskedAndABlankIsTheDefault() {
        TextColumn codes = new TextColumn(0, "none", true);
        List<String> read = new ArrayList<>();
        read(List.of(" c1 ", "C1", "c1", "\"  \"", "", "x\u00e9", "X\u00e9", "c2"), (line, row) -> read.add(codes.read(row)));
        assertThat(read).containsExactly("C1", "C1", "C1", "none", "none", "X\u00e9", "X\u00e9", "C2");
        assertThat(read.get(1)).isSameAs(read.get(0));
        assertThat(read.get(6)).isSameAs(read.get(5));

        TextColumn asWritten = new TextColumn(0, "none", false);
        read.clear();
        read(List.of(" c1 ", "C1", "c1"), (line, row) -> read.add(asWritten.read(row)));
        assertThat(read).containsExactly("c1", "C1", "c1");
        assertThat(read.get(2)).isSameAs(read.get(0));
    }

    @Test
    void onlyTheTextsOfRowsKeptAreKeptInTheOrderFirstKept() {
        TextColumn column = new TextColumn(0, "blank", false);
        read(List.of("a", "rejected", "b", "a", "", "c", "rejected"), (line, row) -> {
            String text = column.read(row);
            if (!text.equals("rejected")) {
                column.add(text);
            }
        });
        assertThat(IntStream.range(0, column.textCount()).mapToObj(column::text)).containsExactly("a", "b", "blank",
                "c");
        assertThat(IntStream.range(0, 5).mapToObj(column::get)).containsExactly("a", "b", "a", "blank", "c");
    }
}
