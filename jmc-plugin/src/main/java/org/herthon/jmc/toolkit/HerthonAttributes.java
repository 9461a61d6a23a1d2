package org.herthon.jmc.toolkit;

import static org.openjdk.jmc.common.item.Attribute.attr;
import static org.openjdk.jmc.common.unit.UnitLookup.FLAG;
import static org.openjdk.jmc.common.unit.UnitLookup.NUMBER;
import static org.openjdk.jmc.common.unit.UnitLookup.PLAIN_TEXT;
import static org.openjdk.jmc.common.unit.UnitLookup.RAW_NUMBER;

import org.herthon.events.HerthonTypeIds.Fields;
import org.openjdk.jmc.common.item.IAttribute;
import org.openjdk.jmc.common.unit.IQuantity;

/**
 * The fields of the Herthon events as JMC attributes, named once (as JMC's {@code JdkAttributes}):
 * one attribute serves every event type that has the field. JMC reads JFR's int fields as
 * {@code NUMBER} and its long fields as {@code RAW_NUMBER} (an {@link IQuantity} for the first, a plain {@link Number} for the second); an attribute
 * of the wrong kind silently reads nothing, which {@code HerthonAttributesTest} guards against.
 * Booleans are flags.
 */
public final class HerthonAttributes {
    private HerthonAttributes() {
    }

    public static final IAttribute<String> FILENAME = attr(Fields.FILENAME, "File", PLAIN_TEXT);
    public static final IAttribute<String> FUNCTION = attr(Fields.FUNCTION, "Function", PLAIN_TEXT);
    public static final IAttribute<IQuantity> LINENO = attr(Fields.LINENO, "Line", NUMBER);
    public static final IAttribute<Number> FRAME_ID = attr(Fields.FRAME_ID, "Frame Id", RAW_NUMBER);
    public static final IAttribute<Number> PARENT_FRAME_ID = attr(Fields.PARENT_FRAME_ID, "Parent Frame Id", RAW_NUMBER);
    public static final IAttribute<String> MODULE = attr(Fields.MODULE, "Module", PLAIN_TEXT);
    public static final IAttribute<IQuantity> DEPTH = attr(Fields.DEPTH, "Depth", NUMBER);
    public static final IAttribute<IQuantity> GENERATION = attr(Fields.GENERATION, "Generation", NUMBER);
    public static final IAttribute<Number> COLLECTED = attr(Fields.COLLECTED, "Collected", RAW_NUMBER);
    public static final IAttribute<Number> GC_ID = attr(Fields.GC_ID, "GC Identifier", RAW_NUMBER);
    public static final IAttribute<String> GC_NAME = attr(Fields.GC_NAME, "JVM GC Name", PLAIN_TEXT);
    public static final IAttribute<String> GC_CAUSE = attr(Fields.GC_CAUSE, "JVM GC Cause", PLAIN_TEXT);
    public static final IAttribute<Boolean> FOUND = attr(Fields.FOUND, "Found", FLAG);
    public static final IAttribute<String> EVENT = attr(Fields.EVENT, "Event", PLAIN_TEXT);
    public static final IAttribute<String> ARGS = attr(Fields.ARGS, "Arguments", PLAIN_TEXT);
}
