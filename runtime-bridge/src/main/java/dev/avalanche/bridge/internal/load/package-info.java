/**
 * The users: the {@code LoadGenerator} (closed or open loop by the workload's shared rules,
 * patience, refresh, the balancer's timeout against a target), run in this JVM
 * ({@code InProcessUsers}) or a child JVM ({@code ChildJvmUsers}, told what to do by a
 * {@code UsersSpec}, answering with a {@code ClientLogFile}), and the {@code ClientLog} of what each
 * request's user saw: its outcome ({@code ClientOutcome}) and, when it failed, why
 * ({@code FailureClass}).
 */
package dev.avalanche.bridge.internal.load;
