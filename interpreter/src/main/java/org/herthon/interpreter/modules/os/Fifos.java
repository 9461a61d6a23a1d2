package org.herthon.interpreter.modules.os;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code os.pipe()} on the JVM, which has no pipe(2) that yields descriptors: a named pipe
 * (mkfifo) in a private folder, opened once for each end. A child that {@code _posixsubprocess}
 * starts gets it by path (the JVM opens it as the child's stdin, stdout or stderr), so the kernel
 * carries the data and a reader sees the end of it when the last writer closes, as with a pipe.
 * The named pipe is removed when both of the interpreter's ends are closed, or at exit.
 */
final class Fifos {
    private Fifos() {}

    /** A new pipe: its read and write ends in fds. */
    static int[] pipe(FdTable fds) throws IOException {
        Path fifo = fds.newPipePath();
        Process mkfifo = new ProcessBuilder("mkfifo", "-m", "600", fifo.toString()).redirectErrorStream(true).start();
        String said = new String(mkfifo.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        try {
            if (mkfifo.waitFor() != 0) throw new IOException("mkfifo failed: " + said);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making a pipe");
        }
        // Opening a named pipe for reading alone waits for a writer: the write end is opened first,
        // read-write (which never waits), so it is the writer the read end's open finds.
        FileChannel write = FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileChannel read;
        try {
            read = FileChannel.open(fifo, StandardOpenOption.READ);
        } catch (IOException e) {
            write.close();
            throw e;
        }
        String path = fifo.toString();
        return new int[]{fds.addPipeEnd(read, path, true), fds.addPipeEnd(write, path, false)};
    }
}
