package org.sibcalc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sibcalc.Statement;
import org.sibcalc.measure.Measurement;

/** The examples in {@code examples/} run, and say what the README says they say. */
class ExamplesTest {

    private static final Path ESSEX = Path.of("examples/essex");

    @Test
    void apiExampleBuiltInCodeGivesTheHandWorkedFigures() {
        Statement statement = ApiExample.inCode(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        // YP1 from 2013-04-01 to 2014-12-31: 365 + 275 = 640 child days; care 2013-09-01..2013-11-01 = 30 + 31 = 61.
        // YP2 from 2013-05-15 (18 on 2015-01-10, after the reporting date): 365 + 231 = 596 child days;
        //     care open from 2014-06-01 to 2014-12-31: 30 + 31 + 31 + 30 + 31 + 30 + 31 = 214.
        // Expected 0.55 × (640 + 596) = 0.55 × 1236 = 679.80; avoided 679.80 − 275 = 404.80; due × £45 = £18,216.00.
        assertThat(statement.programme()).isEqualTo(Measurement.of(2, 1236, 275, new BigDecimal("679.80")));
        assertThat(statement.programme().careDaysAvoided().orElseThrow()).isEqualByComparingTo("404.80");
        assertThat(statement.payments().get(statement.payments().size() - 1).cumulativeDue().getNumber()
                .numberValue(BigDecimal.class)).isEqualByComparingTo("18216.00");
    }

    @Test
    void essexExampleReproducesThePublishedHeadline() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        Statement statement = ApiExample.fromFiles(ESSEX, new PrintStream(text, true, StandardCharsets.UTF_8));
        Measurement programme = statement.programme();
        // Essex published 388 young people, 10.8% against a 55% baseline, over 96,000 care days avoided.
        assertThat(programme.participants()).isEqualTo(388);
        assertThat(programme.careProportion()).get().satisfies(p ->
                assertThat(p).isBetween(new BigDecimal("0.107"), new BigDecimal("0.109")));
        assertThat(programme.careDaysAvoided().orElseThrow()).isBetween(new BigDecimal("94000"), new BigDecimal("98000"));
        assertThat(statement.warnings()).isEmpty();
        assertThat(text.toString(StandardCharsets.UTF_8)).contains("Care proportion", "Payments", "GBP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"participants.csv", "episodes.csv", "contract.json"})
    void generatorReproducesTheBundledExampleByteForByte(String file, @TempDir Path out) throws IOException {
        EssexGenerator.generate(out, 388, 20130401L);
        assertThat(Files.readAllBytes(out.resolve(file))).isEqualTo(Files.readAllBytes(ESSEX.resolve(file)));
    }

    @Test
    void launcherRunsTheJarThisBuildMakes() throws IOException {
        Matcher version = Pattern.compile("<artifactId>sibcalc-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(version.find()).isTrue();
        assertThat(Files.readString(Path.of("sibcalc"))).contains("target/sibcalc-" + version.group(1) + "-cli.jar");
        assertThat(Files.readString(Path.of("README.md"))).contains("target/sibcalc-" + version.group(1) + "-cli.jar");
    }
}
