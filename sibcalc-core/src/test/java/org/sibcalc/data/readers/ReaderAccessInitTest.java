package org.sibcalc.data.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/**
 * CareData and ReaderAccess first used by two threads at once, as the main thread (making a builder) and the
 * episodes file's thread (checking its first row) are at the start of every run: neither waits for the other
 * for ever. Each round loads both classes afresh, in a class loader of its own, and starts the two threads
 * together.
 */
class ReaderAccessInitTest {

    @Test
    void careDataAndReaderAccessInitialisedByTwoThreadsAtOnceDoNotWaitForEachOther() throws Exception {
        List<URL> path = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            path.add(url(entry));
        }
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        for (int round = 0; round < 40; round++) {
            try (URLClassLoader loader = new URLClassLoader(path.toArray(URL[]::new),
                    ClassLoader.getPlatformClassLoader())) {
                CyclicBarrier start = new CyclicBarrier(2);
                Thread builder = thread(failures, () -> {
                    start.await();
                    Class.forName("org.sibcalc.data.CareData", true, loader).getMethod("builder").invoke(null);
                });
                Thread reader = thread(failures, () -> {
                    start.await();
                    Method check = Class.forName("org.sibcalc.data.readers.ReaderAccess", true, loader).getMethod(
                            "checkEpisode", char[].class, int.class, int.class, int.class, int.class, String.class,
                            String.class);
                    check.invoke(null, "P1".toCharArray(), 0, 2, 17_000, 17_010, "CARE", "");
                });
                builder.join(10_000);
                reader.join(10_000);
                assertThat(builder.isAlive() || reader.isAlive()).as("round %d: the two threads wait for each other",
                        round).isFalse();
            }
        }
        assertThat(failures).isEmpty();
    }

    /** A failing task of a thread. */
    private interface Task {
        void run() throws Exception;
    }

    private static Thread thread(ConcurrentLinkedQueue<Throwable> failures, Task task) {
        Thread thread = new Thread(() -> {
            try {
                task.run();
            } catch (Exception | Error e) {
                failures.add(e);
            }
        });
        thread.setDaemon(true); // one that waits for ever must not keep the test's JVM alive
        thread.start();
        return thread;
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
