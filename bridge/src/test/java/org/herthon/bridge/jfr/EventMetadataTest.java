package org.herthon.bridge.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.Event;
import jdk.jfr.EventType;
import jdk.jfr.StackTrace;
import jdk.jfr.ValueDescriptor;
import org.herthon.bridge.Marker;
import org.herthon.events.HerthonEvents;
import org.herthon.events.HerthonTypeIds;
import org.junit.jupiter.api.Test;

/**
 * The events explain themselves in JMC and {@code jfr metadata}: a label, a description and the
 * Herthon category on every event and field, no stack trace by default, and each twin starting
 * with its marker's arguments, in herthon.d's order and with matching types.
 */
class EventMetadataTest {
    /** Where a twin's field name differs from the marker argument's (herthon.d keeps CPython's names). */
    private static final Map<String, String> FIELD_FOR_ARGUMENT = Map.of("funcname", "function", "modulename", "module");

    @Test
    void everyEventAndFieldIsLabelledDescribedAndCategorized() {
        for (Class<? extends Event> eventClass : HerthonEvents.ALL) {
            EventType type = EventType.getEventType(eventClass);
            String name = type.getName();
            assertTrue(name.startsWith("herthon."), name);
            assertNotBlank(type.getLabel(), name + " label");
            assertNotBlank(type.getDescription(), name + " description");
            assertEquals("Herthon", type.getCategoryNames().get(0), name + " category");
            assertTrue(type.getCategoryNames().size() >= 2, name + " has a subcategory");
            StackTrace stackTrace = eventClass.getAnnotation(StackTrace.class);
            assertNotNull(stackTrace, name + " says whether it records a stack trace");
            assertFalse(stackTrace.value(), name + " records no stack trace by default");
            for (ValueDescriptor field : ownFields(type)) {
                assertNotBlank(field.getLabel(), name + "." + field.getName() + " label");
                assertNotBlank(field.getDescription(), name + "." + field.getName() + " description");
            }
        }
    }

    @Test
    void typeIdConstantsNameEveryEventAndField() throws ReflectiveOperationException {
        java.util.Set<String> typeIds = new java.util.HashSet<>();
        for (java.lang.reflect.Field constant : HerthonTypeIds.class.getFields()) {
            typeIds.add((String) constant.get(null));
        }
        java.util.Set<String> fieldNames = new java.util.HashSet<>();
        for (java.lang.reflect.Field constant : HerthonTypeIds.Fields.class.getFields()) {
            fieldNames.add((String) constant.get(null));
        }
        java.util.Set<String> eventNames = new java.util.HashSet<>();
        for (Class<? extends Event> eventClass : HerthonEvents.ALL) {
            EventType type = EventType.getEventType(eventClass);
            eventNames.add(type.getName());
            for (ValueDescriptor field : ownFields(type)) {
                assertTrue(fieldNames.contains(field.getName()), "HerthonTypeIds.Fields names " + type.getName() + "." + field.getName());
            }
        }
        assertEquals(eventNames, typeIds, "HerthonTypeIds names exactly the event types");
    }

    @Test
    void eachTwinCarriesItsMarkersArgumentsInOrder() {
        Marker[] markers = Marker.values();
        assertEquals(markers.length, HerthonEvents.TWINS.size(), "one twin per marker");
        for (int i = 0; i < markers.length; i++) {
            EventType twin = EventType.getEventType(HerthonEvents.TWINS.get(i));
            List<ValueDescriptor> fields = ownFields(twin);
            List<String> arguments = markers[i].arguments();
            assertTrue(fields.size() >= arguments.size(), twin.getName() + " carries at least the marker's data");
            for (int a = 0; a < arguments.size(); a++) {
                String argument = arguments.get(a);
                String argumentName = argument.substring(argument.lastIndexOf(' ') + 1).replace("*", "");
                ValueDescriptor field = fields.get(a);
                assertEquals(FIELD_FOR_ARGUMENT.getOrDefault(argumentName, argumentName),
                        field.getName().toLowerCase(Locale.ROOT), twin.getName() + " field " + a);
                assertTrue(compatible(argument, field.getTypeName()),
                        twin.getName() + "." + field.getName() + " is " + field.getTypeName() + " for " + argument);
            }
        }
    }

    /** The fields an event declares itself (JFR adds startTime, duration, eventThread, stackTrace). */
    private static List<ValueDescriptor> ownFields(EventType type) {
        return type.getFields().stream()
                .filter(field -> !List.of("startTime", "duration", "eventThread", "stackTrace").contains(field.getName()))
                .toList();
    }

    private static boolean compatible(String argument, String javaType) {
        if (argument.startsWith("const char *")) {
            return javaType.equals("java.lang.String");
        }
        if (argument.startsWith("long ")) {
            return javaType.equals("long");
        }
        // int: a count or line, or a flag (found) that JFR shows better as a boolean
        return javaType.equals("int") || javaType.equals("boolean");
    }

    private static void assertNotBlank(String text, String what) {
        assertTrue(text != null && !text.isBlank(), what + " is missing");
    }
}
