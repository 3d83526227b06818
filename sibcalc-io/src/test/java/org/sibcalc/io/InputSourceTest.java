package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readers on inputs that are not files ({@link InputSource}): bytes, a text, a stream, a reader. They are read
 * exactly as files are, with the same errors, each naming the input's given name.
 */
class InputSourceTest {

    private static final Path ESSEX = Path.of("examples/essex");
    private static final Path ESSEX_903 = Path.of("examples/essex-903");
    private static final LocalDate AS_OF = LocalDate.of(2019, 3, 31);

    @Test
    void theEssexExampleFromStreamsGivesTheStatementItsFilesGive() throws IOException {
        InputFiles fromFiles = InputFiles.read(ESSEX.resolve("contract.json"), ESSEX.resolve("participants.csv"),
                ESSEX.resolve("episodes.csv"), false);
        InputFiles fromStreams;
        try (InputStream contract = Files.newInputStream(ESSEX.resolve("contract.json"));
                InputStream participants = Files.newInputStream(ESSEX.resolve("participants.csv"))) {
            fromStreams = InputFiles.read(InputSource.read("contract.json", contract),
                    InputSource.read("participants.csv", participants),
                    List.of(InputSource.read("episodes.csv",
                            new StringReader(Files.readString(ESSEX.resolve("episodes.csv"))))),
                    null, null, false);
        }

        assertThat(fromStreams.report().errors()).isEmpty();
        assertThat(StatementJson.write(fromStreams.calculation().statement(AS_OF)))
                .isEqualTo(StatementJson.write(fromFiles.calculation().statement(AS_OF)));
        assertThat(fromStreams.report().rowCounts()).containsOnlyKeys("participants.csv", "episodes.csv");
        assertThat(List.copyOf(fromStreams.report().rowCounts().values()))
                .isEqualTo(List.copyOf(fromFiles.report().rowCounts().values()));
    }

    @Test
    void ssda903TablesFromBytesAreRecognisedAndMergedAsFiles() throws IOException {
        List<Path> tables = InputFiles.episodesIn(ESSEX_903);
        InputFiles fromFiles = InputFiles.read(ESSEX_903.resolve("contract.json"), ESSEX_903.resolve("participants.csv"),
                tables, InputFiles.headerIn(ESSEX_903), false);
        List<InputSource> sources = new java.util.ArrayList<>();
        for (Path table : tables) {
            sources.add(InputSource.ofBytes(table.getFileName().toString(), Files.readAllBytes(table)));
        }

        InputFiles fromBytes = InputFiles.read(InputSource.of(ESSEX_903.resolve("contract.json")),
                InputSource.of(ESSEX_903.resolve("participants.csv")), sources,
                InputSource.ofBytes("header.csv", Files.readAllBytes(ESSEX_903.resolve("header.csv"))), null, false);

        assertThat(fromBytes.report().errors()).isEmpty();
        assertThat(StatementJson.write(fromBytes.calculation().statement(AS_OF)))
                .isEqualTo(StatementJson.write(fromFiles.calculation().statement(AS_OF)));
    }

    @Test
    void errorsNameTheInputAsGivenAndTheLine() {
        InputFiles read = InputFiles.readData(InputSource.ofText("from-the-warehouse", "id,start\nA,2019-02-30\n"),
                InputSource.ofText("episodes", "id,start,end\nB,2019-01-01,\n"), false);

        assertThat(read.report().errors()).extracting(Problem::toString).containsExactly(
                "from-the-warehouse:2: start: '2019-02-30' is not a real date: February 2019 has 28 days",
                "episodes:2: id: 'B' matches no participant in from-the-warehouse");
    }

    @Test
    void aTextThatIsNotUtf8IsReportedAtItsLine() {
        byte[] bytes = "id,start\nA,2019-01-01\nB\u00e9,2019-01-01\n".getBytes(StandardCharsets.ISO_8859_1);

        InputFiles read = InputFiles.readData(InputSource.ofBytes("latin-1.csv", bytes),
                InputSource.ofText("episodes.csv", "id,start,end\n"), false);

        assertThat(read.report().errors()).extracting(Problem::toString).containsExactly(
                "latin-1.csv:3: (file): has a character that is not UTF-8 on this line; save the file as CSV UTF-8");
    }

    @Test
    void aStreamIsReadToItsEndAndNamedAsGiven() throws IOException {
        InputSource source = InputSource.read("p.csv", new ByteArrayInputStream("id,start\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(source.name()).isEqualTo("p.csv");
        assertThat(source.size()).hasValue(9);
        try (InputStream again = source.open()) {
            assertThat(new String(again.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("id,start\n");
        }
    }
}
