package dev.avalanche.charts.internal;

import dev.avalanche.models.io.AtomicFiles;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;

/** A chart as a PNG, or as an SVG through Batik's SVG generator (Apache License 2.0). */
public final class ChartFiles {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private ChartFiles() {
    }

    /**
     * {@code chart} as a {@code width} x {@code height} PNG, in memory: drawn on an opaque RGB image
     * (every chart has a white background), which gives the pixels of JFreeChart's own ARGB image
     * with less work for the renderer and the encoder and a file a tenth smaller.
     */
    public static byte[] pngBytes(JFreeChart chart, int width, int height) throws IOException {
        Headless.ensure();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        BufferedImage image = chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
        if (!ImageIO.write(image, "png", out)) {
            throw new IllegalStateException("the JDK has no PNG writer");
        }
        return out.toByteArray();
    }

    /** Writes {@code bytes} to {@code file}, atomically. */
    public static Path write(byte[] bytes, Path file) throws IOException {
        return AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** {@code chart} as a {@code width} x {@code height} SVG in UTF-8, in memory; text stays text. */
    public static byte[] svgBytes(JFreeChart chart, int width, int height) throws IOException {
        Headless.ensure();
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot create an empty document", e);
        }
        SVGGraphics2D g2 = new SVGGraphics2D(new SvgNumbers(doc), false);
        g2.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        StringWriter text = new StringWriter(1 << 16);
        g2.stream(text, true);
        // Batik declares the SVG 1.0 DTD by its web address; an XML parser that follows it would
        // go to the network. SVG needs no DOCTYPE, so it is left out.
        return text.toString().replaceFirst("<!DOCTYPE[^>]*>\\s*", "").getBytes(StandardCharsets.UTF_8);
    }
}
