package org.sibcalc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project documents itself: the README, docs/ and every example's README point only at files of the
 * project, and docs/ has the rules, the input files, the contract fields and the statement JSON.
 */
class DocsTest {

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md"), Path.of("BENCHMARKS.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            examples.map(p -> p.resolve("README.md")).filter(Files::exists).sorted().forEach(pages::add);
        }
        return pages;
    }

    @Test
    void noPagePointsOutsideTheProject() throws IOException {
        for (Path page : pages()) {
            assertThat(Files.readString(page)).as(page.toString()).doesNotContain("../shared", "SPEC.md", "SPEC §");
        }
    }

    @Test
    void noJavadocOrCommentOfTheLibraryCitesAFileUsersNeverSee() throws IOException {
        for (String module : List.of("sibcalc-core", "sibcalc-io", "sibcalc-report", "sibcalc-cli", "sibcalc-testkit")) {
            try (Stream<Path> sources = Files.walk(Path.of(module, "src", "main"))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    assertThat(Files.readString(source)).as(source.toString()).doesNotContain("../shared", "SPEC.md", "SPEC §");
                }
            }
        }
    }

    @Test
    void everyRelativeLinkOfAPageNamesAFileOfTheProject() throws IOException {
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("\\]\\(([^)#:]+)(#[^)]*)?\\)");
        for (Path page : pages()) {
            java.util.regex.Matcher m = link.matcher(Files.readString(page));
            while (m.find()) {
                Path target = page.toAbsolutePath().getParent().resolve(m.group(1)).normalize();
                assertThat(target).as("%s links to %s", page, m.group(1)).exists();
            }
        }
    }

    @Test
    void docsHasTheRulesTheInputFilesTheContractAndTheStatement() throws IOException {
        assertThat(Files.readString(Path.of("docs/rules.md"))).contains("## 1. Days", "## 5. Payments", "> ");
        assertThat(Files.readString(Path.of("docs/input-files.md"))).contains("## `participants.csv`",
                "## `episodes.csv`", "## SSDA903 tables", "DfE rule 501", "DfE rule 433", "DfE rule 355", "```csv");
        assertThat(Files.readString(Path.of("docs/contract.md"))).contains("## An example", "## Outcomes", "## Caps");
        assertThat(Files.readString(Path.of("docs/statement-json.md"))).contains("## Fields", "## Example");
        assertThat(Files.readString(Path.of("README.md"))).contains("docs/rules.md", "docs/input-files.md",
                "docs/contract.md", "docs/statement-json.md");
    }
}
