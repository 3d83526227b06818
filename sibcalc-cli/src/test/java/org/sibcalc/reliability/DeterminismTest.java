package org.sibcalc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.sibcalc.cli.Run;

/**
 * The same question gets byte for byte the same answer: every command's output on every bundled example is
 * the same run after run, and the same under the default locale and time zone of the machine it runs on.
 * The build runs this class a second time under Turkish, German and Pacific/Kiritimati defaults
 * ({@code determinism-other-locale} in sibcalc-cli's pom), comparing with the digests of the first run.
 */
class DeterminismTest {

    /** Where the first run leaves the digests of every output, for the run under other defaults to compare. */
    private static final Path DIGESTS = Path.of("sibcalc-cli/target/determinism-digests.txt");

    @Test
    void everyOutputIsTheSameRunAfterRunAndUnderOtherDefaults() throws Exception {
        List<String> digests = new ArrayList<>();
        for (Path folder : examples()) {
            for (String[] command : commands(folder)) {
                Run first = Run.sibcalc(command);
                Run second = Run.sibcalc(command);
                assertThat(first.status()).as(String.join(" ", command)).isZero();
                assertThat(second.out()).as(String.join(" ", command)).isEqualTo(first.out());
                digests.add(String.join(" ", command) + " " + sha256(first.out()));
            }
        }
        if (Boolean.getBoolean("sibcalc.determinism.compare")) {
            assertThat(DIGESTS).as("the digests of the first run").exists();
            assertThat(digests).as("outputs under locale %s and time zone %s", Locale.getDefault(), TimeZone.getDefault().getID())
                    .containsExactlyElementsOf(Files.readAllLines(DIGESTS));
        } else {
            Files.createDirectories(DIGESTS.getParent());
            Files.write(DIGESTS, digests);
        }
    }

    private static List<Path> examples() throws IOException {
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(Path.of("examples"), Files::isDirectory)) {
            for (Path dir : dirs) {
                if (Files.exists(dir.resolve("contract.json")) && Files.exists(dir.resolve("participants.csv"))) {
                    folders.add(dir);
                }
            }
        }
        folders.sort(null);
        return folders;
    }

    private static List<String[]> commands(Path folder) {
        String dir = folder.toString();
        List<String[]> commands = new ArrayList<>(List.of(new String[] {"statement", dir},
                new String[] {"statement", dir, "--format", "json"}, new String[] {"explain", dir},
                new String[] {"validate", dir}));
        if (Files.exists(folder.resolve("investment.json"))) {
            // The page with its charts, the ledger's and the investors' sections: dates and numbers as text.
            commands.add(new String[] {"returns", dir, "--format", "html"});
        }
        return commands;
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
