package org.herthon.interpreter.modules.socket;

import java.io.IOException;
import java.nio.channels.Pipe;
import java.util.HashMap;
import java.util.Map;

/**
 * One interpreter's socket descriptors: each an {@link Endpoint}, one end of a connection made
 * of two one-way pipes. {@code _socket} makes them; {@code select} waits on them. Numbers start
 * at 1000 so that they never meet the posix module's file descriptors.
 */
public final class SocketFds {
    /** One end: what it reads from and writes to (both null for an unconnected socket). */
    public static final class Endpoint {
        public final int fd;
        public final Pipe.SourceChannel in;
        public final Pipe.SinkChannel out;
        final int family, type;

        Endpoint(int fd, Pipe.SourceChannel in, Pipe.SinkChannel out, int family, int type) {
            this.fd = fd;
            this.in = in;
            this.out = out;
            this.family = family;
            this.type = type;
        }

        boolean nonBlocking() { return in != null && !in.isBlocking(); }
    }

    private final Map<Integer, Endpoint> open = new HashMap<>();
    private int next = 1000;

    synchronized Endpoint open(Pipe.SourceChannel in, Pipe.SinkChannel out, int family, int type) {
        while (open.containsKey(next)) next++;
        Endpoint e = new Endpoint(next++, in, out, family, type);
        open.put(e.fd, e);
        return e;
    }

    /** The endpoint of fd, or null. */
    public synchronized Endpoint get(int fd) { return open.get(fd); }

    synchronized void close(int fd) {
        Endpoint e = open.remove(fd);
        if (e == null) return;
        try {
            if (e.in != null) e.in.close();
            if (e.out != null) e.out.close();
        } catch (IOException ignored) {
            // closing a pipe end does not fail in a way a program could act on
        }
    }
}
