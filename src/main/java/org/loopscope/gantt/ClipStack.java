package org.loopscope.gantt;

import java.util.ArrayDeque;

/**
 * Rectangular clipping done by the painter itself: rectangles are intersected, lines cut
 * (Liang–Barsky), other shapes classified as inside, outside or straddling the clip.
 * Results of the last clamp are left in public fields to avoid an allocation per shape.
 */
final class ClipStack {
    enum Relation { INSIDE, OUTSIDE, STRADDLES }

    private final ArrayDeque<double[]> saved = new ArrayDeque<>();
    private double x0;
    private double y0;
    private double x1;
    private double y1;
    double rx;
    double ry;
    double rw;
    double rh;
    double lx1;
    double ly1;
    double lx2;
    double ly2;

    void reset(double width, double height) {
        saved.clear();
        x0 = 0;
        y0 = 0;
        x1 = width;
        y1 = height;
    }

    void push(double x, double y, double w, double h) {
        saved.push(new double[] {x0, y0, x1, y1});
        x0 = Math.max(x0, x);
        y0 = Math.max(y0, y);
        x1 = Math.min(x1, x + w);
        y1 = Math.min(y1, y + h);
    }

    void pop() {
        double[] c = saved.pop();
        x0 = c[0];
        y0 = c[1];
        x1 = c[2];
        y1 = c[3];
    }

    /** Intersects a rectangle with the clip into (rx, ry, rw, rh); false if nothing is left. */
    boolean clampRect(double x, double y, double w, double h) {
        rx = Math.max(x, x0);
        ry = Math.max(y, y0);
        rw = Math.min(x + w, x1) - rx;
        rh = Math.min(y + h, y1) - ry;
        return rw > 0 && rh > 0;
    }

    Relation classify(double x, double y, double w, double h) {
        if (x > x1 || y > y1 || x + w < x0 || y + h < y0) {
            return Relation.OUTSIDE;
        }
        if (x >= x0 && y >= y0 && x + w <= x1 && y + h <= y1) {
            return Relation.INSIDE;
        }
        return Relation.STRADDLES;
    }

    /** Cuts a line to the clip into (lx1, ly1)–(lx2, ly2); false if no part of it is inside. */
    boolean clampLine(double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double[] t = {0, 1};
        if (!edge(-dx, ax - x0, t) || !edge(dx, x1 - ax, t) || !edge(-dy, ay - y0, t) || !edge(dy, y1 - ay, t)) {
            return false;
        }
        lx1 = ax + t[0] * dx;
        ly1 = ay + t[0] * dy;
        lx2 = ax + t[1] * dx;
        ly2 = ay + t[1] * dy;
        return true;
    }

    private static boolean edge(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            if (r > t[1]) {
                return false;
            }
            t[0] = Math.max(t[0], r);
        } else {
            if (r < t[0]) {
                return false;
            }
            t[1] = Math.min(t[1], r);
        }
        return true;
    }
}
