package org.herthon.bridge.jfr;

import java.util.Arrays;
import org.herthon.bridge.ProbeSite;
import org.herthon.events.FunctionCallEvent;
import org.herthon.events.GarbageCollectionEvent;
import org.herthon.events.ImportEvent;

/**
 * What a thread's duration events need between their start marker and their end marker:
 * the open function calls (a stack, paired by frame id), the open imports (nested), and the
 * explicit collection in progress.
 */
final class ThreadState {
    private static final ThreadLocal<ThreadState> PER_THREAD = ThreadLocal.withInitial(ThreadState::new);

    final CallStack calls = new CallStack();
    final ImportStack imports = new ImportStack();
    GarbageCollectionEvent collection;

    static ThreadState current() {
        return PER_THREAD.get();
    }

    /** Open {@link FunctionCallEvent}s; the depth of a call is the number of calls open below it. */
    static final class CallStack {
        private FunctionCallEvent[] events = new FunctionCallEvent[64];
        private long[] frameIds = new long[64];
        private int size;

        void push(ProbeSite site, long frameId) {
            if (size == events.length) {
                events = Arrays.copyOf(events, size * 2);
                frameIds = Arrays.copyOf(frameIds, size * 2);
            }
            // The caller is the open call below; a frame whose caller was running before the
            // recording started has none here (0), and readers put it at the root.
            events[size] = JfrSink.beginCall(site, frameId, size, size == 0 ? 0 : frameIds[size - 1]);
            frameIds[size] = frameId;
            size++;
        }

        /**
         * Ends the call of {@code frameId}. Calls above it that never returned (their entry was
         * seen, their return was not, e.g. the recording started mid-way) are dropped.
         */
        void pop(long frameId) {
            for (int i = size - 1; i >= 0; i--) {
                if (frameIds[i] == frameId) {
                    FunctionCallEvent event = events[i];
                    Arrays.fill(events, i, size, null);
                    size = i;
                    event.end();
                    event.commit();
                    return;
                }
            }
        }
    }

    /** Open {@link ImportEvent}s; an import can start others before it ends. */
    static final class ImportStack {
        private ImportEvent[] events = new ImportEvent[8];
        private int size;

        void push(ImportEvent event) {
            if (size == events.length) {
                events = Arrays.copyOf(events, size * 2);
            }
            events[size++] = event;
        }

        ImportEvent popMatching(String module) {
            for (int i = size - 1; i >= 0; i--) {
                if (events[i].module.equals(module)) {
                    ImportEvent event = events[i];
                    Arrays.fill(events, i, size, null);
                    size = i;
                    return event;
                }
            }
            return null;
        }
    }
}
