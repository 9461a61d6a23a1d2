package org.herthon.interpreter.guide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A runnable command block of a doc: fenced {@code ```sh run}, with the output the doc shows
 * for it in the {@code ```output} block right after it (or null when it shows none). The
 * convention is written down in docs/README.md.
 *
 * @param file the doc
 * @param line the line of the opening fence (1-based)
 * @param commands the block's text
 * @param shownOutput the following output block's text, or null
 */
public record DocBlock(Path file, int line, String commands, String shownOutput) {

    /** Where the block is, as file:line relative to {@code root}. */
    public String location(Path root) {
        return root.relativize(file.toAbsolutePath()) + ":" + line;
    }

    /** Whether running the block attaches bpftrace (so it gets a library of its own). */
    public boolean tracesWithBpftrace() {
        return commands.contains("bpftrace");
    }

    /**
     * Every runnable block of {@code doc}, in order. A malformed doc (an output block that
     * follows no runnable block, a fence left open) is an error naming the line.
     */
    public static List<DocBlock> read(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        List<DocBlock> blocks = new ArrayList<>();
        String pendingCommands = null;
        int pendingLine = 0;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (!line.startsWith("```")) {
                if (!line.isBlank() && pendingCommands != null) {
                    blocks.add(new DocBlock(doc, pendingLine, pendingCommands, null));
                    pendingCommands = null;
                }
                i++;
                continue;
            }
            String info = line.substring(3).trim();
            int open = i + 1;
            StringBuilder body = new StringBuilder();
            i++;
            while (i < lines.size() && !lines.get(i).startsWith("```")) {
                body.append(lines.get(i)).append('\n');
                i++;
            }
            if (i == lines.size()) {
                throw new IllegalStateException(doc + ":" + open + ": the ``` block opened here is never closed");
            }
            i++; // the closing fence
            if (info.equals("output")) {
                if (pendingCommands == null) {
                    throw new IllegalStateException(doc + ":" + open + ": an ```output block must follow a ```sh run block");
                }
                blocks.add(new DocBlock(doc, pendingLine, pendingCommands, body.toString()));
                pendingCommands = null;
                continue;
            }
            if (pendingCommands != null) {
                blocks.add(new DocBlock(doc, pendingLine, pendingCommands, null));
                pendingCommands = null;
            }
            if (info.equals("sh run")) {
                pendingCommands = body.toString();
                pendingLine = open;
            }
        }
        if (pendingCommands != null) {
            blocks.add(new DocBlock(doc, pendingLine, pendingCommands, null));
        }
        return blocks;
    }
}
