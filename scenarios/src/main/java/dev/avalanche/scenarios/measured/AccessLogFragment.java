package dev.avalanche.scenarios.measured;

import static dev.avalanche.scenarios.measured.YamlNumbers.duration;
import static dev.avalanche.scenarios.measured.YamlNumbers.fixed;
import static dev.avalanche.scenarios.measured.YamlNumbers.plain;

import dev.avalanche.models.fit.ProfileFit;
import dev.avalanche.models.fit.RequestKinds;
import dev.avalanche.models.fit.ServiceTimeFit;
import dev.avalanche.scenarios.accesslog.AccessLogStats;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A scenario fragment fitted from an access log: the arrival profile over the day
 * ({@code users.arrivals.profile}, piecewise-linear, the peak a corner), the response time in its
 * quiet periods ({@code services.app}, what a request waits for when little queues), and the
 * request mix by path template as a commented {@code requests:} block (the format's mix is not
 * merged yet). Every number says how it was fitted and how sure it is.
 */
public final class AccessLogFragment {

    /** The profile's bins: five minutes. */
    public static final int PROFILE_BINS = 288;
    /** Quiet periods: the ten-minute bins of lowest rate, at least this fraction of them ... */
    static final double QUIET_SHARE = 0.25;
    /** ... and at least this many response times. */
    static final int QUIET_SAMPLES = 200;

    private AccessLogFragment() {
    }

    /**
     * What to write.
     *
     * @param source the log's name, for the comments
     * @param format the format's name
     * @param maxPoints the profile's corners at most (3 or more)
     * @param tolerance stop adding corners when every bin is within this fraction of the peak
     * @param topKinds the request kinds listed before "other"
     */
    public record Options(String source, String format, int maxPoints, double tolerance, int topKinds) {
    }

    /** The fitted parts, for the command's summary and for tests. */
    public record Fits(ProfileFit profile, Optional<ServiceTimeFit> quiet, int quietBins, double quietMaxRate,
            List<RequestKinds.Kind> kinds) {
    }

    /** Fits {@code stats}. */
    public static Fits fit(AccessLogStats stats, Options o) {
        long[] perMinute = stats.perMinute();
        double[] exposure = stats.exposureDays(PROFILE_BINS);
        int per = AccessLogStats.MINUTES / PROFILE_BINS;
        double[] rates = new double[PROFILE_BINS];
        for (int b = 0; b < PROFILE_BINS; b++) {
            long n = 0;
            for (int m = b * per; m < (b + 1) * per; m++) {
                n += perMinute[m];
            }
            rates[b] = exposure[b] > 0 ? n / (exposure[b] * 86_400.0 / PROFILE_BINS) : 0;
        }
        ProfileFit profile = ProfileFit.of(rates, 86_400.0 / PROFILE_BINS, o.maxPoints(), o.tolerance());

        long[] perTen = stats.perTenMinutes();
        double[] tenExposure = stats.exposureDays(AccessLogStats.TEN_MINUTES);
        Integer[] bins = IntStream.range(0, AccessLogStats.TEN_MINUTES).filter(b -> tenExposure[b] > 0 && stats.seconds(b).length > 0)
                .boxed().toArray(Integer[]::new);
        Arrays.sort(bins, Comparator.comparingDouble(b -> perTen[b] / tenExposure[b]));
        List<double[]> quiet = new ArrayList<>();
        int taken = 0;
        int samples = 0;
        double quietMax = 0;
        for (int b : bins) {
            if (taken >= Math.ceil(QUIET_SHARE * bins.length) && samples >= QUIET_SAMPLES) {
                break;
            }
            double[] s = stats.seconds(b);
            quiet.add(s);
            samples += s.length;
            taken++;
            quietMax = perTen[b] / (tenExposure[b] * 600);
        }
        double[] merged = quiet.stream().flatMapToDouble(Arrays::stream).filter(x -> x > 0).toArray();
        Optional<ServiceTimeFit> fit = merged.length >= ServiceTimeFit.MIN_SAMPLES ? Optional.of(ServiceTimeFit.of(merged)) : Optional.empty();
        return new Fits(profile, fit, taken, quietMax, stats.kinds().top(o.topKinds()));
    }

