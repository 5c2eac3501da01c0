package dev.avalanche.charts;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Checks on written pictures: pixels of a PNG, well-formedness of an SVG. */
final class Pictures {

    private Pictures() {
    }

    static BufferedImage png(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException(file + " is not an image ImageIO can read");
        }
        return image;
    }

    /** The share of non-white pixels in the middle of the picture, where the plot area is. */
    static double inkInPlotArea(BufferedImage image) {
        int x0 = image.getWidth() / 10;
        int x1 = image.getWidth() * 95 / 100;
        int y0 = image.getHeight() * 12 / 100;
        int y1 = image.getHeight() * 85 / 100;
        long ink = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) (x1 - x0) * (y1 - y0));
    }

    static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours.size();
    }

    /** How many pixels are within a small distance of {@code colour} (antialiasing blends line edges). */
    static long pixelsNear(BufferedImage image, Color colour) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int dr = ((rgb >> 16) & 0xFF) - colour.getRed();
                int dg = ((rgb >> 8) & 0xFF) - colour.getGreen();
                int db = (rgb & 0xFF) - colour.getBlue();
                if (dr * dr + dg * dg + db * db <= 3 * 12 * 12) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Parses an SVG with the JDK's parser, refusing any DOCTYPE (so nothing is fetched). */
    static Document svg(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }
}
