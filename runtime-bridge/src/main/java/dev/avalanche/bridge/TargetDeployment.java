package dev.avalanche.bridge;

import dev.avalanche.bridge.internal.load.ClientLog;
import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.bridge.internal.run.LiveSummary;
import dev.avalanche.bridge.internal.stub.ThirdPartyStub;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.result.LatencySummary;
import java.util.List;
import java.util.Optional;

/**
 * Someone else's server ({@code --target}): nothing of ours serves, so only what the users see is
 * measured; the stub runs when the scenario calls third parties, for the target to be told where
 * they answer.
 *
 * <p>Thread contract: as {@link Deployment}'s.
 */
final class TargetDeployment implements Deployment {

    private final LiveTarget target;
    private final Optional<ThirdPartyStub> stub;

    TargetDeployment(LiveTarget target, Optional<ThirdPartyStub> stub) {
        this.target = target;
        this.stub = stub;
    }

    @Override
    public LiveTarget target() {
        return target;
    }

    @Override
    public void play() {
    }

    @Override
    public long synRetransmissions() {
        return 0;
    }

    @Override
    public long stubCpuNanos() {
        return stub.map(ThirdPartyStub::cpuNanos).orElse(0L);
    }

    @Override
    public Optional<LatencySummary> stubLateness() {
        return stub.map(ThirdPartyStub::lateness);
    }

    @Override
    public long end(LiveClock clock, ClientLog log, long usersEndNanos, long untilWallNanos) {
        return usersEndNanos;
    }

    @Override
    public LiveSummary.Summary summarize(String variant, ModelConfig cfg, LiveClock clock, ClientLog log, long synBefore,
            long endNanos) {
        return LiveSummary.ofTarget(variant, cfg, clock, log, endNanos);
    }

    @Override
    public LiveNotes.Facts facts(boolean truncated, boolean stopped, LiveRun.CpuUse cpu,
            Optional<LatencySummary> stubLateness) {
        return new LiveNotes.Facts(truncated, stopped, stub.orElse(null), List.of(), Optional.empty(), cpu,
                stubLateness.orElse(null));
    }

    @Override
    public List<Long> taken() {
        return List.of();
    }

    @Override
    public void close() {
        stub.ifPresent(ThirdPartyStub::close);
    }
}
