/**
 * The discrete-event kernel: exact simulated time ({@link dev.avalanche.engine.SimTime},
 * {@link dev.avalanche.engine.SimDuration}), events and the {@link dev.avalanche.engine.Simulation}
 * that fires them in (time, priority, insertion) order. It knows nothing of HTTP, servers or users:
 * models build on it, it never builds on them.
 */
package dev.avalanche.engine;
