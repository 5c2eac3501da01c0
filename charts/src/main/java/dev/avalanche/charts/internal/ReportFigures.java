package dev.avalanche.charts.internal;

import dev.avalanche.models.io.FileNames;
import dev.avalanche.models.result.RunResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The report's charts, grouped: those of the whole run (the comparison of variants, the latency
 * distribution, the cause, a validation's charts), then each variant's own, under its name.
 */
final class ReportFigures {

    /** The heading of the charts that are not one variant's. */
    static final String WHOLE_RUN = "the whole run";

    private ReportFigures() {
    }

    /** The chart files by group heading, in order: the whole run first, then the variants in the run's order. */
    static Map<String, List<String>> groups(RunResult run, List<String> charts) {
        List<String> names = run.variants().stream().map(o -> o.result().name()).toList();
        List<String> slugs = FileNames.uniqueSlugs(names);
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put(WHOLE_RUN, new ArrayList<>());
        names.forEach(n -> groups.put(n, new ArrayList<>()));
        for (String file : charts) {
            groups.get(owner(file, names, slugs).orElse(WHOLE_RUN)).add(file);
        }
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    /** The variant a chart file belongs to: its slug after the stem, or the only variant's per-variant charts. */
    private static Optional<String> owner(String file, List<String> names, List<String> slugs) {
        Optional<ChartKind> kind = ChartKind.of(file);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        String rest = file.replaceFirst("\\.[A-Za-z]+$", "").substring(kind.get().stem().length());
        if (rest.startsWith("-")) {
            int i = slugs.indexOf(rest.substring(1));
            return i < 0 ? Optional.empty() : Optional.of(names.get(i));
        }
        boolean perVariant = kind.get() == ChartKind.AVALANCHE || kind.get() == ChartKind.LATENCY || kind.get() == ChartKind.CAPACITY
                || kind.get() == ChartKind.KINDS;
        return perVariant && names.size() == 1 ? Optional.of(names.getFirst()) : Optional.empty();
    }

    /** The figures of one group: PNGs shown with their SVG linked, SVGs without a PNG shown, other files linked. */
    static void figures(StringBuilder b, List<String> charts, Set<String> all) {
        for (String name : charts) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".svg") && all.contains(name.substring(0, name.length() - 4) + ".png")) {
                continue;
            }
            String caption = caption(name);
            if (lower.endsWith(".svg")) {
                b.append("<figure><img src=\"").append(Html.escape(name)).append("\" alt=\"").append(Html.escape(caption))
                        .append("\">\n<figcaption>").append(Html.escape(caption)).append("</figcaption></figure>\n");
            } else if (lower.endsWith(".png")) {
                String svg = name.substring(0, name.length() - 4) + ".svg";
                b.append("<figure><img src=\"").append(Html.escape(name)).append("\" alt=\"").append(Html.escape(caption))
                        .append("\">\n<figcaption>").append(Html.escape(caption));
                if (all.contains(svg)) {
                    b.append(" · <a href=\"").append(Html.escape(svg)).append("\">SVG</a>");
                }
                b.append("</figcaption></figure>\n");
            } else {
                b.append("<p><a href=\"").append(Html.escape(name)).append("\">").append(Html.escape(caption))
                        .append("</a></p>\n");
            }
        }
    }

    /** "Requests per second: threads-640" from {@code avalanche-threads-640.png}; the file name for others. */
    static String caption(String fileName) {
        String base = fileName.replaceFirst("\\.[A-Za-z]+$", "");
        return ChartKind.of(fileName).map(k -> base.length() > k.stem().length()
                ? k.caption() + ": " + base.substring(k.stem().length() + 1)
                : k.caption()).orElse(fileName);
    }
}
