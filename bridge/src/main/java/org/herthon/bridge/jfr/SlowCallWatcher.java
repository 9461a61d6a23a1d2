package org.herthon.bridge.jfr;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.herthon.bridge.stack.ActiveFrame;
import org.herthon.bridge.stack.CallTimer;
import org.herthon.bridge.stack.StackSources;
import org.herthon.events.FunctionCallEvent;

/**
 * Times Herthon calls for recordings that keep only slow ones ({@code herthon.FunctionCall} with a
 * threshold, as {@code herthon.jfc}'s 20 ms), with no probe firing on any call: a daemon thread
 * looks at the Herthon stacks every {@link #TICK_NANOS tick} and hangs a begun FunctionCall event on
 * each frame it has not seen before; the frame's own thread ends and commits it when the frame
 * stops executing, and JFR's threshold keeps the slow ones.
 *
 * <p>Why: timing every call takes two clock reads (about 30 ns each on a quiet machine, 100-300 ns
 * on a busy VM whose clock is kvm-clock), which is most of a Herthon call; here a call costs the
 * runtime one check of its frame's timer slot at return. The price: a call's start is when the
 * watcher first saw it, up to a tick after its true start (more if the machine kept the watcher
 * from running), so durations come out short by that much, and a call just above the threshold
 * may be missed.
 *
 * <p>Frames already running when the watcher starts (a recording started by {@code jcmd} in the
 * middle of a run) are not recorded, as the exact path leaves out returns whose entry it did not
 * see; depth and parent count only recorded calls, as there.
 */
final class SlowCallWatcher {
    /** How often the stacks are looked at. */
    static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    /** Stops a walk over a chain that cannot be a real stack (a cycle would otherwise never end). */
    private static final int MAX_DEPTH = 1 << 20;

    private Thread thread;
    /** Tells the timers of one watching period from those of an earlier one (left on frames still running). */
    private int generation;

    synchronized void start() {
        if (thread != null) {
            return;
        }
        int current = ++generation;
        StackSources.forEachInnermost(top -> attach(top, current, false));
        thread = new Thread(() -> watch(current), "herthon-slow-calls");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }

    private static void watch(int generation) {
        while (!Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(TICK_NANOS);
            StackSources.forEachInnermost(top -> attach(top, generation, true));
        }
    }

    /**
     * Times the frames from {@code top} down to the first one this period already times (all
     * below it are timed too), bottom-most first, so each knows its caller's timer.
     */
    private static void attach(ActiveFrame top, int generation, boolean recorded) {
        List<ActiveFrame> fresh = new ArrayList<>();
        Timer below = null;
        for (ActiveFrame frame = top; frame != null && fresh.size() < MAX_DEPTH; frame = frame.caller()) {
            if (frame.timer() instanceof Timer timer && timer.generation == generation) {
                below = timer;
                break;
            }
            fresh.add(frame);
        }
        for (int i = fresh.size() - 1; i >= 0; i--) {
            ActiveFrame frame = fresh.get(i);
            below = recorded ? new Timer(generation, frame, below) : new Timer(generation);
            frame.timer(below);
        }
    }

    /** A FunctionCall begun when the watcher first saw the frame, committed at the frame's end. */
    private static final class Timer implements CallTimer {
        final int generation;
        /** Null for a frame that was running before the period started: not recorded. */
        private final FunctionCallEvent event;
        private final long frameId;
        private final int depth;

        /** A frame that was running before the watching started. */
        Timer(int generation) {
            this.generation = generation;
            this.event = null;
            this.frameId = 0;
            this.depth = -1;
        }

        Timer(int generation, ActiveFrame frame, Timer caller) {
            boolean callerRecorded = caller != null && caller.event != null;
            this.generation = generation;
            this.frameId = frame.frameId();
            this.depth = callerRecorded ? caller.depth + 1 : 0;
            this.event = JfrSink.beginCall(frame.site(), frameId, depth, callerRecorded ? caller.frameId : 0);
        }

        @Override
        public void ended() {
            if (event != null) {
                event.end();
                event.commit();
            }
        }
    }
}
