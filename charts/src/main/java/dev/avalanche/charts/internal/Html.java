package dev.avalanche.charts.internal;

/** Escaping text for HTML element content and attribute values. */
public final class Html {

    private Html() {
    }

    /**
     * {@code text} with {@code & < > " '} escaped, and the colon of every {@code ://} written as
     * {@code &#58;}: the page shows the same characters, but no text from a scenario (a URL in its
     * YAML, say) reads as an address a tool might follow from a page meant to work offline.
     */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case ':' -> b.append(text.startsWith("//", i + 1) ? "&#58;" : ":");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
