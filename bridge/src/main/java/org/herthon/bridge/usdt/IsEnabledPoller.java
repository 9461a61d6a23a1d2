package org.herthon.bridge.usdt;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.EnumMap;
import java.util.Map;
import org.herthon.bridge.Marker;

/**
 * Where DTrace has no semaphores (macOS), a daemon thread asks libherthon's is-enabled check
 * every {@value #PERIOD_MILLIS} ms and mirrors the answer into a Java-owned word, so probe sites
 * still read memory instead of calling native code. A tracer's first events may arrive up to
 * one period late. (Written for macOS; Linux always has semaphores.)
 */
final class IsEnabledPoller {
    static final long PERIOD_MILLIS = 100;
    private static final Map<Marker, ByteBuffer> WORDS = new EnumMap<>(Marker.class);

    private IsEnabledPoller() {
    }

    static synchronized ByteBuffer word(Marker marker) {
        if (WORDS.isEmpty()) {
            Thread poller = new Thread(IsEnabledPoller::poll, "herthon-usdt-is-enabled");
            poller.setDaemon(true);
            for (Marker each : Marker.values()) {
                WORDS.put(each, ByteBuffer.allocateDirect(Short.BYTES).order(ByteOrder.nativeOrder()));
            }
            poller.start();
        }
        return WORDS.get(marker);
    }

    private static void poll() {
        while (true) {
            for (Map.Entry<Marker, ByteBuffer> entry : WORDS.entrySet()) {
                short enabled = (short) HerthonJni.isEnabled(entry.getKey().providerName());
                entry.getValue().putShort(0, enabled);
            }
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException stop) {
                return;
            }
        }
    }
}
