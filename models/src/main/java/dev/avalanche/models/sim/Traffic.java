package dev.avalanche.models.sim;

import dev.avalanche.engine.Event;
import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distribution;
import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.RequestMix;
import dev.avalanche.models.config.Retry;
import dev.avalanche.models.config.Users;
import dev.avalanche.models.workload.ClosedLoop;
import dev.avalanche.models.workload.PoissonArrivals;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Where requests come from: new intents (open or closed loop), the refreshes of users who lost
 * patience, and the retries of users' applications after an error answer (a new request of the
 * same intent, at most {@code maxAttempts - 1} per intent).
 */
abstract class Traffic {

    /** Builds the traffic once the flow it feeds exists. */
    @FunctionalInterface
    interface Factory {
        Traffic create(Flow flow);
    }

    final Flow flow;
    private final Users.Refresh refresh;
    private final RandomStream refreshStream;
    private final KindPicker kinds;
    /** The application's retries of error answers; null when it makes none. */
    private final Retry retry;
    private final RandomStream retryStream;

    Traffic(Flow flow, Users users, Streams streams, KindPicker kinds) {
        this.flow = flow;
        this.refresh = users.refresh();
        this.refreshStream = streams.refresh();
        this.kinds = kinds;
        this.retry = users.retry().orElse(null);
        this.retryStream = retry == null ? null : streams.userRetry();
    }

    static Factory of(Users users, RequestMix mix, long durationNanos, Streams streams) {
        KindPicker kinds = KindPicker.of(mix, streams);
        return switch (users.arrivals()) {
            case Arrivals.Open open -> flow -> new Open(flow, users, streams, kinds, open.rate(), durationNanos);
            case Arrivals.Closed closed -> flow -> new Closed(flow, users, streams, kinds, closed);
        };
    }

    abstract void start();

    /** Sends the first request of a new intent. */
    final void newIntent() {
        Intent intent = new Intent(flow.sim.nowNanos() >= flow.metrics.warmupNanos(), kinds.next());
        flow.metrics.intent(intent);
        flow.send(intent, false);
    }

    /** The user of {@code r} has its outcome: maybe refresh, else the intent is over. */
    final void resolved(Request r, Outcome outcome) {
        Intent intent = r.intent;
        if (outcome == Outcome.ABANDONED && refresh.enabled() && intent.refreshes < refresh.max()
                && refreshStream.nextDouble() < refresh.probability()) {
            intent.refreshes++;
            flow.sim.schedule(SimDuration.ofNanos(Flow.seconds(refresh.delay().sample(refreshStream))),
                    () -> flow.send(intent, false));
            return;
        }
        if (retry != null && outcome.retryable() && intent.retries < retry.maxAttempts() - 1) {
            intent.retries++;
            long wait = retry.backoffNanos(intent.retries, retryStream.nextDouble());
            flow.sim.schedule(SimDuration.ofNanos(wait), () -> flow.send(intent, true));
            return;
        }
        intentOver();
    }

    /** Called once per intent, when its last request has its outcome. */
    abstract void intentOver();

    /** A Poisson process of intents whose rate follows a profile ({@link PoissonArrivals}, as live mode draws it). */
    private static final class Open extends Traffic {
        private final PoissonArrivals arrivals;
        private final Event next = new Event() {
            @Override
            protected void fire() {
                arrival();
            }
        };

        Open(Flow flow, Users users, Streams streams, KindPicker kinds, Profile rate, long endNanos) {
            super(flow, users, streams, kinds);
            this.arrivals = new PoissonArrivals(rate, endNanos, streams.arrivals());
        }

        @Override
        void start() {
            scheduleNext();
        }

        private void scheduleNext() {
            long now = flow.sim.nowNanos();
            OptionalLong at = arrivals.nextCandidate(now);
            if (at.isPresent()) {
                flow.sim.scheduleNanos(next, at.getAsLong() - now);
            }
        }

        private void arrival() {
            if (arrivals.keeps(flow.sim.nowNanos())) {
                newIntent();
            }
            scheduleNext();
        }

        @Override
        void intentOver() {
        }
    }

    /** {@code concurrency} clients sending back to back until {@code requests} were sent, like ab ({@link ClosedLoop}). */
    private static final class Closed extends Traffic {
        private final Arrivals.Closed config;
        private final Distribution think;
        private final RandomStream thinkStream;
        private long started;
        private long over;
        /** Starts asked for while a start was being sent (see {@link #next()}). */
        private long due;
        private boolean sending;
        /** Clients that start when the lone first request ends (firstAlone). */
        private long waiting;
        /**
         * The events that start a client's next request after its ramp-up offset or think time, each
         * reused once it fired ({@link #idleWakes}); when the last request is over, those still pending
         * are cancelled, so that nothing of the traffic moves the clock on (a ramp-up or a think time
         * far longer than the run would otherwise carry the run's end, and its time series, along).
         */
        private final List<Wake> wakes = new ArrayList<>();
        private final ArrayDeque<Wake> idleWakes = new ArrayDeque<>();

        Closed(Flow flow, Users users, Streams streams, KindPicker kinds, Arrivals.Closed config) {
            super(flow, users, streams, kinds);
            this.config = config;
            this.think = config.think();
            this.thinkStream = streams.think();
        }

        @Override
        void start() {
            long first = ClosedLoop.firstWave(config);
            waiting = ClosedLoop.clients(config) - first;
            startClients(first);
        }

        /** Starts {@code clients} clients, evenly over the ramp-up from now. */
        private void startClients(long clients) {
            long ramp = config.rampUp().nanos();
            for (long i = 0; i < clients; i++) {
                long at = ClosedLoop.startOffsetNanos(i, clients, ramp);
                if (at == 0) {
                    next();
                } else {
                    nextAfter(at);
                }
            }
        }

        /**
         * Starts the next request, if any is left. A request can end inside the call that sends it
         * (a refused connection), which starts the next: those starts are queued and sent by the
         * outermost call in turn, so the stack stays flat however many requests are refused in a row.
         */
        private void next() {
            due++;
            if (sending) {
                return;
            }
            sending = true;
            try {
                while (due > 0) {
                    due--;
                    if (started >= config.requests()) {
                        due = 0;
                        return;
                    }
                    started++;
                    newIntent();
                }
            } finally {
                sending = false;
            }
        }

        @Override
        void intentOver() {
            if (++over == config.requests()) {
                wakes.forEach(Wake::cancel);
                flow.trafficOver();
                return;
            }
            if (waiting > 0) {
                long others = waiting;
                waiting = 0;
                startClients(others);
            }
            double pause = think == null ? 0 : think.sample(thinkStream);
            if (pause <= 0) {
                next();
            } else {
                nextAfter(Flow.seconds(pause));
            }
        }

        /** {@link #next()} in {@code nanos}. */
        private void nextAfter(long nanos) {
            Wake w = idleWakes.poll();
            if (w == null) {
                w = new Wake();
                wakes.add(w);
            }
            flow.sim.scheduleNanos(w, nanos);
        }

        private final class Wake extends Event {
            @Override
            protected void fire() {
                idleWakes.push(this);
                next();
            }
        }
    }
}
