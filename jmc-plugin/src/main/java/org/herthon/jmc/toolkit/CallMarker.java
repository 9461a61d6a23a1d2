package org.herthon.jmc.toolkit;

import static org.herthon.jmc.toolkit.Items.longOf;

import java.util.Comparator;
import java.util.List;
import org.herthon.events.HerthonTypeIds;
import org.openjdk.jmc.common.IMCThread;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.IMemberAccessor;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.flightrecorder.JfrAttributes;

/**
 * One {@code herthon.FunctionEntry} or {@code herthon.FunctionReturn}: the JFR twin of a
 * function__entry or function__return marker.
 *
 * @param lineno the def line on entry, the executing line on return
 */
public record CallMarker(Kind kind, ThreadKey thread, long epochNanos, String filename, String function, int lineno,
        long frameId, String module) {

    public enum Kind { ENTRY, RETURN }

    /** Time order; an entry and a return with the same timestamp keep the order they were read in. */
    public static final Comparator<CallMarker> BY_TIME = Comparator.comparingLong(CallMarker::epochNanos);

    /** The entries and returns in {@code items}, in time order. */
    public static List<CallMarker> read(IItemCollection items) {
        List<CallMarker> markers = Items.rows(items.apply(HerthonFilters.FUNCTION_MARKERS), accessors -> {
            Kind kind = accessors.type().getIdentifier().equals(HerthonTypeIds.FUNCTION_ENTRY) ? Kind.ENTRY : Kind.RETURN;
            IMemberAccessor<IMCThread, org.openjdk.jmc.common.item.IItem> thread = accessors.of(JfrAttributes.EVENT_THREAD);
            IMemberAccessor<IQuantity, org.openjdk.jmc.common.item.IItem> time = accessors.of(JfrAttributes.START_TIME);
            var filename = accessors.of(HerthonAttributes.FILENAME);
            var function = accessors.of(HerthonAttributes.FUNCTION);
            var lineno = accessors.of(HerthonAttributes.LINENO);
            var frameId = accessors.of(HerthonAttributes.FRAME_ID);
            var module = accessors.of(HerthonAttributes.MODULE);
            return item -> new CallMarker(kind, ThreadKey.of(thread.getMember(item)), Items.epochNanos(time.getMember(item)),
                    filename.getMember(item), function.getMember(item), (int) longOf(lineno.getMember(item)),
                    longOf(frameId.getMember(item)), module.getMember(item));
        });
        markers.sort(BY_TIME);
        return markers;
    }

    /** The last path component of the filename, as the tracing scripts print it. */
    public String basename() {
        if (filename == null) {
            return "(null)";
        }
        int slash = filename.lastIndexOf('/');
        return slash < 0 ? filename : filename.substring(slash + 1);
    }
}
