package org.herthon.bridge.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The JVM's own collections reach a registered runtime, and stop reaching it once its registration is closed. */
class JvmGcWatcherTest {
    private static volatile Object sink;

    /** Allocates until {@code collections} grows past {@code above}, or a minute passes. */
    private static boolean collectUntil(AtomicInteger collections, int above) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (collections.get() <= above && System.nanoTime() < deadline) {
            for (int i = 0; i < 1000; i++) {
                sink = new byte[64 * 1024];
            }
            Thread.sleep(1);
        }
        return collections.get() > above;
    }

    @Test
    void collectionsReachARegisteredRuntimeUntilItsRegistrationCloses() throws Exception {
        AtomicInteger collections = new AtomicInteger();
        JvmGcWatcher.Runtime runtime = new JvmGcWatcher.Runtime() {
            @Override
            public long reclaimed() {
                return 0;
            }

            @Override
            public void collected(int generation) {
                collections.incrementAndGet();
            }
        };
        AutoCloseable registration = JvmGcWatcher.register(runtime);
        assertTrue(collectUntil(collections, 0), "a JVM collection reached the runtime");
        registration.close();
        Thread.sleep(200); // notifications already queued may still arrive
        int afterClose = collections.get();
        for (int i = 0; i < 200_000; i++) {
            sink = new byte[16 * 1024];
        }
        System.gc();
        Thread.sleep(500);
        assertEquals(afterClose, collections.get(), "no collection reached the runtime after its registration closed");
    }
}
