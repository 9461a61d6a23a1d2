package org.herthon.interpreter.modules.os;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayDeque;

/**
 * The read end of a pipe once {@code select} has asked about it: the JVM cannot poll a pipe, so a
 * thread reads ahead (up to {@link #LIMIT} bytes) and readiness is whether it has bytes or has
 * seen the end. From then on every read of the descriptor takes from here. Without it,
 * {@code subprocess}'s communicate() read whichever pipe came first and waited on it while the
 * child filled the other.
 */
public final class PipeSource {
    private static final int LIMIT = 1 << 20;
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    /** Bytes of the first chunk already taken. */
    private int taken;
    private long buffered;
    private boolean ended;
    private IOException failed;

    PipeSource(FileChannel ch) {
        Thread pump = new Thread(() -> pump(ch), "herthon-pipe-reader");
        pump.setDaemon(true);
        pump.start();
    }

    private void pump(FileChannel ch) {
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        try {
            while (true) {
                synchronized (this) {
                    while (buffered >= LIMIT) wait();
                }
                int n = ch.read(buf.clear());
                synchronized (this) {
                    if (n < 0) {
                        ended = true;
                    } else if (n > 0) {
                        chunks.add(java.util.Arrays.copyOf(buf.array(), n));
                        buffered += n;
                    }
                    notifyAll();
                }
                if (n < 0) return;
            }
        } catch (IOException e) {
            // closed by the program (os.close) or failed: a reader sees the end, or the error
            synchronized (this) {
                failed = e;
                notifyAll();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a read would not wait: bytes are there, or the end, or an error. */
    public synchronized boolean ready() {
        return !chunks.isEmpty() || ended || failed != null;
    }

    /** As read(2) on the pipe: waits for bytes; -1 at the end. */
    synchronized int read(ByteBuffer dst) throws IOException {
        try {
            while (!ready()) wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException();
        }
        if (chunks.isEmpty()) {
            if (ended) return -1;
            throw failed;
        }
        int n = 0;
        while (dst.hasRemaining() && !chunks.isEmpty()) {
            byte[] c = chunks.peek();
            int k = Math.min(dst.remaining(), c.length - taken);
            dst.put(c, taken, k);
            taken += k;
            n += k;
            if (taken == c.length) {
                chunks.poll();
                taken = 0;
            }
        }
        buffered -= n;
        notifyAll();
        return n;
    }
}
