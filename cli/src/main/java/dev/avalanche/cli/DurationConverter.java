package dev.avalanche.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code 2s}, {@code 650ms}, {@code 250us}, {@code 1m}, {@code 1h} or a plain number of seconds, as seconds. */
final class DurationConverter implements ITypeConverter<Double> {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(us|ms|s|m|h)?");

    @Override
    public Double convert(String value) {
        Matcher m = DURATION.matcher(value.strip());
        if (!m.matches()) {
            throw new TypeConversionException("got '" + value + "'; allowed a duration such as 2s, 650ms, 250us, 1m or a number of seconds");
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "us" -> v / 1e6;
            case "ms" -> v / 1e3;
            case "m" -> v * 60;
            case "h" -> v * 3600;
            default -> v;
        };
    }
}
