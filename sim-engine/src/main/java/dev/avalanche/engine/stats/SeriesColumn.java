package dev.avalanche.engine.stats;

/** A source of one or more {@link TimeSeries} columns: it accumulates the open interval and writes its row when it closes. */
abstract sealed class SeriesColumn permits SeriesCounter, SeriesLevel, SeriesLatency {

    final TimeSeries series;
    final String name;

    SeriesColumn(TimeSeries series, String name) {
        this.series = series;
        this.name = name;
    }

    /** Writes the open interval's value(s) into {@code data[column][row]} and starts the next interval at {@code endNanos}. */
    abstract void closeInterval(long endNanos, double[][] data, int row);
}
