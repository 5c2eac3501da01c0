package dev.avalanche.bridge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Linux limits a live run on loopback can hit, as read from {@code /proc}.
 *
 * @param openFiles the soft limit on open file descriptors ({@code ulimit -n}); {@link Long#MAX_VALUE} when unlimited
 * @param somaxconn {@code net.core.somaxconn}: the kernel silently caps every listen backlog at it
 * @param portLow the first port of {@code net.ipv4.ip_local_port_range}
 * @param portHigh the last port of that range
 */
public record HostLimits(long openFiles, int somaxconn, int portLow, int portHigh) {

    /** @throws IllegalArgumentException when a value is negative or the port range is empty */
    public HostLimits {
        if (openFiles < 0 || somaxconn < 0 || portLow < 0 || portHigh < portLow) {
            throw new IllegalArgumentException("host limits: got openFiles=" + openFiles + ", somaxconn=" + somaxconn
                    + ", ports " + portLow + ".." + portHigh + "; allowed non-negative values and portLow <= portHigh");
        }
    }

    /** How many local ports outgoing connections can use. */
    public int ephemeralPorts() {
        return portHigh - portLow + 1;
    }

    /** The limits of this machine; empty when {@code /proc} does not have them (not Linux). */
    public static Optional<HostLimits> read() {
        return read(Path.of("/proc"));
    }

    /**
     * The limits found under {@code procRoot} (a copy of {@code /proc} in tests); empty when a file is
     * missing or unreadable.
     *
     * @throws IllegalArgumentException when a file exists but does not read as the kernel writes it
     */
    public static Optional<HostLimits> read(Path procRoot) {
        try {
            long files = openFiles(text(procRoot.resolve("self/limits")).lines().toList(), procRoot);
            int somaxconn = Integer.parseInt(text(procRoot.resolve("sys/net/core/somaxconn")).strip());
            String[] range = text(procRoot.resolve("sys/net/ipv4/ip_local_port_range")).strip().split("\\s+");
            if (range.length != 2) {
                throw new IllegalArgumentException(procRoot.resolve("sys/net/ipv4/ip_local_port_range") + ": got '"
                        + String.join(" ", range) + "'; allowed two port numbers");
            }
            return Optional.of(new HostLimits(files, somaxconn, Integer.parseInt(range[0]), Integer.parseInt(range[1])));
        } catch (IOException e) {
            return Optional.empty();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(procRoot + ": a limit is not a number: " + e.getMessage(), e);
        }
    }

    /** The whole file: {@code Files.readString} trusts the size, which procfs reports as 0, and reads one byte. */
    private static String text(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    private static long openFiles(java.util.List<String> limits, Path procRoot) {
        for (String line : limits) {
            if (line.startsWith("Max open files")) {
                String soft = line.substring("Max open files".length()).strip().split("\\s+")[0];
                return soft.equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(soft);
            }
        }
        throw new IllegalArgumentException(procRoot.resolve("self/limits")
                + ": got no 'Max open files' line; allowed the kernel's format");
    }
}
