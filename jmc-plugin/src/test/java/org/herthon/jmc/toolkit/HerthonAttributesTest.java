package org.herthon.jmc.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Event;
import jdk.jfr.Recording;
import org.herthon.events.HerthonEvents;
import org.openjdk.jmc.common.item.IAttribute;
import org.openjdk.jmc.common.item.IItem;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.IItemIterable;
import org.openjdk.jmc.common.item.IMemberAccessor;
import org.openjdk.jmc.flightrecorder.JfrLoaderToolkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every attribute of {@link HerthonAttributes} reads its field, with a value, from every Herthon
 * event type that has the field, in a real recording read by JMC's parser: an attribute of the
 * wrong content type (JMC reads JFR longs as raw numbers) would silently read nothing.
 */
class HerthonAttributesTest {
    @TempDir
    Path temp;

    @Test
    void everyAttributeReadsEveryEventTypeThatHasTheField() throws Exception {
        Path file = temp.resolve("all.jfr");
        try (Recording recording = new Recording()) {
            for (Class<? extends Event> type : HerthonEvents.ALL) {
                recording.enable(type).withoutStackTrace().withThreshold(java.time.Duration.ZERO);
            }
            recording.start();
            for (Class<? extends Event> type : HerthonEvents.ALL) {
                Event event = type.getDeclaredConstructor().newInstance();
                for (Field field : type.getFields()) {
                    if (field.getType() == String.class) {
                        field.set(event, field.getName() + "-value");
                    } else if (field.getType() == int.class) {
                        field.setInt(event, 7);
                    } else if (field.getType() == long.class) {
                        field.setLong(event, 7L);
                    } else if (field.getType() == boolean.class) {
                        field.setBoolean(event, true);
                    }
                }
                event.commit();
            }
            recording.stop();
            recording.dump(file);
        }
        IItemCollection items = JfrLoaderToolkit.loadEvents(new File(file.toString()));
        List<String> checked = new ArrayList<>();
        for (IItemIterable iterable : items.apply(HerthonFilters.HERTHON)) {
            String typeId = iterable.getType().getIdentifier();
            Class<? extends Event> eventClass = HerthonEvents.ALL.stream()
                    .filter(c -> jdk.jfr.EventType.getEventType(c).getName().equals(typeId)).findFirst()
                    .orElseThrow(() -> new AssertionError("not a Herthon event class: " + typeId));
            for (IAttribute<?> attribute : attributes()) {
                boolean hasField = java.util.Arrays.stream(eventClass.getFields())
                        .anyMatch(f -> f.getName().equals(attribute.getIdentifier()));
                if (!hasField) {
                    continue;
                }
                IMemberAccessor<?, IItem> accessor = attribute.getAccessor(iterable.getType());
                assertNotNull(accessor, typeId + " has no " + attribute.getIdentifier() + " of " + attribute.getContentType());
                IItem item = iterable.iterator().next();
                Object value = accessor.getMember(item);
                assertNotNull(value, typeId + "." + attribute.getIdentifier());
                checked.add(typeId + "." + attribute.getIdentifier());
            }
        }
        assertTrue(checked.contains("herthon.FunctionCall.parentFrameId"), checked.toString());
        assertTrue(checked.contains("herthon.GarbageCollection.gcId"), checked.toString());
        assertEquals(HerthonEvents.ALL.size(), items.apply(HerthonFilters.HERTHON).stream().count());
    }

    private static List<IAttribute<?>> attributes() throws IllegalAccessException {
        List<IAttribute<?>> attributes = new ArrayList<>();
        for (Field field : HerthonAttributes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && IAttribute.class.isAssignableFrom(field.getType())) {
                attributes.add((IAttribute<?>) field.get(null));
            }
        }
        return attributes;
    }
}
