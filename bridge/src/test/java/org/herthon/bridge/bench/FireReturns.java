package org.herthon.bridge.bench;

import org.herthon.bridge.ProbeSite;
import org.herthon.bridge.Probes;
import org.herthon.bridge.usdt.UsdtSink;

/**
 * {@code FireReturns N [WARMUP]}: the JVM half of bench/usdt_vs_cpython.sh. Warms the firing
 * loop up (WARMUP firings in rounds, default 200,000), then times N firings of
 * <pre>{@code if (Probes.functionReturnEnabled()) Probes.functionReturn(site, line, frameId);}</pre>
 * and prints one line: {@code elapsed_ns=T fired=F warmup_fired=W traced=0|1 native_call_ns=C},
 * where fired counts the timed firings that reached a listener, warmup_fired those of the
 * warm-up. With bpftrace counting {@code function__return}, its count is warmup_fired + fired.
 *
 * <p>native_call_ns is measured only when no tracer listens (else it is -1): the time of one
 * call of the native marker function through JNI ({@code UsdtSink.functionReturn}, called
 * directly, past the check), which with no uprobe installed is a NOP in the library. It is the
 * part of a marker hit that is the JVM's own; the rest is the kernel's uprobe trap and the BPF
 * program, the same for any process.
 */
public final class FireReturns {
    private FireReturns() {
    }

    public static void main(String[] args) {
        long n = Long.parseLong(args[0]);
        long warmup = args.length > 1 ? Long.parseLong(args[1]) : 200_000;
        ProbeSite site = new ProbeSite("/srv/bench/empty_calls.py", "f", "__main__", 3);
        long warmupFired = 0;
        long rounds = 20;
        for (int round = 0; round < rounds; round++) {
            warmupFired += fire(site, warmup / rounds, 0);
        }
        long start = System.nanoTime();
        long fired = fire(site, n, warmup);
        long elapsed = System.nanoTime() - start;
        boolean traced = Probes.functionReturnEnabled();
        double nativeCall = traced ? -1 : nativeCallNanos(site, Math.min(n, 2_000_000));
        System.out.println("elapsed_ns=" + elapsed + " fired=" + fired + " warmup_fired=" + warmupFired
                + " traced=" + (traced ? 1 : 0) + " native_call_ns=" + String.format("%.1f", nativeCall)
                + " library=" + Probes.library());
    }

    /** Nanoseconds per direct call of the native marker function (only when untraced: no hits). */
    static double nativeCallNanos(ProbeSite site, long calls) {
        if (Probes.library() == null) {
            return -1;
        }
        for (int round = 0; round < 20; round++) {
            callNative(site, 10_000);
        }
        long start = System.nanoTime();
        callNative(site, calls);
        return (System.nanoTime() - start) / (double) calls;
    }

    private static void callNative(ProbeSite site, long calls) {
        for (long i = 0; i < calls; i++) {
            UsdtSink.functionReturn(site, 4, i);
        }
    }

    /** N returns of distinct frames; answers how many reached a listener. */
    static long fire(ProbeSite site, long n, long firstFrameId) {
        long fired = 0;
        for (long i = 0; i < n; i++) {
            if (Probes.functionReturnEnabled()) {
                Probes.functionReturn(site, 4, firstFrameId + i);
                fired++;
            }
        }
        return fired;
    }
}
