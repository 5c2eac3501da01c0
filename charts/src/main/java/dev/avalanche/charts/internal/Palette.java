package dev.avalanche.charts.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Polygon;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The fixed colours and strokes of every chart, so that a metric (in single-variant charts) or a
 * variant (in comparison charts) has the same colour wherever it appears. Colours are the
 * Okabe-Ito colour-blind-safe set, plus a few darker tones where a metric needs its own.
 */
public final class Palette {

    static {
        Headless.ensure();
    }

    public static final Color INTENTS = new Color(0x7F7F7F);
    public static final Color SENT = new Color(0xE69F00);
    public static final Color COMPLETED = new Color(0x0072B2);
    public static final Color GOODPUT = new Color(0x009E73);
    public static final Color REJECTED = new Color(0xD55E00);
    public static final Color P50 = new Color(0x56B4E9);
    public static final Color P99 = new Color(0xCC79A7);
    public static final Color BUSY = new Color(0x332288);
    public static final Color BACKLOG = new Color(0xB8860B);
    public static final Color FACTOR = new Color(0x882255);
    /** Reference lines: the users' patience, the worker capacity, the normal third-party factor. */
    public static final Color REFERENCE = new Color(0x222222);
    public static final Color GRID = new Color(0xDDDDDD);

    /** Variant colours, by the variant's position in the run (or the sweep); wraps after the last. */
    private static final List<Color> VARIANTS = List.of(new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x222222), new Color(0x882255));

    public static final Stroke SOLID = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke THIN = new BasicStroke(1.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke DASHED = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {6f, 4f}, 0f);
    public static final Stroke DOTTED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {2f, 3f}, 0f);
    /** A legend entry that names a colour rather than a line (a variant, a metric). */
    public static final Stroke SWATCH = new BasicStroke(3.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    public static final Stroke REFERENCE_LINE = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {10f, 4f, 2f, 4f}, 0f);

    /** Shaded spans behind the lines: the third party's slowdown and the warm-up, light enough to read lines over. */
    public static final Color SLOWDOWN = new Color(213, 94, 0, 34);
    public static final Color WARMUP = new Color(120, 120, 120, 40);

    /** The percentiles' colours over time, lowest percentile first (light blue to dark purple). */
    private static final List<Color> PERCENTILES = List.of(new Color(0x56B4E9), new Color(0x0072B2), new Color(0xCC79A7),
            new Color(0x882255), new Color(0xD55E00), new Color(0x332288), new Color(0x117733), new Color(0x999933));

    /** Marker shapes by variant, so that lines lying on each other are told apart without colour. */
    private static final List<Shape> SHAPES = List.of(new Ellipse2D.Double(-4, -4, 8, 8), new Rectangle2D.Double(-4, -4, 8, 8),
            new Polygon(new int[] {0, 5, -5}, new int[] {-5, 4, 4}, 3), new Polygon(new int[] {0, 5, 0, -5}, new int[] {-5, 0, 5, 0}, 4),
            new Polygon(new int[] {-5, 5, 0}, new int[] {-4, -4, 5}, 3));

    private Palette() {
    }

    /** The colour of the {@code rank}-th (0-based, lowest first) of the percentiles drawn over time. */
    public static Color percentile(int rank) {
        return PERCENTILES.get(Math.floorMod(rank, PERCENTILES.size()));
    }

    /** The marker of the variant at {@code index}. */
    public static Shape shape(int index) {
        return SHAPES.get(Math.floorMod(index, SHAPES.size()));
    }

    /**
     * The stroke of the variant at {@code index} of {@code count}: the first variants wider, as they
     * are drawn first, underneath, so that identical lines show as a band of both colours.
     */
    public static Stroke variantStroke(int index, int count, boolean dashed) {
        float width = 1.6f + (count <= 1 ? 0 : 2.0f * (count - 1 - index) / (count - 1));
        return dashed ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f)
                : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** The colour of the variant at {@code index} (0-based) in its run or sweep. */
    public static Color variant(int index) {
        return VARIANTS.get(Math.floorMod(index, VARIANTS.size()));
    }
}
