package org.herthon.bridge.driver;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.herthon.bridge.Marker;
import org.herthon.bridge.Probes;
import org.herthon.bridge.ProbeSite;
import org.herthon.bridge.usdt.UsdtSink;
import org.herthon.bridge.usdt.UsdtUnavailableException;

/**
 * A stand-in for a language runtime: a JVM that fires the probes, as an interpreter's probe
 * sites would, on commands read from stdin (one per line), so the end-to-end tests can attach
 * bpftrace or a recording around exactly the firings they expect. Every command answers with
 * one line on stdout, prefixed with {@value #ANSWER} (the JVM's own logging may share stdout).
 *
 * <pre>
 * status                    library=PATH|none reason=...
 * wait-traced [MARKER]      waits until a tracer has set the marker's semaphore (default function__entry)
 * wait-untraced [MARKER]    waits until it is cleared again
 * fire-known                fires {@link KnownFirings}; answers "fired N"
 * stress THREADS COUNT      each thread fires COUNT entry/return/line triples; answers "fired N"
 * spin-start                a thread fires line probes until spin-stop
 * spin-stop                 answers "spun fired=N traced=M" (M: firings that saw the semaphore set)
 * native-calls              answers the number of native marker calls made so far
 * exit                      ends the process
 * </pre>
 */
public final class ProbeDriver {
    public static final String ANSWER = "> ";

    private static volatile boolean spinning;

    private ProbeDriver() {
    }

    public static void main(String[] args) throws Exception {
        try {
            Probes.on(); // loads the library now, so its warning or failure comes first
        } catch (ExceptionInInitializerError failure) {
            if (failure.getCause() instanceof UsdtUnavailableException unavailable) {
                System.err.println(unavailable.getMessage());
                System.exit(1);
            }
            throw failure;
        }
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        SpinThread spin = null;
        for (String line; (line = commands.readLine()) != null; ) {
            String[] words = line.trim().split("\\s+");
            switch (words[0]) {
                case "status" -> answer("library=" + Probes.library() + " reason=" + Probes.usdtUnavailableReason());
                case "wait-traced" -> answer(waitFor(marker(words), true) ? "traced" : "timeout");
                case "wait-untraced" -> answer(waitFor(marker(words), false) ? "untraced" : "timeout");
                case "fire-known" -> answer("fired " + KnownFirings.fire());
                case "stress" -> answer("fired " + stress(Integer.parseInt(words[1]), Integer.parseInt(words[2])));
                case "spin-start" -> {
                    spin = new SpinThread();
                    spin.start();
                    answer("spinning");
                }
                case "spin-stop" -> {
                    spinning = false;
                    spin.join();
                    answer("spun fired=" + spin.fired + " traced=" + spin.traced);
                }
                case "native-calls" -> answer(Long.toString(UsdtSink.nativeCalls()));
                case "exit" -> {
                    answer("bye");
                    return;
                }
                default -> answer("unknown command: " + line);
            }
        }
    }

    private static void answer(String text) {
        System.out.println(ANSWER + text);
        System.out.flush();
    }

    private static Marker marker(String[] words) {
        if (words.length < 2) {
            return Marker.FUNCTION_ENTRY;
        }
        return Arrays.stream(Marker.values()).filter(m -> m.providerName().equals(words[1])).findFirst().orElseThrow();
    }

    private static boolean waitFor(Marker marker, boolean traced) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (UsdtSink.semaphore(marker).getShort(0) != 0 == traced) {
                return true;
            }
            Thread.sleep(5);
        }
        return false;
    }

    /** THREADS threads, each firing COUNT function entries, returns and lines, at once. */
    private static long stress(int threads, int count) throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            ProbeSite site = new ProbeSite("stress.py", "worker_" + t, "stress", 10 + t);
            Thread worker = new Thread(() -> {
                for (int i = 0; i < count; i++) {
                    long frameId = Probes.newFrameId();
                    if (Probes.functionEntryEnabled()) {
                        Probes.functionEntry(site, site.firstLine(), frameId);
                    }
                    if (Probes.lineEnabled()) {
                        Probes.line(site, site.firstLine() + 1);
                    }
                    if (Probes.functionReturnEnabled()) {
                        Probes.functionReturn(site, site.firstLine() + 1, frameId);
                    }
                }
            }, "stress-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return (long) threads * count;
    }

    /** Fires line probes as fast as it can, counting the firings that found a tracer listening. */
    private static final class SpinThread extends Thread {
        long fired;
        long traced;

        SpinThread() {
            super("spin");
            spinning = true;
        }

        @Override
        public void run() {
            ProbeSite site = new ProbeSite("spin.py", "spin", "spin", 1);
            while (spinning) {
                fired++;
                if (Probes.lineEnabled()) {
                    traced++;
                    Probes.line(site, 2);
                }
            }
        }
    }
}
