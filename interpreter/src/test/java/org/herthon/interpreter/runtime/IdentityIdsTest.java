package org.herthon.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

/** id() is stable and unique for live objects, and does not keep an object alive. */
class IdentityIdsTest {
    @Test
    void idsAreStableAndUnique() {
        IdentityIds ids = new IdentityIds();
        Object a = new Object();
        Object b = new Object();
        assertEquals(ids.of(a), ids.of(a));
        assertNotEquals(ids.of(a), ids.of(b));
    }

    @Test
    void takingAnIdDoesNotKeepTheObjectAlive() throws InterruptedException {
        IdentityIds ids = new IdentityIds();
        Object object = new Object();
        ids.of(object);
        WeakReference<Object> watch = new WeakReference<>(object);
        object = null;
        for (int round = 0; round < 100 && watch.get() != null; round++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(watch.get(), "the object was collected although its id was taken");
        ids.of(new Object()); // expunges the dead key
    }
}
