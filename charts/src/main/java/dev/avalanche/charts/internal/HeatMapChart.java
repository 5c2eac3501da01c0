package dev.avalanche.charts.internal;

import dev.avalanche.models.result.SweepResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.result.Verdict;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * One swept parameter against another: a panel per variant, each cell coloured by the share of
 * intents served (goodput / intents, from red at 0 through orange to green at 1) and labelled with
 * it and the verdict. Where other parameters vary too, a cell shows the mean share and the worst
 * verdict of the runs it holds. A grid draws blocks, its values evenly spaced as labels; scattered
 * points (a Latin hypercube) draw one dot each on numeric axes.
 */
public final class HeatMapChart {

    /** Beyond this many cells per panel, their labels would overlap: the colours speak alone. */
    private static final int MAX_LABELLED = 144;
    /** Up to this many cells per panel, the verdict is written in full; beyond, its first three letters. */
    private static final int MAX_SPELLED = 64;
    private static final Font CELL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private record Cell(double x, double y, double share, Verdict verdict) {
    }

    private HeatMapChart() {
    }

    /** Parameter {@code a} across, {@code b} up. @throws IndexOutOfBoundsException when either is not a parameter */
    public static JFreeChart heatMap(SweepResult sweep, int a, int b) {
        String across = sweep.parameters().get(a);
        String up = sweep.parameters().get(b);
        TreeMap<Double, String> xs = values(sweep, a);
        TreeMap<Double, String> ys = values(sweep, b);
        Map<String, List<Cell>> byVariant = cells(sweep, a, b);
        boolean grid = byVariant.values().stream().allMatch(c -> c.size() == xs.size() * ys.size());
        ValueAxis yAxis = grid ? symbols(up, ys) : numeric(up);
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(yAxis);
        combined.setGap(16);
        for (Map.Entry<String, List<Cell>> e : byVariant.entrySet()) {
            combined.add(grid ? blocks(e.getKey(), e.getValue(), across, xs, ys) : dots(e.getKey(), e.getValue(), across));
        }
        String others = sweep.parameters().size() > 2 ? "; over the other parameters, the mean share and the worst verdict" : "";
        int most = byVariant.values().stream().mapToInt(List::size).max().orElse(0);
        String abbreviations = most > MAX_SPELLED && most <= MAX_LABELLED ? " (sta: stable, sat: saturated, col: collapsed)" : "";
        JFreeChart chart = Plots.chart(across + " against " + up, "share of intents served (goodput / intents) and verdict"
                + abbreviations + ", a panel per variant" + others, combined, false);
        chart.addSubtitle(legend());
        return chart;
    }

    /** Each distinct value of parameter {@code i} by its number, with its text. */
    private static TreeMap<Double, String> values(SweepResult sweep, int i) {
        TreeMap<Double, String> v = new TreeMap<>();
        sweep.points().forEach(p -> v.putIfAbsent(p.numerics().get(i), p.values().get(i)));
        return v;
    }

