package org.herthon.bridge.scripts;

import org.herthon.bridge.Marker;
import org.herthon.bridge.Probes;
import org.herthon.bridge.ProbeSite;
import org.herthon.bridge.usdt.UsdtSink;

/**
 * A JVM that fires, through {@link Probes}, the function entries and returns an interpreter
 * fires for the seed's {@code call_stack.py} (examples/call_stack.py): the module body, then
 * {@code start()} and the calls it makes, with the same names and line numbers. It loads
 * libherthon and prints {@code loaded PATH} (a tracer can then attach with -p), waits until
 * a tracer has set the function markers' semaphores, fires once, prints {@code fired N}, then
 * waits until the tracer has detached (the semaphores are clear again) and exits: status 0 if
 * it did, 3 if not within 60 s.
 */
public final class SeedCallStack {
    static final String FILENAME = "examples/call_stack.py";

    private static final ProbeSite MODULE = site("<module>", 1);
    private static final ProbeSite START = site("start", 23);
    private static final ProbeSite FUNCTION_1 = site("function_1", 1);
    private static final ProbeSite FUNCTION_2 = site("function_2", 5);
    private static final ProbeSite FUNCTION_3 = site("function_3", 9);
    private static final ProbeSite FUNCTION_4 = site("function_4", 13);
    private static final ProbeSite FUNCTION_5 = site("function_5", 18);

    private static int fired;

    private SeedCallStack() {
    }

    private static ProbeSite site(String function, int firstLine) {
        return new ProbeSite(FILENAME, function, "__main__", firstLine);
    }

    public static void main(String[] args) throws InterruptedException {
        if (Probes.library() == null) {
            System.err.println("no libherthon: " + Probes.usdtUnavailableReason());
            System.exit(1);
        }
        System.out.println("loaded " + Probes.library());
        System.out.flush();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!(traced(Marker.FUNCTION_ENTRY) && traced(Marker.FUNCTION_RETURN))) {
            if (System.nanoTime() > deadline) {
                System.err.println("no tracer set the function markers' semaphores within 60 s");
                System.exit(2);
            }
            Thread.sleep(5);
        }
        call(MODULE, 30, () -> {
            call(START, 28, () -> {
                function1();
                call(FUNCTION_2, 6, SeedCallStack::function1);
                function3();
                call(FUNCTION_4, 14, () -> { });
                call(FUNCTION_5, 21, () -> { });
            });
        });
        System.out.println("fired " + fired);
        System.out.flush();
        deadline = System.nanoTime() + 60_000_000_000L;
        while (traced(Marker.FUNCTION_ENTRY) || traced(Marker.FUNCTION_RETURN)) {
            if (System.nanoTime() > deadline) {
                System.err.println("the tracer did not detach within 60 s");
                System.exit(3);
            }
            Thread.sleep(5);
        }
    }

    private static void function1() {
        call(FUNCTION_1, 2, SeedCallStack::function3);
    }

    private static void function3() {
        call(FUNCTION_3, 10, () -> { });
    }

    /** One frame: entry at the site's first line, the body, return at {@code returnLine}. */
    private static void call(ProbeSite site, int returnLine, Runnable body) {
        long frameId = Probes.newFrameId();
        if (Probes.functionEntryEnabled()) {
            Probes.functionEntry(site, site.firstLine(), frameId);
            fired++;
        }
        body.run();
        if (Probes.functionReturnEnabled()) {
            Probes.functionReturn(site, returnLine, frameId);
            fired++;
        }
    }

    private static boolean traced(Marker marker) {
        return UsdtSink.semaphore(marker).getShort(0) != 0;
    }
}
