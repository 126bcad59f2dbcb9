package org.teipress.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Time and peak memory against book length, tei-press beside the peer, as a plain SVG of two
 * panels (no plotting library: two polylines per panel are all it takes).
 */
public final class BookChart {
    private static final int PANEL_WIDTH = 360;
    private static final int PANEL_HEIGHT = 240;
    private static final int MARGIN = 56;
    private static final String OURS = "#1f5fa8";
    private static final String PEER = "#c0392b";

    public String svg(List<BenchResults.BookPoint> books) {
        int width = 2 * (PANEL_WIDTH + MARGIN) + MARGIN;
        int height = PANEL_HEIGHT + 2 * MARGIN + 24;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d'"
                + " viewBox='0 0 %d %d' font-family='sans-serif' font-size='11'>%n", width, height, width, height));
        svg.append("<rect width='100%' height='100%' fill='white'/>\n");
        panel(svg, books, MARGIN, "Wall time (s)", run -> run.wall().toMillis() / 1000.0);
        panel(svg, books, 2 * MARGIN + PANEL_WIDTH + MARGIN / 2, "Peak resident memory (MiB)",
                run -> run.peakRssBytes() / (1024.0 * 1024.0));
        int legendY = height - 14;
        svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='%s' stroke-width='2'/>"
                + "<text x='%d' y='%d'>tei-press, every check, -Xmx1g</text>%n",
                MARGIN, legendY - 4, MARGIN + 24, legendY - 4, OURS, MARGIN + 30, legendY));
        svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='%s' stroke-width='2'"
                + " stroke-dasharray='5,3'/><text x='%d' y='%d'>peer: TEI Stylesheets fo + FOP, no checks</text>%n",
                MARGIN + 260, legendY - 4, MARGIN + 284, legendY - 4, PEER, MARGIN + 290, legendY));
        return svg.append("</svg>\n").toString();
    }

    private static void panel(StringBuilder svg, List<BenchResults.BookPoint> books, int left, String title,
            ToDoubleFunction<ProcessRun> value) {
        int top = MARGIN;
        int bottom = top + PANEL_HEIGHT;
        double maxX = books.stream().mapToInt(BenchResults.BookPoint::paragraphs).max().orElse(1);
        double maxY = 0;
        for (BenchResults.BookPoint book : books) {
            maxY = Math.max(maxY, value.applyAsDouble(book.ours()));
            if (book.peer() != null) {
                maxY = Math.max(maxY, value.applyAsDouble(book.peer()));
            }
        }
        maxY = niceCeiling(maxY);
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' font-size='13' font-weight='bold'>%s</text>%n",
                left, top - 18, title));
        svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%d' height='%d' fill='none' stroke='#999'/>%n",
                left, top, PANEL_WIDTH, PANEL_HEIGHT));
        for (int tick = 0; tick <= 4; tick++) {
            double y = bottom - tick * PANEL_HEIGHT / 4.0;
            svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='#eee'/>"
                    + "<text x='%d' y='%.1f' text-anchor='end'>%s</text>%n", left + 1, y, left + PANEL_WIDTH - 1, y,
                    left - 6, y + 4, label(maxY * tick / 4)));
        }
        for (BenchResults.BookPoint book : books) {
            double x = left + book.paragraphs() / maxX * PANEL_WIDTH;
            svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' text-anchor='middle'>%,d</text>%n",
                    x, bottom + 16, book.paragraphs()));
        }
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='middle'>paragraphs</text>%n",
                left + PANEL_WIDTH / 2, bottom + 32));
        line(svg, books, left, bottom, maxX, maxY, value, false);
        line(svg, books, left, bottom, maxX, maxY, value, true);
    }

    private static void line(StringBuilder svg, List<BenchResults.BookPoint> books, int left, int bottom, double maxX,
            double maxY, ToDoubleFunction<ProcessRun> value, boolean peer) {
        List<String> points = new ArrayList<>();
        for (BenchResults.BookPoint book : books) {
            ProcessRun run = peer ? book.peer() : book.ours();
            if (run == null) {
                continue;
            }
            double x = left + book.paragraphs() / maxX * PANEL_WIDTH;
            double y = bottom - value.applyAsDouble(run) / maxY * PANEL_HEIGHT;
            points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
            svg.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='3' fill='%s'/>%n", x, y,
                    peer ? PEER : OURS));
        }
        if (!points.isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<polyline fill='none' stroke='%s' stroke-width='2'%s points='%s'/>%n",
                    peer ? PEER : OURS, peer ? " stroke-dasharray='5,3'" : "", String.join(" ", points)));
        }
    }

    private static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double step = Math.pow(10, Math.floor(Math.log10(value)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * step >= value) {
                return factor * step;
            }
        }
        return 10 * step;
    }

    private static String label(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
