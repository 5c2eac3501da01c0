package dev.avalanche.charts.internal;

import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;

/** Reading back what a chart draws: series keys, their colours, the reference lines. */
final class ChartInspection {

    private ChartInspection() {
    }

    static List<XYPlot> panels(JFreeChart chart) {
        return chart.getXYPlot() instanceof CombinedDomainXYPlot c ? c.getSubplots() : List.of(chart.getXYPlot());
    }

    static List<String> keys(XYPlot plot) {
        XYDataset d = plot.getDataset();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < d.getSeriesCount(); i++) {
            keys.add(String.valueOf(d.getSeriesKey(i)));
        }
        return keys;
    }

    static Paint paint(XYPlot plot, String key) {
        return plot.getRenderer().getSeriesPaint(keys(plot).indexOf(key));
    }

    /** The values of the horizontal reference lines. */
    static List<Double> references(XYPlot plot) {
        List<Double> values = new ArrayList<>();
        var markers = plot.getRangeMarkers(Layer.FOREGROUND);
        if (markers != null) {
            for (Object m : markers) {
                values.add(((ValueMarker) m).getValue());
            }
        }
        return values;
    }

    /** The values of the vertical lines. */
    static List<Double> verticals(XYPlot plot) {
        List<Double> values = new ArrayList<>();
        var markers = plot.getDomainMarkers(Layer.BACKGROUND);
        if (markers != null) {
            for (Object m : markers) {
                if (m instanceof ValueMarker v) {
                    values.add(v.getValue());
                }
            }
        }
        return values;
    }

    /** The shaded spans behind the lines, in the time axis' unit. */
    static List<Backdrop.Span> spans(XYPlot plot) {
        List<Backdrop.Span> spans = new ArrayList<>();
        var markers = plot.getDomainMarkers(Layer.BACKGROUND);
        if (markers != null) {
            for (Object m : markers) {
                if (m instanceof org.jfree.chart.plot.IntervalMarker i) {
                    spans.add(new Backdrop.Span(i.getStartValue(), i.getEndValue()));
                }
            }
        }
        return spans;
    }

    /** The text of the chart's subtitle (its first text subtitle; the legend is a subtitle too). */
    static String subtitle(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
                return t.getText();
            }
        }
        return "";
    }

    /** The texts drawn inside a panel (its caption). */
    static List<String> captions(XYPlot plot) {
        List<String> texts = new ArrayList<>();
        for (Object a : plot.getAnnotations()) {
            if (a instanceof org.jfree.chart.annotations.XYTitleAnnotation t
                    && t.getTitle() instanceof org.jfree.chart.title.TextTitle text) {
                texts.add(text.getText());
            }
        }
        return texts;
    }

    static List<String> legend(JFreeChart chart) {
        List<String> labels = new ArrayList<>();
        var items = chart.getPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }
}
