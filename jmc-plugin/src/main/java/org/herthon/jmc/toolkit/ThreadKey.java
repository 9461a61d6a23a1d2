package org.herthon.jmc.toolkit;

import org.openjdk.jmc.common.IMCThread;

/** A recorded thread: its name and the JVM's id for it (two threads may share a name). */
public record ThreadKey(String name, long id) {
    public static final ThreadKey UNKNOWN = new ThreadKey("(unknown thread)", -1);

    public static ThreadKey of(IMCThread thread) {
        if (thread == null) {
            return UNKNOWN;
        }
        Long javaId = thread.getThreadId();
        String name = thread.getThreadName();
        return new ThreadKey(name == null ? "(unnamed)" : name, javaId == null ? -1 : javaId);
    }
}
