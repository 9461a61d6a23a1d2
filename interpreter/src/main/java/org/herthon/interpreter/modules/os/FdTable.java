package org.herthon.interpreter.modules.os;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.HashMap;
import java.util.Map;

/**
 * One interpreter's file descriptors (0, 1 and 2 are its standard streams and are not in the
 * table): what posix's os.open/read/write/close and _io's FileIO share, through
 * {@code in.builtinModules.shared(FdTable.class, FdTable::new)}.
 */
public final class FdTable {
    final Map<Integer, FileChannel> open = new HashMap<>();
    final Map<Integer, String> paths = new HashMap<>();
    int next = 3;

    /** Registers an open channel; returns its descriptor (the lowest free one from 3, as POSIX does). */
    public synchronized int add(FileChannel ch, String path) {
        int fd = 3;
        while (open.containsKey(fd)) fd++;
        open.put(fd, ch);
        paths.put(fd, path);
        return fd;
    }

    /** The channel of fd, or null when fd is not open here (0..2 are never here). */
    public synchronized FileChannel get(int fd) { return open.get(fd); }

    /** The path fd was opened with, or null. */
    public synchronized String path(int fd) { return paths.get(fd); }

    /** Closes fd; false when it was not open. */
    public boolean close(int fd) throws IOException {
        FileChannel ch;
        synchronized (this) {
            ch = open.remove(fd);
            paths.remove(fd);
        }
        if (ch == null) return false;
        ch.close();
        return true;
    }
}
