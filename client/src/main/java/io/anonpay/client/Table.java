package io.anonpay.client;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with padded columns; columns marked right-aligned suit amounts. */
final class Table {

    private final String[] headers;
    private final boolean[] rightAligned;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = headers;
        this.rightAligned = new boolean[headers.length];
    }

    Table alignRight(int column) {
        rightAligned[column] = true;
        return this;
    }

    Table row(String... cells) {
        if (cells.length != headers.length) {
            throw new IllegalArgumentException("expected " + headers.length + " cells, got " + cells.length);
        }
        rows.add(cells);
        return this;
    }

    List<String> lines() {
        int[] widths = new int[headers.length];
        for (int c = 0; c < headers.length; c++) {
            widths[c] = headers[c].length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c] == null ? 1 : row[c].length());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(render(headers, widths));
        rows.forEach(row -> lines.add(render(row, widths)));
        return lines;
    }

    private String render(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c] == null ? "-" : cells[c];
            String padding = " ".repeat(widths[c] - cell.length());
            line.append(c == 0 ? "" : "  ").append(rightAligned[c] ? padding + cell : cell + padding);
        }
        return line.toString().stripTrailing();
    }
}
