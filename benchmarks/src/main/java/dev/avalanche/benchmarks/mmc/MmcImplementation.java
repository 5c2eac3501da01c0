package dev.avalanche.benchmarks.mmc;

import java.util.function.Function;
import umontreal.ssj.simevents.eventlist.BinaryTree;
import umontreal.ssj.simevents.eventlist.SplayTree;

/** The ways of running the same M/M/c model that the harness sets side by side. */
public enum MmcImplementation {

    /** The engine through its public API: {@code Simulation} and reusable {@code Event} subclasses. */
    ENGINE("engine (Simulation + Event)", EngineMmc::simulate),
    /** The hand-written primitive-array binary heap, the baseline every ratio is relative to. */
    HAND_WRITTEN("hand-written primitive heap", HandWrittenMmc::simulate),
    /** A {@code java.util.PriorityQueue} of one event object per occurrence. */
    PRIORITY_QUEUE("java.util.PriorityQueue", PriorityQueueMmc::simulate),
    /** SSJ 3.3.2's {@code Simulator} on its {@code BinaryTree} event list. */
    SSJ_BINARY_TREE("SSJ BinaryTree", c -> SsjMmc.simulate(c, BinaryTree::new)),
    /** SSJ 3.3.2's {@code Simulator} on its {@code SplayTree} event list, SSJ's default. */
    SSJ_SPLAY_TREE("SSJ SplayTree", c -> SsjMmc.simulate(c, SplayTree::new));

    private final String label;
    private final Function<MmcConfig, MmcOutcome> simulator;

    MmcImplementation(String label, Function<MmcConfig, MmcOutcome> simulator) {
        this.label = label;
        this.simulator = simulator;
    }

    /** A short human name for tables. */
    public String label() {
        return label;
    }

    /** Runs the experiment once on the calling thread. */
    public MmcOutcome simulate(MmcConfig config) {
        return simulator.apply(config);
    }
}
