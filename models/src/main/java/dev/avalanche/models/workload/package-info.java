/**
 * The workload's rules that simulation and live mode both play, written once so that the two
 * agree by construction: the open loop's Poisson arrivals by thinning ({@link
 * dev.avalanche.models.workload.PoissonArrivals}), the closed loop's start of its clients ({@link
 * dev.avalanche.models.workload.ClosedLoop}), and the names of the random streams each source of
 * randomness draws from ({@link dev.avalanche.models.workload.StreamNames}), so that the same seed
 * draws the same arrivals, patience and refreshes on both sides. The kernel's handshake rules — the
 * SYN retransmission schedule and count, the accept queue's {@code backlog + 1} capped by
 * {@code somaxconn} — are the scenario's {@link dev.avalanche.models.config.LinuxTcp}, which both
 * sides also read. Nothing here keeps a clock: the simulator calls these rules on simulated time,
 * live mode on scenario time mapped to the wall.
 */
package dev.avalanche.models.workload;
