package dev.avalanche.engine;

import java.util.List;

/** A test event that writes {@code label@now} into a shared log when it fires. */
final class Mark extends Event {

    private final Simulation sim;
    private final String label;
    private final List<String> log;

    Mark(Simulation sim, String label, List<String> log) {
        this.sim = sim;
        this.label = label;
        this.log = log;
    }

    @Override
    protected void fire() {
        log.add(label + "@" + sim.now());
    }
}
