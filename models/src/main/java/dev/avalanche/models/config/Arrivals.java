package dev.avalanche.models.config;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distribution;

/** How intents (a user wanting a page) arrive. */
public sealed interface Arrivals {

    /**
     * Open loop: a Poisson process of intents whose rate (per second) follows {@code rate} over
     * time; arrivals do not wait for responses.
     */
    record Open(Profile rate) implements Arrivals {
        public Open {
            Check.present("rate", rate);
            if (rate.max() <= 0) {
                throw Check.invalid("rate", 0, "a rate > 0 at some time (intents per second)");
            }
        }
    }

    /**
     * Closed loop, like {@code ab -c concurrency -n requests}: {@code concurrency} clients, each
     * sending its next request as soon as its previous one ended (plus {@code think}), until
     * {@code requests} have been sent in all.
     *
     * @param think seconds between a response and the client's next request; null means none
     * @param rampUp the clients start one after another, evenly over this span (ab opens its
     *     connections in a loop, tens of microseconds apart, not all at one instant)
     * @param firstAlone one client sends the first request alone; the others start (over
     *     {@code rampUp}) when its response arrives, as ab 2.4 does to learn that the server answers:
     *     ab's "time taken" includes that lone request
     */
    record Closed(int concurrency, long requests, Distribution think, SimDuration rampUp, boolean firstAlone)
            implements Arrivals {
        public Closed {
            Check.atLeast("concurrency", concurrency, 1);
            Check.atLeast("requests", requests, 1);
            rampUp = rampUp == null ? SimDuration.ZERO : Check.nonNegative("rampUp", rampUp);
        }

        /** All clients start together (over {@code rampUp}). */
        public Closed(int concurrency, long requests, Distribution think, SimDuration rampUp) {
            this(concurrency, requests, think, rampUp, false);
        }
    }
}