    /** The fragment's YAML text. */
    public static String yaml(AccessLogStats stats, Options o, String version) {
        Fits f = fit(stats, o);
        List<String> out = new ArrayList<>();
        double days = Arrays.stream(stats.exposureDays(1)).sum();
        YamlNumbers.comment(out, "", "Fragment written by `avalanche import access-log` (" + version + ") from " + o.source() + " (--format "
                + o.format() + "): " + stats.lines() + " lines, " + stats.requests() + " requests, " + stats.malformed()
                + " malformed, " + stats.serverErrors() + " answered 5xx; from " + instant(stats.first()) + " to "
                + instant(stats.last()) + " (" + fixed(days, 2) + " days of the log's local time). Merge it into a scenario:"
                + " users.arrivals replaces yours (the scenario's time 0 is midnight: duration: 24h plays the whole day);"
                + " services.app is what a request waits for, for request: calls: [{service: app}].");
        out.add("users:");
        ProfileFit p = f.profile();
        YamlNumbers.comment(out, "  ", "Arrivals per second over the day: requests per 5 minutes of the day, divided by how many days the log"
                + " covers there, as a polyline of " + p.points().size() + " corners (at most " + o.maxPoints() + ", added where"
                + " it was furthest off until every 5 minutes is within " + plain(o.tolerance() * 100) + "% of the peak); the"
                + " peak " + plain(p.peakRate()) + "/s at " + clock(p.peakAtSeconds()) + " is a corner; mean " + plain(p.meanRate())
                + "/s; the worst 5 minutes are off by " + plain(p.maxError()) + "/s (" + fixed(100 * p.maxError() / Math.max(1e-12,
                p.peakRate()), 1) + "% of the peak). Each corner is a 5-minute mean, itself uncertain by about its square root.");
        out.add("  arrivals:");
        out.add("    profile:");
        for (ProfileFit.Corner c : p.points()) {
            out.add("      - {at: " + hms(c.atSeconds()) + ", rate: " + plain(c.rate()) + "}");
        }
        out.add("services:");
        if (f.quiet().isPresent()) {
            ServiceTimeFit q = f.quiet().get();
            YamlNumbers.comment(out, "  ", "Response time in quiet periods: the " + f.quietBins() + " ten-minute bins of the day with the"
                    + " lowest rate (up to " + plain(f.quietMaxRate()) + "/s; at least a quarter of them and "
                    + QUIET_SAMPLES + " response times), where little queues; " + YamlNumbers.describe(q) + ". 5xx left out."
                    + " It includes whatever the service waits for and its own CPU; timeout 30s is not from the log.");
            String dist = q.family() == ServiceTimeFit.Family.CONSTANT ? duration(q.scale()) : YamlNumbers.distribution(q);
            out.add("  app: {latency: " + dist + ", timeout: 30s}");
        } else {
            YamlNumbers.comment(out, "  ", "No response times in this log (--format " + o.format() + " has none, or too few): give app's"
                    + " latency from calibrate, or log nginx's $request_time.");
            out.add("  app: {latency: 100ms, timeout: 30s}   # NOT MEASURED: a placeholder");
        }
        YamlNumbers.comment(out, "", "Request mix: method and path template (query dropped; digits, UUIDs and long tokens collapsed to {id},"
                + " {uuid}, {token}), the top " + Math.min(o.topKinds(), stats.kinds().distinct()) + " of " + stats.kinds().distinct() + " kinds by share and the rest"
                + " as other. Commented out until the scenario format's request mix (requests:) is merged: copy it then,"
                + " giving each kind its work plan.");
        out.add("# requests:");
        for (RequestKinds.Kind k : f.kinds()) {
            out.add("#   - {name: \"" + k.kind().replace("\"", "'") + "\", share: " + fixed(k.share(), 4) + "}   # " + k.count()
                    + " requests" + (Double.isNaN(k.meanSeconds()) ? "" : ", mean response " + duration(k.meanSeconds())));
        }
        return String.join("\n", out) + "\n";
    }

    private static String instant(long epochSecond) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", java.util.Locale.ROOT)
                .format(LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC));
    }

    /** Seconds since midnight as hh:mm. */
    private static String clock(double seconds) {
        int s = (int) seconds;
        return String.format(java.util.Locale.ROOT, "%02d:%02d", s / 3600, s / 60 % 60);
    }

    /** Seconds as a duration of the format: 7h32m30s, 2m30s, 0s. */
    static String hms(double seconds) {
        long s = Math.round(seconds);
        if (s == 0) {
            return "0s";
        }
        StringBuilder b = new StringBuilder();
        if (s >= 3600) {
            b.append(s / 3600).append('h');
        }
        if (s % 3600 >= 60) {
            b.append(s % 3600 / 60).append('m');
        }
        if (s % 60 > 0) {
            b.append(s % 60).append('s');
        }
        return b.toString();
    }
}
