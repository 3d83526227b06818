package org.sibcalc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small application on the module path, against the built jars of sibcalc-core and sibcalc-io: it
 * compiles with {@code requires org.sibcalc.io}, starts, reads the Essex example and prints its care
 * proportion, and reads the JSON Schemas from sibcalc-io's jar. Its module path has what a user's would: the two jars, their dependencies, and OkHttp, which
 * moneta-core's module descriptor requires although nothing here uses it.
 */
class ModulePathTest {

    @TempDir
    Path work;

    @Test
    void anApplicationOnTheModulePathRunsAgainstTheBuiltJars() throws Exception {
        String modulePath = String.join(File.pathSeparator, modulePath());
        Path src = work.resolve("src");
        Files.createDirectories(src.resolve("app"));
        Files.writeString(src.resolve("module-info.java"), "module app { requires org.sibcalc.io; }\n");
        Files.writeString(src.resolve("app/Main.java"), """
                package app;

                import java.nio.file.Path;
                import java.time.LocalDate;
                import org.sibcalc.io.InputFiles;

                public class Main {
                    public static void main(String[] args) throws java.io.IOException {
                        Path dir = Path.of(args[0]);
                        InputFiles files = InputFiles.read(dir.resolve("contract.json"), dir.resolve("participants.csv"),
                                dir.resolve("episodes.csv"), false);
                        System.out.println(files.calculation().statement(LocalDate.of(2019, 3, 31))
                                .programme().careProportion().orElseThrow().toPlainString());
                        System.out.println(Main.class.getModule().getName() + " "
                                + InputFiles.class.getModule().getName() + " "
                                + org.sibcalc.Calculation.class.getModule().getName());
                        // The JSON Schemas are resources of org.sibcalc.io that other modules can read.
                        for (String schema : new String[] {"contract", "statement", "returns"}) {
                            String name = "org/sibcalc/io/schema/" + schema + ".schema.json";
                            try (java.io.InputStream in = InputFiles.class.getModule().getResourceAsStream(name)) {
                                System.out.println(name + " " + (in == null ? "not readable" : in.readAllBytes().length > 0));
                            }
                            System.out.println(name + " " + (ClassLoader.getSystemResource(name) != null));
                        }
                    }
                }
                """);
        Path classes = work.resolve("classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "--module-path", modulePath, "-d", classes.toString(),
                src.resolve("module-info.java").toString(), src.resolve("app/Main.java").toString());
        assertThat(compiled).as("javac on the module path").isZero();

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process run = new ProcessBuilder(java.toString(), "--module-path", classes + File.pathSeparator + modulePath,
                "-m", "app/app.Main", "examples/essex").redirectErrorStream(true).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(out).isZero();
        assertThat(out).contains("0.108001", "app org.sibcalc.io org.sibcalc.core");
        assertThat(out).contains("contract.schema.json true", "statement.schema.json true", "returns.schema.json true")
                .doesNotContain("not readable", "false");
    }

    /** The built jars of core and io, and their dependencies from this test's class path. */
    private static List<String> modulePath() throws IOException {
        List<String> path = new ArrayList<>();
        for (String module : List.of("sibcalc-core", "sibcalc-io")) {
            Path jar = Path.of(module, "target", module + "-0.1.0.jar");
            assertThat(jar).as("the built jar of %s", module).exists();
            path.add(jar.toString());
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.endsWith(".jar") && List.of("moneta-core", "money-api", "jakarta.annotation-api", "threeten-extra",
                    "jackson-databind", "jackson-core", "jackson-annotations", "fastcsv", "okhttp-", "jspecify").stream()
                    .anyMatch(name::startsWith)) {
                path.add(entry);
            }
        }
        return path;
    }
}
