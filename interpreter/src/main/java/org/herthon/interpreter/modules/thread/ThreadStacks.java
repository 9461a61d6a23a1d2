package org.herthon.interpreter.modules.thread;

import java.util.function.Consumer;
import org.herthon.bridge.stack.ActiveFrame;
import org.herthon.bridge.stack.StackSource;
import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.runtime.Frame;

/**
 * An interpreter's stacks as a watcher on another thread sees them: the frame the running thread
 * is in, and the innermost frame of each thread that let the interpreter lock go (blocked in
 * {@code time.sleep}, a lock, I/O) or waits for it.
 */
public final class ThreadStacks implements StackSource {
    private final Interpreter in;

    public ThreadStacks(Interpreter in) {
        this.in = in;
    }

    @Override
    public void forEachInnermost(Consumer<ActiveFrame> action) {
        Frame running = Frame.innermost(in);
        if (running != null) action.accept(running);
        if (in.threads instanceof Gil gil) gil.forEachWaiting(action);
    }
}
