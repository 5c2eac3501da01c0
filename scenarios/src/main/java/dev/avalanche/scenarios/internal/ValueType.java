package dev.avalanche.scenarios.internal;

import java.util.List;

/**
 * The type of a field of the scenario format, with the range it allows: what the documentation
 * shows and the JSON Schema checks. The binder reads each type with its {@link Values} reader; the
 * records of the model check the ranges again in their constructors.
 */
sealed interface ValueType {

    /** The type as the documentation names it, such as "duration" or "integer". */
    String name();

    /** The allowed range in words, or "" when the type says it all. */
    default String range() {
        return "";
    }

    /**
     * A duration string with its unit; {@code positive}: more than 0. Every duration is at most
     * 100000h (the model's records check both).
     */
    record Duration(boolean positive) implements ValueType {
        @Override
        public String name() {
            return "duration";
        }

        @Override
        public String range() {
            return positive ? "> 0, at most 100000h" : "0 to 100000h";
        }
    }

    /** An integer of at least {@code min}; {@code wide}: in long range (else int range). */
    record Int(long min, boolean wide) implements ValueType {
        @Override
        public String name() {
            return "integer";
        }

        @Override
        public String range() {
            return ">= " + min;
        }

        long max() {
            return wide ? Long.MAX_VALUE : Integer.MAX_VALUE;
        }
    }

    /** Any integer in long range (a seed). */
    record AnyLong() implements ValueType {
        @Override
        public String name() {
            return "integer";
        }
    }

    /** A number from {@code min} (exclusive when {@code above}) to {@code max} (null: unbounded). */
    record Num(double min, boolean above, Double max) implements ValueType {
        @Override
        public String name() {
            return "number";
        }

        @Override
        public String range() {
            String low = (above ? "> " : ">= ") + Format.number(min);
            return max == null ? low : (above ? "(" : "[") + Format.number(min) + ", " + Format.number(max) + "]";
        }
    }

    record Bool() implements ValueType {
        @Override
        public String name() {
            return "boolean";
        }
    }

    /** A byte count: an integer or a number with a unit. */
    record Bytes() implements ValueType {
        @Override
        public String name() {
            return "size in bytes";
        }

        @Override
        public String range() {
            return ">= 0";
        }
    }

    /** Any text. */
    record Text() implements ValueType {
        @Override
        public String name() {
            return "text";
        }
    }

    /** Text matching {@code regex} (a Java and ECMA-262 regular expression, whole text). */
    record Name(String regex) implements ValueType {
        @Override
        public String name() {
            return "name";
        }

        @Override
        public String range() {
            return "matches " + regex;
        }
    }

    /** One of {@code names}. */
    record Choice(List<String> names) implements ValueType {
        @Override
        public String name() {
            return "choice";
        }

        @Override
        public String range() {
            return String.join(", ", names);
        }
    }

    /** A pool size: an integer >= 0, or {@code unbounded} (0). */
    record PoolSize() implements ValueType {
        @Override
        public String name() {
            return "integer or unbounded";
        }

        @Override
        public String range() {
            return ">= 1; 0 or unbounded: no limit (virtual-threads only)";
        }
    }

    /** A distribution of durations (see {@link Format#DISTRIBUTIONS}). */
    record Dist() implements ValueType {
        @Override
        public String name() {
            return "distribution";
        }
    }

    /** A mixture's components: distributions, each with a {@code weight} > 0. */
    record Components() implements ValueType {
        @Override
        public String name() {
            return "list of distributions";
        }

        @Override
        public String range() {
            return "at least one; each with weight > 0";
        }
    }

    /** A piecewise-linear profile over time whose points call their value {@code valueKey}. */
    record Profile(String valueKey) implements ValueType {
        @Override
        public String name() {
            return "profile";
        }

        @Override
        public String range() {
            return "at least one point; times in order; " + valueKey + " >= 0";
        }
    }

    /** A mapping of the format. */
    record Nested(Shape shape) implements ValueType {
        @Override
        public String name() {
            return "mapping";
        }
    }

    /** A list of mappings. */
    record ListOf(Shape shape) implements ValueType {
        @Override
        public String name() {
            return "list";
        }
    }

    /** A mapping from names matching {@code keyRegex} to mappings of {@code shape}. */
    record MapOf(String keyRegex, Shape shape) implements ValueType {
        @Override
        public String name() {
            return "mapping of names";
        }

        @Override
        public String range() {
            return "names match " + keyRegex;
        }
    }

    /** Variants: names matching {@code keyRegex} to mappings from dotted paths to values. */
    record Overrides(String keyRegex) implements ValueType {
        @Override
        public String name() {
            return "mapping of names";
        }

        @Override
        public String range() {
            return "names match " + keyRegex;
        }
    }
}
