package org.herthon.bridge.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.herthon.bridge.ProbeSite;
import org.herthon.bridge.Probes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a probe site costs when nothing listens (no tracer attached, no recording): the same
 * loop, a stand-in for an interpreter's call or line dispatch, with and without
 * {@code -Dherthon.probes=off}. The difference of the two scores is the cost of one probe site.
 *
 * <p>Each loop iteration is one "call" (or one "line"): it reads an instruction word from an
 * array and folds it into a running hash (a dependent multiply-xorshift chain the JIT cannot
 * vectorize or remove), and passes one guarded probe site, exactly as an interpreter writes it:
 * <pre>{@code if (Probes.functionEntryEnabled()) Probes.functionEntry(site, line, frameId);}</pre>
 * Scores are per iteration, i.e. per probe site passed.
 *
 * <p>Each benchmark runs in its own JVM (JMH forks), so {@code -Dherthon.probes=off} on the
 * {@code ...ProbesOff} methods gives the baseline in the same JMH run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class DisabledProbeBench {
    /** Loop iterations (probe sites passed) per benchmark invocation. */
    static final int SITES = 1024;

    static final String PROBES_OFF = "-Dherthon.probes=off";

    @State(Scope.Thread)
    public static class Frame {
        final int[] code = new SplittableRandom(42).ints(SITES).toArray();
        final ProbeSite site = Sites.named("typical");
        long hash = 1;

        @Setup
        public void nothingListens() {
            if (Probes.functionEntryEnabled() || Probes.lineEnabled()) {
                throw new IllegalStateException("a tracer or recording listens to function__entry or line:"
                        + " this benchmark measures the disabled probe site, stop it first");
            }
        }
    }

    // ---- Reference: the loop with no probe site at all --------------------------------------

    @Benchmark
    @OperationsPerInvocation(SITES)
    public long noProbeSite(Frame frame) {
        int[] code = frame.code;
        long hash = frame.hash;
        for (int i = 0; i < SITES; i++) {
            hash = work(hash, code[i]);
        }
        frame.hash = hash;
        return hash;
    }

    // ---- function__entry -------------------------------------------------------------------

    @Benchmark
    @OperationsPerInvocation(SITES)
    public long functionEntrySite(Frame frame) {
        return functionEntryLoop(frame);
    }

    @Benchmark
    @OperationsPerInvocation(SITES)
    @Fork(value = 2, jvmArgsAppend = PROBES_OFF)
    public long functionEntrySiteProbesOff(Frame frame) {
        return functionEntryLoop(frame);
    }

    private static long functionEntryLoop(Frame frame) {
        int[] code = frame.code;
        ProbeSite site = frame.site;
        long hash = frame.hash;
        for (int i = 0; i < SITES; i++) {
            if (Probes.functionEntryEnabled()) {
                Probes.functionEntry(site, site.firstLine(), i);
            }
            hash = work(hash, code[i]);
        }
        frame.hash = hash;
        return hash;
    }

    // ---- line -------------------------------------------------------------------------------

    @Benchmark
    @OperationsPerInvocation(SITES)
    public long lineSite(Frame frame) {
        return lineLoop(frame);
    }

    @Benchmark
    @OperationsPerInvocation(SITES)
    @Fork(value = 2, jvmArgsAppend = PROBES_OFF)
    public long lineSiteProbesOff(Frame frame) {
        return lineLoop(frame);
    }

    private static long lineLoop(Frame frame) {
        int[] code = frame.code;
        ProbeSite site = frame.site;
        long hash = frame.hash;
        for (int i = 0; i < SITES; i++) {
            if (Probes.lineEnabled()) {
                Probes.line(site, site.firstLine() + (i & 7));
            }
            hash = work(hash, code[i]);
        }
        frame.hash = hash;
        return hash;
    }

    /** A few nanoseconds of dependent work per iteration, like dispatching one instruction. */
    private static long work(long hash, int instruction) {
        long h = (hash ^ instruction) * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
