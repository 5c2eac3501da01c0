/**
 * Access logs read as a stream, in constant memory: nginx's combined format with
 * {@code $request_time} last, the plain combined format (no response times), uWSGI's default
 * request log, and CSV with a header. {@link dev.avalanche.scenarios.accesslog.AccessLogReader}
 * counts arrivals per minute of the day, keeps a thinned sample of response times per ten minutes
 * and the request mix by path template, and counts malformed lines (the first few with their line
 * numbers); the fits are {@code dev.avalanche.models.fit}'s.
 */
package dev.avalanche.scenarios.accesslog;
