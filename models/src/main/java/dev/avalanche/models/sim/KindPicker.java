package dev.avalanche.models.sim;

import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.models.config.RequestMix;

/**
 * Draws each new intent's kind of request by the mix's shares, from the {@code mix} stream of its
 * own. A mix of one draws nothing, so a scenario with a single {@code request} consumes exactly
 * the random numbers it did before mixes existed (its results do not move).
 */
final class KindPicker {

    /** Cumulative shares, the last infinite so that rounding never leaves a draw without a kind. */
    private final double[] upTo;
    private final RandomStream stream;

    private KindPicker(double[] upTo, RandomStream stream) {
        this.upTo = upTo;
        this.stream = stream;
    }

    static KindPicker of(RequestMix mix, Streams streams) {
        double[] upTo = new double[mix.size()];
        double sum = 0;
        for (int i = 0; i < upTo.length; i++) {
            sum += mix.kinds().get(i).share();
            upTo[i] = sum;
        }
        upTo[upTo.length - 1] = Double.POSITIVE_INFINITY;
        return new KindPicker(upTo, mix.mixed() ? streams.mix() : null);
    }

    /** The index of the next intent's kind. */
    int next() {
        if (stream == null) {
            return 0;
        }
        double u = stream.nextDouble();
        int i = 0;
        while (u >= upTo[i]) {
            i++;
        }
        return i;
    }
}
