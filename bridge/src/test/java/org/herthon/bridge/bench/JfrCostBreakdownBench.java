package org.herthon.bridge.bench;

import java.util.concurrent.TimeUnit;
import jdk.jfr.Recording;
import org.herthon.bridge.ProbeSite;
import org.herthon.events.FunctionEntryEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the time of a JFR function event goes (an investigation aid; bench/probes.sh does not
 * run it unless asked: {@code BENCH=JfrCostBreakdownBench bash bench/probes.sh}): the same
 * commits as {@link JfrProbeBench}, plus the twin with no strings and an event with one string
 * field (null, or the site's filename: written inline when short, pooled when long), each with the
 * recording on disk (sustained rate) and in memory only (the commit path without the disk writer).
 * The one-string event with {@code null} is the fixed cost of any commit; the others, less that,
 * are what JFR charges per string.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JfrCostBreakdownBench {
    @State(Scope.Benchmark)
    public static class Rec {
        @Param({"true", "false"})
        public boolean disk;

        Recording recording;

        @Setup(Level.Trial)
        public void start() {
            recording = JfrProbeBench.record(disk, "herthon.FunctionEntry", BareLongEvent.NAME, OneStringEvent.NAME);
        }

        @TearDown(Level.Trial)
        public void stop() {
            recording.close();
        }
    }

    @State(Scope.Thread)
    public static class Site {
        @Param({"short", "long"})
        public String names;

        ProbeSite site;
        long frameId;

        @Setup(Level.Trial)
        public void create() {
            site = Sites.named(names);
        }
    }

    @Benchmark
    public void bareLongCommit(Rec rec, JfrProbeBench.Counter counter) {
        JfrProbeBench.commitBareLong(counter.value++);
    }

    @Benchmark
    public void nullStringCommit(Rec rec) {
        OneStringEvent event = new OneStringEvent();
        event.commit();
    }

    @Benchmark
    public void filenameStringCommit(Rec rec, Site site) {
        OneStringEvent event = new OneStringEvent();
        event.text = site.site.filename();
        event.commit();
    }

    @Benchmark
    public void twinWithoutStrings(Rec rec, JfrProbeBench.Counter counter) {
        FunctionEntryEvent event = new FunctionEntryEvent();
        event.lineno = 12;
        event.frameId = counter.value++;
        event.commit();
    }

    @Benchmark
    public void twinDirectCommit(Rec rec, Site site) {
        JfrProbeBench.commitTwin(site.site, site.frameId++);
    }

    @Benchmark
    public void probesFunctionEntry(Rec rec, Site site) {
        JfrProbeBench.fireFunctionEntry(site.site, site.frameId++);
    }
}
