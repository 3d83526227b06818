package org.sibcalc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.sibcalc.cli.SibcalcCommand;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.ssda903.Ssda903;
import org.sibcalc.report.html.StatementHtml;
import org.sibcalc.testkit.Contracts;

/**
 * Every package of io, report, cli and the testkit is {@code @NullMarked}, as the core's are (the core's
 * NullnessTest): nothing in them is null unless typed {@code @Nullable} (docs/api.md).
 */
class NullMarkedTest {

    @Test
    void everyPackageAboveTheCoreIsNullMarked() {
        // One class of each package of the four modules' descriptors (and the command line's own).
        List<Class<?>> packages = List.of(InputFiles.class, Ssda903.class, StatementHtml.class, SibcalcCommand.class,
                Contracts.class);
        for (Class<?> type : packages) {
            assertThat(type.getPackage().isAnnotationPresent(NullMarked.class)).as(type.getPackageName()).isTrue();
        }
    }
}
