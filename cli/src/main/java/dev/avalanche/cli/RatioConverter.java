package dev.avalanche.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a ratio from 0 to 1 written as {@code 0.05} or {@code 5%}, as --fail-on's ratios are written. */
final class RatioConverter implements ITypeConverter<Double> {

    @Override
    public Double convert(String value) {
        String v = value.strip();
        boolean percent = v.endsWith("%");
        double r;
        try {
            r = Double.parseDouble(percent ? v.substring(0, v.length() - 1).strip() : v) / (percent ? 100 : 1);
        } catch (NumberFormatException e) {
            r = Double.NaN;
        }
        if (!(r >= 0 && r <= 1)) {
            throw new TypeConversionException("got " + value + "; allowed a ratio from 0 to 1, such as 0.05 or 5%");
        }
        return r;
    }
}
