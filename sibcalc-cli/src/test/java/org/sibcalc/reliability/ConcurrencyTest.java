package org.sibcalc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sibcalc.Calculation;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.StatementJson;

/**
 * One {@link Calculation}, shared by 16 threads that each ask for statements at different reporting dates
 * at the same time, gives exactly the statements one thread gives: a calculation holds no mutable state.
 */
class ConcurrencyTest {

    private static final Path ESSEX = Path.of("examples/essex");
    private static final Path MULTI = Path.of("examples/illustrative-adoption-stages");

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void sixteenThreadsSharingOneCalculationGetWhatOneThreadGets() throws Exception {
        for (Path folder : List.of(ESSEX, MULTI)) {
            Calculation calculation = read(folder);
            List<LocalDate> dates = calculation.terms().measurement().dates();
            List<String> expected = new ArrayList<>();
            for (LocalDate date : dates) {
                expected.add(StatementJson.write(calculation.statement(date)));
            }
            ExecutorService threads = Executors.newFixedThreadPool(16);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<String>>> results = new ArrayList<>();
                for (int t = 0; t < 16; t++) {
                    int offset = t;
                    results.add(threads.submit(() -> {
                        start.await();
                        List<String> got = new ArrayList<>();
                        // Each thread walks the dates from its own place, so different dates run at once.
                        for (int k = 0; k < dates.size(); k++) {
                            int j = (k + offset * 3) % dates.size();
                            got.add(j + "\n" + StatementJson.write(calculation.statement(dates.get(j))));
                        }
                        return got;
                    }));
                }
                start.countDown();
                for (Future<List<String>> result : results) {
                    for (String got : result.get(100, TimeUnit.SECONDS)) {
                        int j = Integer.parseInt(got.substring(0, got.indexOf('\n')));
                        assertThat(got.substring(got.indexOf('\n') + 1)).as("%s at %s", folder, dates.get(j))
                                .isEqualTo(expected.get(j));
                    }
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }

    private static Calculation read(Path folder) {
        InputFiles files = InputFiles.read(folder.resolve("contract.json"), folder.resolve("participants.csv"),
                folder.resolve("episodes.csv"), false);
        assertThat(files.report().errors()).isEmpty();
        return files.calculation();
    }
}
