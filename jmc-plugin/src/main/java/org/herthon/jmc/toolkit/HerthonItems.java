package org.herthon.jmc.toolkit;

import org.openjdk.jmc.common.IMCThread;
import org.openjdk.jmc.common.item.IAttribute;
import org.openjdk.jmc.common.item.IItem;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.IItemIterable;
import org.openjdk.jmc.common.item.IMemberAccessor;
import org.openjdk.jmc.common.item.ItemFilters;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.unit.UnitLookup;
import org.openjdk.jmc.flightrecorder.JfrAttributes;

/**
 * Small readers over JMC item collections: one event type's items with typed field access, so
 * the rules, the report and the converter read fields the same way. A field the type does not
 * have reads as null (a recording made by an older Herthon), never as an exception.
 */
public final class HerthonItems {
    private HerthonItems() {
    }

    /** One item of one type, with its fields read through the type's accessors. */
    public interface Row {
        <T> T get(IAttribute<T> attribute);

        default String text(IAttribute<String> attribute) {
            String value = get(attribute);
            return value == null ? "" : value;
        }

        /** An integer field, whether JMC reads it as a quantity (int) or a raw number (long). */
        default long number(IAttribute<?> attribute, long missing) {
            Object value = get(attribute);
            if (value instanceof IQuantity quantity) {
                return quantity.longValue();
            }
            return value instanceof Number number ? number.longValue() : missing;
        }

        /** Start time in nanoseconds since the epoch. */
        default long startNanos() {
            return get(JfrAttributes.START_TIME).clampedLongValueIn(UnitLookup.EPOCH_NS);
        }

        /** End time in nanoseconds since the epoch (the start for an instant event). */
        default long endNanos() {
            IQuantity end = get(JfrAttributes.END_TIME);
            return end == null ? startNanos() : end.clampedLongValueIn(UnitLookup.EPOCH_NS);
        }

        default long durationNanos() {
            IQuantity duration = get(JfrAttributes.DURATION);
            return duration == null ? 0 : duration.clampedLongValueIn(UnitLookup.NANOSECOND);
        }

        default IMCThread thread() {
            return get(JfrAttributes.EVENT_THREAD);
        }
    }

    public interface RowVisitor {
        void visit(Row row);
    }

    /** Calls the visitor for every event of the given type id, in the collection's order. */
    public static void forEach(IItemCollection items, String typeId, RowVisitor visitor) {
        for (IItemIterable iterable : items.apply(ItemFilters.type(typeId))) {
            AccessorRow row = new AccessorRow(iterable);
            for (IItem item : iterable) {
                row.item = item;
                visitor.visit(row);
            }
        }
    }

    /** Whether the collection holds at least one event of the type. */
    public static boolean has(IItemCollection items, String typeId) {
        return items.apply(ItemFilters.type(typeId)).hasItems();
    }

    public static long count(IItemCollection items, String typeId) {
        long[] n = {0};
        for (IItemIterable iterable : items.apply(ItemFilters.type(typeId))) {
            n[0] += iterable.getItemCount();
        }
        return n[0];
    }

    /** Thread identity that survives JMC's per-chunk thread objects: the Java thread id, else the name. */
    public static String threadKey(IMCThread thread) {
        if (thread == null) {
            return "?";
        }
        Long id = thread.getThreadId();
        return (thread.getThreadName() == null ? "" : thread.getThreadName()) + (id == null ? "" : " #" + id);
    }

    private static final class AccessorRow implements Row {
        private final IItemIterable iterable;
        private final java.util.Map<IAttribute<?>, IMemberAccessor<?, IItem>> accessors = new java.util.HashMap<>();
        IItem item;

        AccessorRow(IItemIterable iterable) {
            this.iterable = iterable;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get(IAttribute<T> attribute) {
            IMemberAccessor<?, IItem> accessor = accessors.computeIfAbsent(attribute,
                    a -> a.getAccessor(iterable.getType()));
            return accessor == null ? null : (T) accessor.getMember(item);
        }
    }
}