    private static Map<String, List<Cell>> cells(SweepResult sweep, int a, int b) {
        Map<String, Map<List<Double>, List<VariantResult>>> runs = new LinkedHashMap<>();
        for (SweepResult.Point p : sweep.points()) {
            for (VariantOutcome o : p.run().variants()) {
                runs.computeIfAbsent(o.result().name(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(List.of(p.numerics().get(a), p.numerics().get(b)), k -> new ArrayList<>()).add(o.result());
            }
        }
        Map<String, List<Cell>> cells = new LinkedHashMap<>();
        runs.forEach((variant, at) -> cells.put(variant, at.entrySet().stream().map(e -> new Cell(e.getKey().get(0),
                e.getKey().get(1), e.getValue().stream().mapToDouble(HeatMapChart::share).average().orElse(0),
                e.getValue().stream().map(VariantResult::verdict).max(Enum::compareTo).orElseThrow())).toList()));
        return cells;
    }

    private static double share(VariantResult r) {
        long intents = r.requests().intents();
        return intents > 0 ? Math.min(1, (double) r.requests().goodput() / intents) : 0;
    }

    private static XYPlot blocks(String variant, List<Cell> cells, String across, TreeMap<Double, String> xs,
            TreeMap<Double, String> ys) {
        List<Double> xi = new ArrayList<>(xs.keySet());
        List<Double> yi = new ArrayList<>(ys.keySet());
        double[][] data = new double[3][cells.size()];
        XYPlot plot = new XYPlot(null, symbols(variant + ": " + across, xs), null, new XYBlockRenderer());
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            data[0][i] = xi.indexOf(c.x());
            data[1][i] = yi.indexOf(c.y());
            data[2][i] = c.share();
            label(plot, cells, c, data[0][i], data[1][i], TextAnchor.CENTER);
        }
        ((XYBlockRenderer) plot.getRenderer()).setPaintScale(SCALE);
        return finish(plot, variant, data);
    }

    private static XYPlot dots(String variant, List<Cell> cells, String across) {
        double[][] data = new double[3][cells.size()];
        XYShapeRenderer r = new XYShapeRenderer();
        r.setPaintScale(SCALE);
        r.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        XYPlot plot = new XYPlot(null, numeric(variant + ": " + across), null, r);
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            data[0][i] = c.x();
            data[1][i] = c.y();
            data[2][i] = c.share();
            label(plot, cells, c, c.x(), c.y(), TextAnchor.BOTTOM_CENTER);
        }
        return finish(plot, variant, data);
    }

    /** The share and the verdict of {@code c} at (x, y), when there are few enough cells to read them. */
    private static void label(XYPlot plot, List<Cell> cells, Cell c, double x, double y, TextAnchor anchor) {
        if (cells.size() > MAX_LABELLED) {
            return;
        }
        String verdict = c.verdict().label();
        XYTextAnnotation label = new XYTextAnnotation(Math.round(100 * c.share()) + "% "
                + (cells.size() <= MAX_SPELLED ? verdict : verdict.substring(0, 3)), x, y);
        label.setFont(CELL);
        label.setTextAnchor(anchor);
        plot.addAnnotation(label);
    }

    private static XYPlot finish(XYPlot plot, String variant, double[][] data) {
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(variant, data);
        plot.setDataset(dataset);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlinePaint(Palette.GRID);
        return plot;
    }

    private static SymbolAxis symbols(String label, TreeMap<Double, String> values) {
        SymbolAxis axis = new SymbolAxis(label, values.values().toArray(new String[0]));
        axis.setLabelFont(Plots.AXIS_LABEL);
        axis.setTickLabelFont(Plots.TICK);
        axis.setGridBandsVisible(false);
        return axis;
    }

    private static NumberAxis numeric(String label) {
        NumberAxis axis = Plots.axis(label);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    private static PaintScaleLegend legend() {
        NumberAxis axis = new NumberAxis("share of intents served");
        axis.setLabelFont(Plots.AXIS_LABEL);
        axis.setTickLabelFont(Plots.TICK);
        PaintScaleLegend legend = new PaintScaleLegend(SCALE, axis);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setStripWidth(12);
        legend.setMargin(6, 80, 6, 80);
        return legend;
    }

    /** Red (nothing served), orange (half), green (everything): the palette's colours for loss and goodput. */
    static final PaintScale SCALE = new PaintScale() {
        private final Color[] stops = {Palette.REJECTED, Palette.SENT, Palette.GOODPUT};

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return 1;
        }

        @Override
        public Paint getPaint(double value) {
            double v = Double.isFinite(value) ? Math.clamp(value, 0, 1) * 2 : 0;
            int i = Math.min(1, (int) v);
            return mix(stops[i], stops[i + 1], v - i);
        }

        private Color mix(Color from, Color to, double t) {
            return new Color((int) Math.round(from.getRed() + t * (to.getRed() - from.getRed())),
                    (int) Math.round(from.getGreen() + t * (to.getGreen() - from.getGreen())),
                    (int) Math.round(from.getBlue() + t * (to.getBlue() - from.getBlue())));
        }
    };
}
