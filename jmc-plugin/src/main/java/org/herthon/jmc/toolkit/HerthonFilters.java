package org.herthon.jmc.toolkit;

import java.util.Set;
import org.herthon.events.HerthonTypeIds;
import org.openjdk.jmc.common.item.IItemFilter;
import org.openjdk.jmc.common.item.ItemFilters;

/** Filters for the Herthon event types (as JMC's {@code JdkFilters}). */
public final class HerthonFilters {
    private HerthonFilters() {
    }

    public static final IItemFilter FUNCTION_ENTRY = ItemFilters.type(HerthonTypeIds.FUNCTION_ENTRY);
    public static final IItemFilter FUNCTION_RETURN = ItemFilters.type(HerthonTypeIds.FUNCTION_RETURN);
    public static final IItemFilter FUNCTION_MARKERS =
            ItemFilters.type(Set.of(HerthonTypeIds.FUNCTION_ENTRY, HerthonTypeIds.FUNCTION_RETURN));
    public static final IItemFilter FUNCTION_CALL = ItemFilters.type(HerthonTypeIds.FUNCTION_CALL);
    public static final IItemFilter LINE = ItemFilters.type(HerthonTypeIds.LINE);
    public static final IItemFilter GARBAGE_COLLECTION = ItemFilters.type(HerthonTypeIds.GARBAGE_COLLECTION);
    public static final IItemFilter IMPORT = ItemFilters.type(HerthonTypeIds.IMPORT);
    public static final IItemFilter AUDIT = ItemFilters.type(HerthonTypeIds.AUDIT);
    /** Every Herthon event type: the type ids {@link HerthonTypeIds} declares. */
    public static final IItemFilter HERTHON = ItemFilters.type(allTypeIds());

    private static Set<String> allTypeIds() {
        Set<String> ids = new java.util.TreeSet<>();
        for (java.lang.reflect.Field field : HerthonTypeIds.class.getFields()) {
            if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    ids.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return ids;
    }
}
