package org.herthon.events;

import java.util.List;
import java.util.stream.Stream;
import jdk.jfr.Event;

/** The event classes of this package, for code that registers, enables or checks them all. */
public final class HerthonEvents {
    private HerthonEvents() {
    }

    /** One twin per marker, in the order native/herthon.d declares the markers. */
    public static final List<Class<? extends Event>> TWINS = List.of(
            FunctionEntryEvent.class, FunctionReturnEvent.class, LineEvent.class, GcStartEvent.class,
            GcDoneEvent.class, ImportStartEvent.class, ImportDoneEvent.class, AuditEvent.class);

    /** The duration events built from pairs of markers. */
    public static final List<Class<? extends Event>> DURATIONS = List.of(
            FunctionCallEvent.class, GarbageCollectionEvent.class, ImportEvent.class);

    /** The twins, then the duration events. */
    public static final List<Class<? extends Event>> ALL =
            Stream.concat(TWINS.stream(), DURATIONS.stream()).toList();
}
