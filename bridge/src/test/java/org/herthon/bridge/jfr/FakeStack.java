package org.herthon.bridge.jfr;

import java.util.function.Consumer;
import org.herthon.bridge.ProbeSite;
import org.herthon.bridge.Probes;
import org.herthon.bridge.stack.ActiveFrame;
import org.herthon.bridge.stack.CallTimer;
import org.herthon.bridge.stack.StackSource;

/** One thread's stack of frames, kept as a runtime keeps it: a chain from the innermost frame, published to watchers. */
final class FakeStack implements StackSource {
    private volatile Frame innermost;

    Frame enter(ProbeSite site) {
        Frame frame = new Frame(site, innermost);
        innermost = frame;
        return frame;
    }

    /** The frame stops executing: the runtime's part, ending a timer a watcher hung on it. */
    void exit(Frame frame) {
        innermost = frame.caller;
        CallTimer timer = frame.timer;
        if (timer != null) {
            frame.timer = null;
            timer.ended();
        }
    }

    @Override
    public void forEachInnermost(Consumer<ActiveFrame> action) {
        Frame frame = innermost;
        if (frame != null) {
            action.accept(frame);
        }
    }

    static final class Frame implements ActiveFrame {
        private final ProbeSite site;
        private final Frame caller;
        private final long frameId = Probes.newFrameId();
        private volatile CallTimer timer;

        Frame(ProbeSite site, Frame caller) {
            this.site = site;
            this.caller = caller;
        }

        @Override
        public ProbeSite site() {
            return site;
        }

        @Override
        public long frameId() {
            return frameId;
        }

        @Override
        public ActiveFrame caller() {
            return caller;
        }

        @Override
        public CallTimer timer() {
            return timer;
        }

        @Override
        public void timer(CallTimer timer) {
            this.timer = timer;
        }
    }
}
