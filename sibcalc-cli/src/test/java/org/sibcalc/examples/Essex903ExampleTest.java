package org.sibcalc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sibcalc.cli.SibcalcCommand;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.ValidationReport.RowCount;

/**
 * {@code examples/essex-903}: the Essex example written as SSDA903 tables gives the statement of
 * {@code examples/essex} byte for byte, is what {@link Essex903Generator} writes, and reads without an error
 * or a warning, its yearly tables repeating the episodes open at a year's end as real returns do.
 */
class Essex903ExampleTest {

    private static final Path ESSEX = Path.of("examples/essex");
    private static final Path ESSEX_903 = Path.of("examples/essex-903");

    /** The statement on standard output; standard error has the warnings (the folder's name left out). */
    private static String[] statement(Path folder, String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = Stream.concat(Stream.of("statement", folder.toString()), Stream.of(options)).toArray(String[]::new);
        int status = SibcalcCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(status).as(err.toString()).isZero();
        return new String[] {out.toString(), err.toString().replace(folder.toString(), "DIR")};
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-03-31", "2021-06-30", "2016-02-29"})
    void theStatementJsonIsTheEssexExamplesByteForByte(String asOf) {
        String[] essex903 = statement(ESSEX_903, "--as-of", asOf, "--format", "json");
        String[] essex = statement(ESSEX, "--as-of", asOf, "--format", "json");

        assertThat(essex903[0]).isEqualTo(essex[0]).contains("\"participants\" : ");
        // Before some young people start, the same warnings about them, at the same lines of participants.csv.
        assertThat(essex903[1]).isEqualTo(essex[1]);
    }

    @Test
    void theTextStatementIsTheEssexExamplesToo() {
        String[] essex903 = statement(ESSEX_903);

        assertThat(essex903[0]).isEqualTo(statement(ESSEX)[0]);
        assertThat(essex903[1]).isEmpty();
    }

    @Test
    void theGeneratorWritesTheBundledFilesByteForByte(@TempDir Path out) throws IOException {
        Essex903Generator.generate(out);

        List<String> written;
        try (Stream<Path> files = Files.list(out)) {
            written = files.map(file -> file.getFileName().toString()).sorted().toList();
        }
        List<String> bundled;
        try (Stream<Path> files = Files.list(ESSEX_903)) {
            bundled = files.map(file -> file.getFileName().toString()).filter(name -> !name.equals("README.md"))
                    .sorted().toList();
        }
        assertThat(written).isEqualTo(bundled).contains("header.csv", "episodes_2013-14.csv", "episodes_2022-23.csv");
        for (String file : written) {
            assertThat(Files.readAllBytes(out.resolve(file))).as(file).isEqualTo(Files.readAllBytes(ESSEX_903.resolve(file)));
        }
    }

    @Test
    void theTablesReadWithoutAnErrorOrAWarningAndRepeatOpenEpisodesAsReturnsDo() {
        InputFiles inputs = InputFiles.read(ESSEX_903.resolve("contract.json"), ESSEX_903.resolve("participants.csv"),
                InputFiles.episodesIn(ESSEX_903), InputFiles.headerIn(ESSEX_903), false);

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(inputs.report().warnings()).isEmpty();
        assertThat(inputs.calculation().statement().warnings()).isEmpty();
        List<RowCount> episodes = inputs.report().rowCounts().entrySet().stream()
                .filter(e -> e.getKey().contains("episodes_")).map(java.util.Map.Entry::getValue).toList();
        assertThat(episodes).hasSize(10).allSatisfy(count -> {
            assertThat(count.rejected()).isZero();
            assertThat(count.used()).isEqualTo(count.read());
        });
        // The 450 episodes of examples/essex, each once, from 562 rows of yearly tables.
        assertThat(episodes.stream().mapToLong(RowCount::read).sum()).isEqualTo(562);
        assertThat(episodes.stream().mapToLong(count -> count.read() - count.merged()).sum()).isEqualTo(450);
        assertThat(inputs.calculation().data().episodeCount()).isEqualTo(450);
    }
}
