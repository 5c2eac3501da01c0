package dev.avalanche.cli;

import dev.avalanche.bridge.StopSignal;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT, or SIGTERM) during a live run: a shutdown hook stops the run through its
 * {@link StopSignal}, waits up to {@link #WAIT_SECONDS} for the command to write its partial
 * results and call {@link #finished} (or {@link #close}), then ends the JVM with exit code 1.
 * Without a signal, {@link #close} removes the hook. Tests stop {@link #signal()} directly instead of sending a signal.
 */
final class StopOnInterrupt implements AutoCloseable {

    /** How long the hook waits for the partial results: the stop's grace, the server's idle wait, the charts. */
    static final long WAIT_SECONDS = 60;

    private final StopSignal signal;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    StopOnInterrupt(StopSignal signal) {
        this.signal = signal;
        this.hook = new Thread(this::onShutdown, "avalanche-stop-on-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        StopNotice.say(null); // this hook says what was written
    }

    StopSignal signal() {
        return signal;
    }

    /** The partial results are written: the hook may end the JVM. */
    void finished() {
        finished.countDown();
    }

    /**
     * Runs a command's body. When the run was stopped and the body fails (writing during the JVM's
     * shutdown), the failure is reported here, as {@link FailureHandler} would, before the hook may
     * end the JVM; otherwise it propagates.
     */
    int guard(picocli.CommandLine cmd, java.util.concurrent.Callable<Integer> body) throws Exception {
        try {
            return body.call();
        } catch (Exception e) {
            if (!signal.isStopped()) {
                throw e;
            }
            new FailureHandler().handleExecutionException(e, cmd, null);
            cmd.getErr().flush();
            return ExitCodes.FAILURE;
        }
    }

    private void onShutdown() {
        signal.stop();
        try {
            if (finished.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                Runtime.getRuntime().halt(ExitCodes.FAILURE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Removes the hook; when the JVM is already shutting down, lets the hook end it (exit 1) now. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            finished();
        }
    }
}
