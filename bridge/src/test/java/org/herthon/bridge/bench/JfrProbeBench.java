package org.herthon.bridge.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jdk.jfr.EventType;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;
import org.herthon.bridge.ProbeSite;
import org.herthon.bridge.Probes;
import org.herthon.events.FunctionEntryEvent;
import org.herthon.events.HerthonEvents;
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
 * What a probe firing costs when a JFR recording listens, against the floor: the commit of a
 * bare event with one {@code long} field ({@link BareLongEvent}), measured in the same JMH run.
 *
 * <p>Each benchmark's JVM (JMH forks one per benchmark) starts an in-process
 * {@link Recording} in its trial setup that enables only the events named on its state, writes to
 * disk (so the numbers are sustained rates, with JFR's recorder thread draining the buffers to
 * the repository), and keeps at most {@value #MAX_SIZE_MB} MB on disk.
 *
 * <ul>
 *   <li>{@link #bareLongCommit}: (i) the floor, {@code new BareLongEvent(); value = x; commit()}.</li>
 *   <li>{@link #probesFunctionEntry}: (ii) {@code if (Probes.functionEntryEnabled()) Probes.functionEntry(...)}
 *       with only {@code herthon.FunctionEntry} enabled: one twin event with all the marker's fields.</li>
 *   <li>{@link #twinDirectCommit}: (iii) the same twin event built and committed directly, without the
 *       hook: (ii) minus (iii) is the hook's own overhead, (iii) minus (i) is JFR's for the fields.</li>
 *   <li>{@code pair...}: an entry and its return through the hook, with {@code herthon.FunctionCall}
 *       only (one duration event per pair) and with all the function events of herthon.jfc
 *       (FunctionEntry, FunctionReturn, FunctionCall: three events per pair).</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class JfrProbeBench {
    static final long MAX_SIZE_MB = 256;

    private static final List<Class<? extends jdk.jfr.Event>> HERTHON_EVENTS = Stream.concat(
            HerthonEvents.ALL.stream(), Stream.of(BareLongEvent.class, OneStringEvent.class)).toList();

    /** Starts a disk recording with exactly {@code enabled} on (no stack traces, no threshold). */
    static Recording record(String... enabled) {
        return record(true, enabled);
    }

    /** Starts a recording, on disk or in memory only, with exactly {@code enabled} on. */
    static Recording record(boolean toDisk, String... enabled) {
        FlightRecorder.register(BareLongEvent.class);
        // Events a settings map leaves out keep their default, and ours default to enabled: name
        // every Herthon event, off unless wanted.
        Map<String, String> settings = new HashMap<>();
        for (Class<? extends jdk.jfr.Event> type : HERTHON_EVENTS) {
            settings.put(EventType.getEventType(type).getName() + "#enabled", "false");
        }
        for (String name : enabled) {
            settings.put(name + "#enabled", "true");
            settings.put(name + "#stackTrace", "false");
            settings.put(name + "#threshold", "0 ms");
        }
        Recording recording = new Recording(settings);
        recording.setName("herthon-bench");
        recording.setToDisk(toDisk);
        if (toDisk) {
            recording.setMaxSize(MAX_SIZE_MB * 1024 * 1024);
        }
        recording.start();
        // Check that the recording enables what it should and nothing else of ours, and that
        // the hook has seen it (its flags are refreshed when a recording starts).
        List<String> wanted = List.of(enabled);
        for (Class<? extends jdk.jfr.Event> type : HERTHON_EVENTS) {
            EventType eventType = EventType.getEventType(type);
            if (eventType.isEnabled() != wanted.contains(eventType.getName())) {
                throw new IllegalStateException(eventType.getName() + " enabled=" + eventType.isEnabled()
                        + ", expected the recording to enable exactly " + wanted);
            }
        }
        boolean entry = wanted.contains("herthon.FunctionEntry") || wanted.contains("herthon.FunctionCall");
        if (Probes.functionEntryEnabled() != entry) {
            throw new IllegalStateException("Probes.functionEntryEnabled()=" + Probes.functionEntryEnabled()
                    + " with " + wanted);
        }
        return recording;
    }

    /** (i), (ii), (iii): only herthon.FunctionEntry and the bare event. */
    @State(Scope.Benchmark)
    public static class EntryRecording {
        Recording recording;

        @Setup(Level.Trial)
        public void start() {
            recording = record("herthon.FunctionEntry", BareLongEvent.NAME);
        }

        @TearDown(Level.Trial)
        public void stop() {
            recording.close();
        }
    }

    /** Pairs with herthon.FunctionCall only. */
    @State(Scope.Benchmark)
    public static class CallRecording {
        Recording recording;

        @Setup(Level.Trial)
        public void start() {
            recording = record("herthon.FunctionCall", BareLongEvent.NAME);
        }

        @TearDown(Level.Trial)
        public void stop() {
            recording.close();
        }
    }

    /** Pairs with the function events of herthon.jfc: FunctionEntry, FunctionReturn, FunctionCall. */
    @State(Scope.Benchmark)
    public static class FunctionEventsRecording {
        Recording recording;

        @Setup(Level.Trial)
        public void start() {
            recording = record("herthon.FunctionEntry", "herthon.FunctionReturn", "herthon.FunctionCall",
                    BareLongEvent.NAME);
        }

        @TearDown(Level.Trial)
        public void stop() {
            recording.close();
        }
    }

    /** The site fired, by name length (see {@link Sites#named}). */
    @State(Scope.Thread)
    public static class Site {
        @Param({"short", "typical", "long"})
        public String names;

        ProbeSite site;
        long frameId;

        @Setup(Level.Trial)
        public void create() {
            site = Sites.named(names);
        }
    }

    /** A site with typical names, for the pairs. */
    @State(Scope.Thread)
    public static class TypicalSite {
        final ProbeSite site = Sites.named("typical");
        long frameId;
    }

    @State(Scope.Thread)
    public static class Counter {
        long value;
    }

    // ---- (i) the floor ---------------------------------------------------------------------

    @Benchmark
    public void bareLongCommit(EntryRecording recording, Counter counter) {
        commitBareLong(counter.value++);
    }

    static void commitBareLong(long value) {
        BareLongEvent event = new BareLongEvent();
        event.value = value;
        event.commit();
    }

    // ---- (ii) through the hook, herthon.FunctionEntry only ------------------------------------

    @Benchmark
    public void probesFunctionEntry(EntryRecording recording, Site site) {
        fireFunctionEntry(site.site, site.frameId++);
    }

    /** A function__entry probe site, written as an interpreter writes it. */
    static void fireFunctionEntry(ProbeSite site, long frameId) {
        if (Probes.functionEntryEnabled()) {
            Probes.functionEntry(site, site.firstLine(), frameId);
        }
    }

    // ---- (iii) the twin committed directly ---------------------------------------------------

    @Benchmark
    public void twinDirectCommit(EntryRecording recording, Site site) {
        commitTwin(site.site, site.frameId++);
    }

    /** The twin of function__entry with all its fields, committed without the hook. */
    static void commitTwin(ProbeSite site, long frameId) {
        FunctionEntryEvent event = new FunctionEntryEvent();
        event.filename = site.filename();
        event.function = site.function();
        event.lineno = site.firstLine();
        event.frameId = frameId;
        event.module = site.module();
        event.commit();
    }

    // ---- entry + return pairs ----------------------------------------------------------------

    @Benchmark
    public void pairFunctionCallOnly(CallRecording recording, TypicalSite site) {
        pair(site);
    }

    @Benchmark
    public void pairEntryReturnCall(FunctionEventsRecording recording, TypicalSite site) {
        pair(site);
    }

    private static void pair(TypicalSite site) {
        ProbeSite probeSite = site.site;
        long frameId = site.frameId++;
        fireFunctionEntry(probeSite, frameId);
        if (Probes.functionReturnEnabled()) {
            Probes.functionReturn(probeSite, probeSite.firstLine() + 1, frameId);
        }
    }
}
