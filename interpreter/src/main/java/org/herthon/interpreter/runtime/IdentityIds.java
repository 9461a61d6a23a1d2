package org.herthon.interpreter.runtime;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * The numbers {@code id()} hands out: stable and unique while an object lives, and not keeping
 * it alive (a strong identity map would hold every object whose id() or default repr was ever
 * taken). Ids are address-like and never reused.
 */
final class IdentityIds {
    private final Map<Key, Long> ids = new HashMap<>();
    private final ReferenceQueue<Object> dead = new ReferenceQueue<>();
    private long next = 0x7f0000001000L;

    synchronized long of(Object object) {
        for (Reference<?> gone; (gone = dead.poll()) != null; ) {
            ids.remove(gone);
        }
        Long id = ids.get(new Key(object, null));
        if (id == null) {
            id = next;
            next += 48;
            ids.put(new Key(object, dead), id);
        }
        return id;
    }

    /** A weak key compared by the identity of its referent; a cleared key equals only itself. */
    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            Object referent = get();
            return other instanceof Key key && referent != null && referent == key.get();
        }
    }
}
