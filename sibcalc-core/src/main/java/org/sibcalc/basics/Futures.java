package org.sibcalc.basics;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Work handed to another thread, waited for as if it had been done here. */
public final class Futures {

    private Futures() {
    }

    /**
     * Waits for {@code future} and returns what it gave; what it threw is thrown here as it was thrown there,
     * not wrapped in a {@link CompletionException}.
     *
     * @param <T> what the future gives
     * @param future the work, done or being done on another thread
     * @return what the work gave
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
