package org.sibcalc.report.html;

import java.nio.file.Path;
import java.time.LocalDate;
import org.sibcalc.Statement;
import org.sibcalc.io.InputFiles;

/**
 * The Essex example at 2019-03-31 (the date of Essex's published figures), as the README's command shows it:
 * its input files, its statement and its HTML page.
 *
 * @param files     the example's input files, read without errors
 * @param statement the statement at 2019-03-31
 * @param html      the statement's page, with the files' warnings
 */
record EssexReport(InputFiles files, Statement statement, String html) {

    /** The folder of the Essex example, from the top of the checkout (the tests' working directory). */
    static final Path FOLDER = Path.of("examples", "essex");

    /** The reporting date of the README's command. */
    static final LocalDate AS_OF = LocalDate.of(2019, 3, 31);

    /** Reads the example and writes its page. */
    static EssexReport read() {
        InputFiles files = InputFiles.read(FOLDER.resolve("contract.json"), FOLDER.resolve("participants.csv"),
                FOLDER.resolve("episodes.csv"), false);
        if (files.report().hasErrors()) {
            throw new IllegalStateException("The Essex example has errors: " + files.report().errors());
        }
        Statement statement = files.calculation().statement(AS_OF);
        String html = StatementHtml.write(statement, files.calculation().terms(), WarningSummary.of(statement, files));
        return new EssexReport(files, statement, html);
    }
}
