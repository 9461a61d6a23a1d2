package org.herthon.jmc.flame;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.herthon.jmc.toolkit.CallProfile;
import org.herthon.jmc.toolkit.CallProfile.Frame;
import org.herthon.jmc.toolkit.CallProfile.Node;
import org.herthon.jmc.toolkit.ThreadKey;
import org.openjdk.jmc.common.item.IAttribute;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.unit.UnitLookup;
import org.openjdk.jmc.flightrecorder.writer.api.Recording;
import org.openjdk.jmc.flightrecorder.writer.api.Recordings;
import org.openjdk.jmc.flightrecorder.writer.api.Type;
import org.openjdk.jmc.flightrecorder.writer.api.TypedValue;
import org.openjdk.jmc.flightrecorder.writer.api.Types;

/**
 * Writes a Herthon call tree as a JFR recording whose stack traces are Herthon call stacks, with
 * JMC's recording writer: one {@value #EVENT_TYPE} event per thread and call path, carrying the
 * path as its stack trace (innermost frame first, as the JVM writes them), the time spent in
 * that path's own code and its number of calls. JMC's Flame Graph, weighted by
 * {@link #SELF_TIME}, then shows the exact hierarchy of a trace recording; weighted by
 * {@link #CALLS}, the call counts.
 *
 * <p>A frame is a JVM method whose class is the Herthon module and whose name is the function,
 * at the function's first line: JMC shows {@code module.function} where it shows a Java frame's
 * {@code package.Class.method}. (JMC derives a class's package from the class name, so the
 * file name cannot ride along as a package.)
 */
public final class FlameRecording {
    private FlameRecording() {
    }

    public static final String EVENT_TYPE = "herthon.CallPath";
    static final String FIELD_SELF_TIME = "selfTime";
    static final String FIELD_CALLS = "calls";

    /** The event's weights as JMC attributes, for {@code StacktraceTreeModel}. */
    public static final IAttribute<IQuantity> SELF_TIME = org.openjdk.jmc.common.item.Attribute
            .attr(FIELD_SELF_TIME, "Self Time", UnitLookup.TIMESPAN);
    public static final IAttribute<IQuantity> CALLS = org.openjdk.jmc.common.item.Attribute
            .attr(FIELD_CALLS, "Calls", UnitLookup.NUMBER);

    /** Writes the tree's paths, per thread, to the stream (closed when done). */
    public static void write(CallProfile tree, OutputStream out) throws IOException {
        try (Recording recording = Recordings.newRecording(out, settings -> settings.withJdkTypeInitialization())) {
            // Registered as a plain subtype of jdk.jfr.Event rather than with registerEventType,
            // which puts stackTrace before startTime: the JDK's own parser (the jfr tool) reads
            // startTime as an event's first field.
            Type type = recording.registerType(EVENT_TYPE, "jdk.jfr.Event", t -> t
                    .addField("startTime", Types.Builtin.LONG,
                            f -> f.addAnnotation(Types.JDK.ANNOTATION_TIMESTAMP, "TICKS"))
                    .addField("eventThread", Types.JDK.THREAD)
                    .addField("stackTrace", Types.JDK.STACK_TRACE)
                    .addField(FIELD_SELF_TIME, Types.Builtin.LONG,
                            f -> f.addAnnotation(Types.JDK.ANNOTATION_TIMESPAN, "NANOSECONDS")
                                    .addAnnotation(Types.JDK.ANNOTATION_LABEL, "Self Time"))
                    // An int, not a long: JMC reads an int as a number it can weight a tree by,
                    // a long without a unit as a raw number it cannot.
                    .addField(FIELD_CALLS, Types.Builtin.INT,
                            f -> f.addAnnotation(Types.JDK.ANNOTATION_LABEL, "Calls"))
                    .addAnnotation(Types.JDK.ANNOTATION_LABEL, "Herthon Call Path")
                    .addAnnotation(Types.JDK.ANNOTATION_CATEGORY, "Herthon")
                    .addAnnotation(Types.JDK.ANNOTATION_DESCRIPTION,
                            "A Herthon call stack from a trace recording, weighted by the time spent in its innermost function"));
            Writer writer = new Writer(recording, type);
            for (Map.Entry<ThreadKey, Node> thread : tree.threads().entrySet()) {
                writer.thread(thread.getKey().name(), thread.getKey().id(), thread.getValue());
            }
        }
    }

    private static final class Writer {
        private final Recording recording;
        private final Type type;
        private final Types types;
        private final Map<Frame, TypedValue> frames = new HashMap<>();

        Writer(Recording recording, Type type) {
            this.recording = recording;
            this.type = type;
            this.types = recording.getTypes();
        }

        void thread(String name, long id, Node root) {
            TypedValue thread = types.getType(Types.JDK.THREAD).asValue(t -> t
                    .putField("javaName", name).putField("javaThreadId", id).putField("osThreadId", id));
            for (Node child : root.children()) {
                visit(child, thread);
            }
        }

        private void visit(Node node, TypedValue thread) {
            List<Frame> path = node.path();
            TypedValue[] stack = new TypedValue[path.size()];
            for (int i = 0; i < stack.length; i++) {
                stack[i] = frame(path.get(path.size() - 1 - i));
            }
            long selfTime = node.selfNanos();
            int calls = Math.toIntExact(node.calls());
            recording.writeEvent(type.asValue(e -> e
                    .putField("startTime", 0L)
                    .putField("eventThread", thread)
                    .putField("stackTrace", s -> s.putField("frames", stack).putField("truncated", false))
                    .putField(FIELD_SELF_TIME, selfTime)
                    .putField(FIELD_CALLS, calls)));
            for (Node child : node.children()) {
                visit(child, thread);
            }
        }

        private TypedValue frame(Frame f) {
            return frames.computeIfAbsent(f, k -> types.getType(Types.JDK.STACK_FRAME).asValue(p -> p
                    .putField("method", types.getType(Types.JDK.METHOD).asValue(m -> m
                            .putField("type", types.getType(Types.JDK.CLASS).asValue(c -> c
                                    .putField("name", k.module())))
                            .putField("name", k.function())
                            .putField("descriptor", "()V")))
                    .putField("lineNumber", k.lineno())
                    .putField("bytecodeIndex", 0)
                    .putField("type", "Interpreted")));
        }
    }
}
