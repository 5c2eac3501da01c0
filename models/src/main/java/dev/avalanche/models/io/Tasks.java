package dev.avalanche.models.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for a file being written on another thread, with its failure rethrown as it was thrown there. */
public final class Tasks {

    private Tasks() {
    }

    /**
     * The task's result, once it has run.
     *
     * @throws IOException the task's own, or {@link InterruptedIOException} when this thread is interrupted while waiting
     * @throws RuntimeException the task's own (an {@link Error} likewise)
     */
    public static <T> T join(Future<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            throw new InterruptedIOException("interrupted while waiting for a file to be written");
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException r -> throw r;
                case Error err -> throw err;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }
}
