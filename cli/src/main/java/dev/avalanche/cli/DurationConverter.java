package dev.avalanche.cli;

import dev.avalanche.scenarios.internal.Durations;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a duration the way scenario files write them ({@code 2s}, {@code 650ms}, {@code 5m30s}, a plain number of seconds), as seconds. */
final class DurationConverter implements ITypeConverter<Double> {

    @Override
    public Double convert(String value) {
        return Durations.parse(value.strip()).map(n -> n / 1e9).orElseThrow(() -> new TypeConversionException(
                "got '" + value + "'; allowed a duration such as 600ms, 2s, 10m, 5m30s, 250us, or a number of seconds"));
    }
}
