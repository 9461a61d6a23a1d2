package org.herthon.bridge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import jdk.jfr.Recording;
import org.herthon.bridge.ProbeSite;
import org.herthon.events.FunctionCallEvent;

/**
 * How many bytes JFR writes per event, by what the event carries (bench/event_bytes.sh): a
 * million events of one kind in a recording of their own, file size over count. It tells what a
 * trace's bytes per Herthon call can come down to: JFR gives every event a header (size, type,
 * start time, duration, thread), writes a string of under 16 characters inline and a longer one
 * as a reference to its string pool.
 */
public final class EventBytes {
    private static final int COUNT = 1_000_000;
    /** fib(30)'s site in bench/programs: a pooled file name (16 characters or more), an inline function and module name. */
    private static final ProbeSite FIB = new ProbeSite("bench/programs/fib30.py", "fib", "__main__", 1);

    public static void main(String[] args) throws Exception {
        measure("an event with no field of its own", BareLongEvent.NAME, id -> new EmptyEvent().commit());
        measure("one long (a frame id)", BareLongEvent.NAME, id -> {
            BareLongEvent event = new BareLongEvent();
            event.value = id;
            event.commit();
        });
        measure("one 8-character string (\"__main__\", inline)", OneStringEvent.NAME, id -> {
            OneStringEvent event = new OneStringEvent();
            event.text = FIB.module();
            event.commit();
        });
        measure("one " + FIB.filename().length() + "-character string (a file name, pooled)", OneStringEvent.NAME, id -> {
            OneStringEvent event = new OneStringEvent();
            event.text = FIB.filename();
            event.commit();
        });
        measure("herthon.FunctionEntry of fib(30)'s site", "herthon.FunctionEntry", id -> JfrProbeBench.commitTwin(FIB, id));
        measure("herthon.FunctionCall of fib(30)'s site", "herthon.FunctionCall", id -> {
            FunctionCallEvent event = new FunctionCallEvent();
            event.begin();
            event.filename = FIB.filename();
            event.function = FIB.function();
            event.lineno = FIB.firstLine();
            event.module = FIB.module();
            event.depth = 20;
            event.frameId = id;
            event.parentFrameId = id - 1;
            event.end();
            event.commit();
        });
    }

    @jdk.jfr.Name("herthon.bench.Empty")
    @jdk.jfr.StackTrace(false)
    static final class EmptyEvent extends jdk.jfr.Event {
    }

    private static void measure(String what, String event, LongConsumer commit) throws Exception {
        Path file = Files.createTempFile("event-bytes", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable(event).withoutStackTrace().withThreshold(java.time.Duration.ZERO);
            recording.enable("herthon.bench.Empty").withoutStackTrace();
            recording.start();
            // ids as a trace of fib(30) has them: up to 2.7 million
            for (long id = 1_700_000; id < 1_700_000 + COUNT; id++) {
                commit.accept(id);
            }
            recording.stop();
            recording.dump(file);
            System.out.printf("%-50s %5.1f bytes per event%n", what, Files.size(file) / (double) COUNT);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
