package dev.avalanche.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose rows share a first column (the variant): printed on as many blocks of
 * columns as it takes to stay within a width, each block repeating the first column, or on one
 * line per row when the width is unlimited. Numbers right-aligned, words left-aligned.
 */
final class TextTable {

    /** One column: its header, whether it is left-aligned, and one cell per row. */
    private record Column(String header, boolean left, List<String> cells) {
    }

    private final List<Column> columns = new ArrayList<>();

    /** Adds a column; every column must have as many cells as the first. */
    TextTable column(String header, boolean left, List<String> cells) {
        if (!columns.isEmpty() && cells.size() != columns.getFirst().cells().size()) {
            throw new IllegalArgumentException("column " + header + ": got " + cells.size() + " cells; allowed "
                    + columns.getFirst().cells().size() + ", one per row");
        }
        columns.add(new Column(header, left, List.copyOf(cells)));
        return this;
    }

    /** Prints the table in blocks of at most {@code width} characters a line ({@code Integer.MAX_VALUE}: one block). */
    void print(PrintWriter out, int width) {
        Column first = columns.getFirst();
        int from = 1;
        while (from < columns.size()) {
            int used = width(first);
            int to = from;
            while (to < columns.size() && (to == from || used + 2 + width(columns.get(to)) <= width)) {
                used += 2 + width(columns.get(to));
                to++;
            }
            if (from > 1) {
                out.println();
            }
            List<Column> block = new ArrayList<>(List.of(first));
            block.addAll(columns.subList(from, to));
            line(out, block, -1);
            for (int row = 0; row < first.cells().size(); row++) {
                line(out, block, row);
            }
            from = to;
        }
    }

    private static void line(PrintWriter out, List<Column> block, int row) {
        StringBuilder b = new StringBuilder();
        for (Column c : block) {
            String text = row < 0 ? c.header() : c.cells().get(row);
            String pad = " ".repeat(width(c) - text.length());
            b.append(b.isEmpty() ? "" : "  ").append(c.left() ? text + pad : pad + text);
        }
        out.println(b.toString().stripTrailing());
    }

    private static int width(Column c) {
        return Math.max(c.header().length(), c.cells().stream().mapToInt(String::length).max().orElse(0));
    }
}
