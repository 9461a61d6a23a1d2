package org.herthon.interpreter.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.CRC32;

import org.herthon.interpreter.ast.Module;

/**
 * Herthon's {@code __pycache__}: the parsed and checked AST of a module's source, kept on disk
 * under the cache folder ({@code ~/.cache/herthon/ast}) and keyed by the source's absolute path,
 * modification time and size and by this build of Herthon. A stale, corrupt or foreign entry is
 * ignored (and rewritten after the next parse); entries are written whole or not at all (a
 * temporary file renamed into place), so concurrent writers cannot leave a torn file; a folder
 * that cannot be written is skipped silently.
 */
final class ParseCache {
    private static final int MAGIC = 0x48415355; // "HASU": "HAST" with the private-names flag

    private final Path dir;

    /** dir null: no cache. */
    ParseCache(Path dir) {
        this.dir = dir;
    }

    boolean enabled() {
        return dir != null;
    }

    /**
     * A cached module, and whether it has names the compiler mangles (private names in classes);
     * most modules have none, and skip the mangler's walk over the whole tree.
     */
    record Entry(Module module, boolean privateNames) {
    }

    /** The cached entry for that source, or null. */
    Entry load(Path source, long mtime, long size) {
        if (dir == null) return null;
        Path entry = entryFor(source);
        byte[] all;
        try {
            all = Files.readAllBytes(entry);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(all));
            if (in.readInt() != MAGIC) return null;
            if (in.readLong() != BuildId.VALUE) return null;
            if (in.readLong() != mtime || in.readLong() != size) return null;
            if (!in.readUTF().equals(source.toString())) return null;
            boolean privateNames = in.readBoolean();
            long crc = in.readLong();
            int start = all.length - in.available();
            CRC32 c = new CRC32();
            c.update(all, start, all.length - start);
            if (c.getValue() != crc) return null;
            Object m = AstCodec.read(all, start, all.length);
            if (!(m instanceof Module)) return null;
            return new Entry((Module) m, privateNames);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /**
     * Keeps the module for that source, and whether it has names the compiler mangles; any
     * failure leaves the cache as it was.
     */
    void store(Path source, long mtime, long size, Module m, boolean privateNames) {
        if (dir == null) return;
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream(16384);
            AstCodec.write(m, new DataOutputStream(body));
            byte[] payload = body.toByteArray();
            CRC32 c = new CRC32();
            c.update(payload);
            ByteArrayOutputStream all = new ByteArrayOutputStream(payload.length + 256);
            DataOutputStream out = new DataOutputStream(all);
            out.writeInt(MAGIC);
            out.writeLong(BuildId.VALUE);
            out.writeLong(mtime);
            out.writeLong(size);
            out.writeUTF(source.toString());
            out.writeBoolean(privateNames);
            out.writeLong(c.getValue());
            out.write(payload);
            out.flush();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "entry", ".tmp");
            try {
                Files.write(tmp, all.toByteArray());
                Path entry = entryFor(source);
                try {
                    Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // unwritable folder, full disk, a tree the codec does not take: no cache for this one
        }
    }

    private Path entryFor(Path source) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            byte[] h = md.digest(source.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 12; i++) b.append(String.format("%02x", h[i] & 0xff));
            String name = source.getFileName() == null ? "module" : source.getFileName().toString();
            if (name.endsWith(".py")) name = name.substring(0, name.length() - 3);
            return dir.resolve(name + "." + b + ".ast");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * This build of Herthon's front end: the modification times and sizes of the class files (or
     * jar) of the lexer, parser, compile checks, AST and this codec. A rebuild changes it, so
     * entries written by another build are ignored.
     */
    static final class BuildId {
        static final long VALUE = compute();

        private static long compute() {
            long h = 1125899906842597L;
            Class<?>[] parts = {org.herthon.interpreter.lexer.Lexer.class, org.herthon.interpreter.parser.Parser.class,
                    org.herthon.interpreter.parser.CompileChecks.class, org.herthon.interpreter.lexer.StringLiterals.class,
                    org.herthon.interpreter.ast.Expr.class, org.herthon.interpreter.ast.Stmt.class, AstCodec.class,
                    org.herthon.interpreter.compiler.Mangler.class};
            for (Class<?> c : parts) {
                long[] ms = stamp(c);
                h = 31 * h + ms[0];
                h = 31 * h + ms[1];
                h = 31 * h + c.getName().hashCode();
            }
            return h;
        }

        private static long[] stamp(Class<?> c) {
            try {
                URL u = c.getResource(c.getSimpleName() + ".class");
                if (u == null) return new long[]{0, 0};
                Path p;
                if (u.getProtocol().equals("file")) {
                    p = Path.of(u.toURI());
                } else if (u.getProtocol().equals("jar")) {
                    String s = u.getPath();
                    int bang = s.indexOf("!/");
                    p = Path.of(new URL(bang < 0 ? s : s.substring(0, bang)).toURI());
                } else {
                    return new long[]{u.toString().hashCode(), 0};
                }
                return new long[]{Files.getLastModifiedTime(p).toMillis(), Files.size(p)};
            } catch (Exception e) {
                return new long[]{System.nanoTime(), 0}; // unknown build: never matches an entry
            }
        }
    }
}
