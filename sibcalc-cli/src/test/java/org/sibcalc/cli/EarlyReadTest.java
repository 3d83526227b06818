package org.sibcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The early read of a folder: used only by a command that reads exactly its files in its way, dropped
 * otherwise; and a command line run with it gives what one run without it gives.
 */
class EarlyReadTest {

    private static final Path ESSEX = Path.of("examples", "essex");

    @TempDir
    Path dir;

    @Test
    void aFolderGivenAloneIsReadEarlyAndUsedByTheReadOfItsFiles() {
        EarlyRead.start(new String[] {"statement", ESSEX.toString(), "--format", "json"});
        assertThat(EarlyRead.take(InputOptions.Request.ofFolder(ESSEX))).isNotNull();
        assertThat(EarlyRead.take(InputOptions.Request.ofFolder(ESSEX))).as("taken once").isNull();
    }

    @Test
    void anotherReadDropsIt() {
        EarlyRead.start(new String[] {"statement", ESSEX.toString()});
        InputOptions.Request folder = InputOptions.Request.ofFolder(ESSEX);
        InputOptions.Request ignoring = new InputOptions.Request(folder.contract(), folder.participants(),
                folder.episodes(), folder.header(), folder.ledger(), true);
        assertThat(EarlyRead.take(ignoring)).isNull();
        assertThat(EarlyRead.take(folder)).as("dropped").isNull();
    }

    @Test
    void noEarlyReadWithoutACommandAndAFolderOrWithAFileOption() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder.csv"), "id\n");
        for (List<String> args : List.of(List.of("statement"), List.of("baseline", ESSEX.toString()),
                List.of("statement", "--format", "json", ESSEX.toString()), List.of("statement", file.toString()),
                List.of("statement", ESSEX.toString(), "--participants", file.toString()),
                List.of("statement", ESSEX.toString(), "--episodes=" + file),
                List.of("validate", ESSEX.toString(), "--ignore-unmatched-episodes"),
                List.of("statement", "\0"))) {
            EarlyRead.start(args.toArray(String[]::new));
            assertThat(EarlyRead.take(InputOptions.Request.ofFolder(ESSEX))).as(args.toString()).isNull();
        }
    }

    @Test
    void aCommandLineReadEarlyGivesWhatItGivesReadLate() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("essex"));
        try (var files = Files.list(ESSEX)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Run early = Run.sibcalc("statement", copy.toString(), "--format", "json");
        // --contract naming DIR's own contract reads the same files, but not early
        Run late = Run.sibcalc("statement", copy.toString(), "--format", "json", "--contract",
                copy.resolve("contract.json").toString());
        assertThat(early.status()).isZero();
        assertThat(early).isEqualTo(late);
        // DIR's payments.csv is one of the files a folder given alone is read with, as InputOptions reads it
        assertThat(InputOptions.Request.ofFolder(copy).ledger()).isNull();
        Files.writeString(copy.resolve("payments.csv"), "date,amount\n");
        assertThat(InputOptions.Request.ofFolder(copy).ledger()).isEqualTo(copy.resolve("payments.csv"));
        EarlyRead.start(new String[] {"validate", copy.toString()});
        assertThat(EarlyRead.take(InputOptions.Request.ofFolder(copy))).isNotNull();
    }
}
