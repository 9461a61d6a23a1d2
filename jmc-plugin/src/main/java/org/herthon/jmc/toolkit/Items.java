package org.herthon.jmc.toolkit;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmc.common.item.IAttribute;
import org.openjdk.jmc.common.item.IItem;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.IItemIterable;
import org.openjdk.jmc.common.item.IMemberAccessor;
import org.openjdk.jmc.common.item.IType;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.unit.UnitLookup;

/**
 * Turns items into plain rows: JMC resolves an attribute per event type, so a {@link RowReader}
 * is bound once per type and then reads each item of that type.
 */
public final class Items {
    private Items() {
    }

    /** Reads items of one event type; {@link #bind} is called once per type. */
    public interface RowReader<R> {
        Row<R> bind(Accessors accessors);
    }

    /** Reads one item into a row (null to skip it). */
    public interface Row<R> {
        R read(IItem item);
    }

    /** The accessors of one event type. */
    public static final class Accessors {
        private final IType<IItem> type;

        Accessors(IType<IItem> type) {
            this.type = type;
        }

        public IType<IItem> type() {
            return type;
        }

        /** The attribute's accessor for this type; one that reads null when the type lacks it. */
        public <V> IMemberAccessor<V, IItem> of(IAttribute<V> attribute) {
            IMemberAccessor<V, IItem> accessor = attribute.getAccessor(type);
            return accessor != null ? accessor : item -> null;
        }
    }

    /** Every row {@code reader} makes of the items in {@code items}, type by type. */
    public static <R> List<R> rows(IItemCollection items, RowReader<R> reader) {
        List<R> rows = new ArrayList<>();
        for (IItemIterable iterable : items) {
            Row<R> row = reader.bind(new Accessors(iterable.getType()));
            for (IItem item : iterable) {
                R value = row.read(item);
                if (value != null) {
                    rows.add(value);
                }
            }
        }
        return rows;
    }

    /** A number as a long (0 for a missing one). */
    public static long longOf(IQuantity quantity) {
        return quantity == null ? 0 : quantity.longValue();
    }

    /** A raw number (JFR's long fields) as a long (0 for a missing one). */
    public static long longOf(Number number) {
        return number == null ? 0 : number.longValue();
    }

    /** A timestamp as nanoseconds since the epoch. */
    public static long epochNanos(IQuantity timestamp) {
        return timestamp == null ? 0 : timestamp.clampedLongValueIn(UnitLookup.EPOCH_NS);
    }

    /** A duration in nanoseconds. */
    public static long nanos(IQuantity duration) {
        return duration == null ? 0 : duration.clampedLongValueIn(UnitLookup.NANOSECOND);
    }
}
