package dev.avalanche.models.result;

/**
 * What the mitigations did to one variant's measured requests; present only when the scenario
 * uses one. {@code shed} and {@code shortCircuited} are user outcomes of their own in the
 * conservation identity; {@code retries} are requests sent, counted apart like refreshes, never an
 * outcome; the rest count third-party calls.
 *
 * @param shed requests answered 503 at once by load shedding or the concurrency limit, to a waiting user
 * @param shortCircuited requests answered an error because an open circuit breaker refused a call, to a waiting user
 * @param retries requests sent as the users' application retrying an error answer
 * @param callRetries third-party calls retried by our client
 * @param retriesDenied retries of third-party calls the retry budget refused
 * @param callsRefused third-party calls an open or half-open breaker refused
 * @param fallbacks refused calls answered by the fallback instead
 * @param bulkheadFull third-party calls the bulkhead refused (full, or the wait ran out)
 * @param breakerOpened times a breaker opened
 */
public record Mitigated(long shed, long shortCircuited, long retries, long callRetries, long retriesDenied,
        long callsRefused, long fallbacks, long bulkheadFull, long breakerOpened) {

    public static final Mitigated NONE = new Mitigated(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Mitigated plus(Mitigated o) {
        return new Mitigated(shed + o.shed, shortCircuited + o.shortCircuited, retries + o.retries,
                callRetries + o.callRetries, retriesDenied + o.retriesDenied, callsRefused + o.callsRefused,
                fallbacks + o.fallbacks, bulkheadFull + o.bulkheadFull, breakerOpened + o.breakerOpened);
    }
}
