package io.anonpay.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's result table: rows of (figure, value, unit, target, note) in a Markdown table whose columns are
 * padded to a common width, so it reads the same in a terminal and pasted into docs. Section rows span the table.
 */
public final class Table {

    private static final String[] HEADER = {"figure", "value", "unit", "target", "note"};

    private final List<String[]> rows = new ArrayList<>();

    public Table section(String title) {
        rows.add(new String[] {"**" + title + "**", "", "", "", ""});
        return this;
    }

    public Table row(String figure, double value, String unit, String target, String note) {
        rows.add(new String[] {figure, number(value), unit, target == null ? "" : target, note == null ? "" : note});
        return this;
    }

    public Table row(String figure, String value, String unit, String target, String note) {
        rows.add(new String[] {figure, value == null ? "n/a" : value, unit, target == null ? "" : target,
                note == null ? "" : note});
        return this;
    }

    /**
     * A figure as people read it: n/a for a missing value; no decimals from 100 on (with thousands separators),
     * one decimal from 10, two below 10.
     */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    public String render() {
        int[] widths = new int[HEADER.length];
        for (int c = 0; c < HEADER.length; c++) {
            widths[c] = HEADER[c].length();
        }
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, HEADER, widths);
        String[] rule = new String[HEADER.length];
        for (int c = 0; c < HEADER.length; c++) {
            rule[c] = (c == 1 ? "-".repeat(widths[c] - 1) + ":" : "-".repeat(widths[c]));
        }
        line(out, rule, widths);
        for (String[] row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        out.append('|');
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            String padding = " ".repeat(widths[c] - cell.length());
            // numbers right-aligned, words left-aligned
            out.append(' ').append(c == 1 ? padding + cell : cell + padding).append(" |");
        }
        out.append('\n');
    }
}
