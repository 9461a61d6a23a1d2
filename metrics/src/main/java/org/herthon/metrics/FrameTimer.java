package org.herthon.metrics;

import java.util.Arrays;

/**
 * Times one thread's Herthon frames, one in {@code every} entries: the entry pushes its frame id
 * and start time, the matching return pops them. Timing every call would cost two clock reads a
 * call, and on a VM without a fast clock source (kvm-clock) one read costs 100-300 ns; the sample
 * keeps the mean (and with histograms on, the distribution) while call counts stay exact.
 */
final class FrameTimer {
    private final int every;
    private int countdown;
    private long[] frameIds = new long[32];
    private long[] starts = new long[32];
    private int size;

    FrameTimer(int every) {
        this.every = every;
        this.countdown = 1;
    }

    void entered(long frameId) {
        if (--countdown > 0) {
            return;
        }
        countdown = every;
        if (size == frameIds.length) {
            frameIds = Arrays.copyOf(frameIds, size * 2);
            starts = Arrays.copyOf(starts, size * 2);
        }
        frameIds[size] = frameId;
        starts[size] = System.nanoTime();
        size++;
    }

    /** The frame's duration in nanoseconds if it was timed, else -1. Frames above it that never returned are dropped. */
    long returned(long frameId) {
        for (int i = size - 1; i >= 0; i--) {
            if (frameIds[i] == frameId) {
                size = i;
                return System.nanoTime() - starts[i];
            }
            if (frameIds[i] < frameId) {
                // Ids grow with time: a frame entered before this one cannot be above it.
                return -1;
            }
        }
        return -1;
    }
}
