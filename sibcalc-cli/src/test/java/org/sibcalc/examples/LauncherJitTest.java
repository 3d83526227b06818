package org.sibcalc.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's choice of JIT (README, BENCHMARKS.md "The JIT compiler"): C1 alone, with the parallel collector,
 * for inputs under 256 MB, the JVM's default above, {@code SIBCALC_JIT} to choose, {@code JAVA_OPTS} after the
 * launcher's options. Run with a stand-in {@code java} that prints its arguments, and a stand-in {@code du} for a large input.
 */
class LauncherJitTest {

    /** The options of a short run: the C1 compiler alone and the parallel collector. */
    private static final String SHORT_RUN = "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC";

    @TempDir
    Path dir;

    @Test
    void aSmallInputRunsWithC1Alone() throws Exception {
        assertThat(javaArguments(Map.of(), false)).contains(SHORT_RUN);
    }

    @Test
    void anInputOf256MegabytesOrMoreKeepsTheDefault() throws Exception {
        assertThat(javaArguments(Map.of(), true)).doesNotContain(SHORT_RUN).contains("statement");
    }

    @Test
    void sibcalcJitChoosesWhateverTheSize() throws Exception {
        assertThat(javaArguments(Map.of("SIBCALC_JIT", "default"), false)).doesNotContain(SHORT_RUN);
        assertThat(javaArguments(Map.of("SIBCALC_JIT", "c1"), true)).contains(SHORT_RUN);
    }

    @Test
    void javaOptsComeAfterTheLaunchersOptionsSoTheyWin() throws Exception {
        String arguments = javaArguments(Map.of("JAVA_OPTS", "-XX:TieredStopAtLevel=4"), false);
        assertThat(arguments.indexOf(SHORT_RUN)).isGreaterThanOrEqualTo(0).isLessThan(arguments.indexOf("-XX:TieredStopAtLevel=4"));
    }

    /** The arguments the launcher gives java for {@code statement FOLDER}, the folder large or not. */
    private String javaArguments(Map<String, String> environment, boolean large) throws IOException, InterruptedException {
        Path sh = Path.of("/bin/sh");
        assumeTrue(Files.isExecutable(sh), "no /bin/sh here");
        Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
        executable(bin.resolve("java"), "#!/bin/sh\necho \"$@\"\n");
        Path tools = Files.createDirectories(dir.resolve("tools"));
        if (large) {
            executable(tools.resolve("du"), "#!/bin/sh\nprintf '300000\\t%s\\n' \"$2\"\n");
        }
        Path jar = Files.writeString(dir.resolve("sibcalc-cli.jar"), "not a jar");
        Path folder = Files.createDirectories(dir.resolve("data"));
        ProcessBuilder process = new ProcessBuilder(sh.toString(), Path.of("sibcalc").toAbsolutePath().toString(),
                "statement", folder.toString()).redirectErrorStream(true);
        process.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        process.environment().put("SIBCALC_JAR", jar.toString());
        process.environment().put("SIBCALC_CDS", "off");
        process.environment().put("PATH", tools + ":" + System.getenv("PATH"));
        process.environment().remove("JAVA_OPTS");
        process.environment().remove("SIBCALC_JIT");
        process.environment().putAll(environment);
        Process run = process.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor()).as(output).isZero();
        return output;
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
