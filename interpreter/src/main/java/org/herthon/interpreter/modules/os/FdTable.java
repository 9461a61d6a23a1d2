package org.herthon.interpreter.modules.os;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One interpreter's file descriptors (0, 1 and 2 are its standard streams and are not in the
 * table): what posix's os.open/read/write/close/pipe and _io's FileIO share, through
 * {@code in.builtinModules.shared(FdTable.class, FdTable::new)}.
 */
public final class FdTable {
    final Map<Integer, FileChannel> open = new HashMap<>();
    final Map<Integer, String> paths = new HashMap<>();
    /** The descriptors that are ends of a pipe (os.pipe: a named pipe, see {@link Fifos}). */
    private final Set<Integer> pipes = new HashSet<>();
    /** Read ends of pipes by descriptor; each read-ahead source once select() has asked about it. */
    private final Set<Integer> readEnds = new HashSet<>();
    private final Map<Integer, PipeSource> sources = new HashMap<>();
    int next = 3;
    /** This interpreter's folder of named pipes, made at the first os.pipe(); and how many it made. */
    private Path pipeFolder;
    private long pipesMade;

    /** Registers an open channel; returns its descriptor (the lowest free one from 3, as POSIX does). */
    public synchronized int add(FileChannel ch, String path) {
        int fd = 3;
        while (open.containsKey(fd)) fd++;
        open.put(fd, ch);
        paths.put(fd, path);
        return fd;
    }

    /** Registers one end of a pipe, opened on the named pipe at path. */
    synchronized int addPipeEnd(FileChannel ch, String path, boolean readEnd) {
        int fd = add(ch, path);
        pipes.add(fd);
        if (readEnd) readEnds.add(fd);
        return fd;
    }

    /** The read-ahead source of a pipe's read end, started now if need be; null for any other descriptor. */
    public synchronized PipeSource pipeSource(int fd) {
        if (!readEnds.contains(fd)) return null;
        return sources.computeIfAbsent(fd, k -> new PipeSource(open.get(k)));
    }

    /** The read-ahead source of fd if one was started, else null (then reads go to the channel). */
    synchronized PipeSource startedSource(int fd) {
        return sources.get(fd);
    }

    /** A fresh path for a named pipe, in a folder only this user can enter (removed at exit). */
    synchronized Path newPipePath() throws IOException {
        if (pipeFolder == null || !Files.isDirectory(pipeFolder)) {
            Path folder = Files.createTempDirectory("herthon-pipes-");
            pipeFolder = folder;
            // the pipes still open at exit (each is removed when its ends close), then the folder
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var left = Files.list(folder)) {
                    for (Path p : (Iterable<Path>) left::iterator) Files.deleteIfExists(p);
                    Files.deleteIfExists(folder);
                } catch (IOException e) {
                    // a temporary folder left behind is harmless
                }
            }, "herthon-pipes-cleanup"));
        }
        return pipeFolder.resolve("pipe-" + ++pipesMade);
    }

    /** The channel of fd, or null when fd is not open here (0..2 are never here). */
    public synchronized FileChannel get(int fd) { return open.get(fd); }

    /** The path fd was opened with, or null. */
    public synchronized String path(int fd) { return paths.get(fd); }

    /** Whether fd is an end of a pipe: not seekable, its size unknown. */
    public synchronized boolean isPipe(int fd) { return pipes.contains(fd); }

    /** Closes fd; false when it was not open. The named pipe goes once neither of its ends is open. */
    public boolean close(int fd) throws IOException {
        FileChannel ch;
        String fifo = null;
        synchronized (this) {
            ch = open.remove(fd);
            String path = paths.remove(fd);
            readEnds.remove(fd);
            sources.remove(fd);
            if (pipes.remove(fd) && !paths.containsValue(path)) fifo = path;
        }
        if (ch == null) return false;
        try {
            ch.close();
        } finally {
            if (fifo != null) Files.deleteIfExists(Path.of(fifo));
        }
        return true;
    }
}
