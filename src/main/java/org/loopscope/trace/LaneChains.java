package org.loopscope.trace;

import java.util.Arrays;

/**
 * Items (by their index in a list) chained per lane, newest first, in two int arrays: the last
 * item of each lane, and for each item the previous item of the same lane. Lanes out of range
 * (a callout's -1) are not chained.
 */
final class LaneChains {
    private int[] lastOfLane = new int[16];
    private int[] previous = new int[64];
    private int lanes;

    void add(int lane, int itemIndex) {
        if (itemIndex >= previous.length) {
            previous = Arrays.copyOf(previous, Math.max(itemIndex + 1, previous.length * 2));
        }
        if (lane < 0) {
            previous[itemIndex] = -1;
            return;
        }
        if (lane >= lanes) {
            if (lane >= lastOfLane.length) {
                lastOfLane = Arrays.copyOf(lastOfLane, Math.max(lane + 1, lastOfLane.length * 2));
            }
            Arrays.fill(lastOfLane, lanes, lane + 1, -1);
            lanes = lane + 1;
        }
        previous[itemIndex] = lastOfLane[lane];
        lastOfLane[lane] = itemIndex;
    }

    int last(int lane) {
        return lane >= 0 && lane < lanes ? lastOfLane[lane] : -1;
    }

    int previous(int itemIndex) {
        return previous[itemIndex];
    }
}
