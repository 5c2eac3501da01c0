package dev.avalanche.scenarios.accesslog;

/**
 * One request of an access log.
 *
 * @param epochSecond when it was logged, the log's local time read as UTC (the offset is ignored:
 *     the profile is over the log's own day)
 * @param method the HTTP method
 * @param path the request target as logged
 * @param status the HTTP status, 0 when the log does not say
 * @param seconds the response time, NaN when the format has none
 */
public record LogEntry(long epochSecond, String method, String path, int status, double seconds) {
}
