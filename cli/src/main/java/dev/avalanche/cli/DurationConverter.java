package dev.avalanche.cli;

import dev.avalanche.scenarios.internal.Durations;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a duration the way scenario files write them, unit required ({@code 2s}, {@code 650ms},
 * {@code 5m30s}; a bare {@code 2} is refused with "add a unit (2s, 2ms)"), as seconds.
 */
final class DurationConverter implements ITypeConverter<Double> {

    @Override
    public Double convert(String value) {
        return Durations.parse(value.strip()).map(n -> n / 1e9).orElseThrow(() -> new TypeConversionException(
                "got " + value + "; allowed " + Durations.withUnit(value)));
    }
}
