package org.herthon.jmc.toolkit;

import java.util.Set;
import org.herthon.events.HerthonTypeIds;
import org.openjdk.jmc.common.item.IItemFilter;
import org.openjdk.jmc.common.item.ItemFilters;
import org.openjdk.jmc.flightrecorder.JfrAttributes;

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
    /** Every event type whose id starts with {@code herthon.}. */
    public static final IItemFilter HERTHON = ItemFilters.matches(JfrAttributes.EVENT_TYPE_ID, "herthon\\..*");
}
