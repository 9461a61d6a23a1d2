package org.herthon.jmc.cli;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.flightrecorder.CouldNotLoadRecordingException;
import org.openjdk.jmc.flightrecorder.JfrLoaderToolkit;

/**
 * Loads a recording with JMC's parser, turning every way a file can be wrong (missing, a
 * directory, not a recording, cut short) into one line naming the file.
 */
public final class RecordingFile {
    /** Every chunk of a JFR file starts with these four bytes. */
    private static final byte[] MAGIC = {'F', 'L', 'R', 0};
    /** Magic, major and minor version, then the chunk's size in bytes (big-endian long). */
    private static final int CHUNK_SIZE_OFFSET = 8;
    private static final int CHUNK_HEADER_PREFIX = 16;

    private RecordingFile() {
    }

    public static IItemCollection load(String name) throws CommandException {
        Path path = Path.of(name);
        if (!Files.exists(path)) {
            throw unreadable(name, "no such file");
        }
        if (Files.isDirectory(path)) {
            throw unreadable(name, "is a directory, not a recording");
        }
        if (!Files.isReadable(path)) {
            throw unreadable(name, "permission denied");
        }
        checkChunks(name, path);
        try {
            return JfrLoaderToolkit.loadEvents(new File(name));
        } catch (CouldNotLoadRecordingException | IOException | RuntimeException e) {
            throw unreadable(name, "damaged recording (JMC's parser: " + describe(e) + ")");
        }
    }

    /**
     * Walks the chunk headers: each chunk starts with JFR's magic and says how long it is. JMC's
     * parser skips a chunk that is cut short (with a log message) and reads the rest, which would
     * make a truncated file look like a shorter run.
     */
    private static void checkChunks(String name, Path path) throws CommandException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long fileSize = channel.size();
            if (fileSize == 0) {
                throw unreadable(name, "empty file, not a JFR recording");
            }
            ByteBuffer header = ByteBuffer.allocate(CHUNK_HEADER_PREFIX);
            long offset = 0;
            int chunk = 1;
            while (offset < fileSize) {
                header.clear();
                int read = 0;
                while (header.hasRemaining() && channel.read(header, offset + read) > 0) {
                    read = header.position();
                }
                header.flip();
                boolean magic = header.remaining() >= MAGIC.length;
                for (int i = 0; magic && i < MAGIC.length; i++) {
                    magic = header.get(i) == MAGIC[i];
                }
                if (!magic) {
                    throw unreadable(name, chunk == 1 ? "not a JFR recording (it does not start with JFR's chunk header)"
                            : "damaged recording: no chunk header at byte " + offset);
                }
                if (header.remaining() < CHUNK_HEADER_PREFIX) {
                    throw unreadable(name, "truncated recording: chunk " + chunk + " is cut short in its header");
                }
                long chunkSize = header.getLong(CHUNK_SIZE_OFFSET);
                if (chunkSize <= CHUNK_HEADER_PREFIX || offset + chunkSize > fileSize) {
                    throw unreadable(name, "truncated recording: chunk " + chunk + " is cut short (the file ends at byte "
                            + fileSize + ", the chunk at byte " + (offset + chunkSize) + ")");
                }
                offset += chunkSize;
                chunk++;
            }
        } catch (IOException e) {
            throw unreadable(name, e.getMessage());
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static CommandException unreadable(String name, String what) {
        return new CommandException(CommandException.UNREADABLE, name + ": " + what);
    }
}
