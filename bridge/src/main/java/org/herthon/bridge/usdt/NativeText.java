package org.herthon.bridge.usdt;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.herthon.bridge.ProbeSite;

/**
 * Java strings as the markers' {@code const char *} arguments: NUL-terminated UTF-8, or NULL
 * when the string cannot be encoded (a lone surrogate, say). A name that cannot be encoded
 * must never throw, leak, or change what the program does; the tracer sees NULL.
 */
public final class NativeText {
    private NativeText() {
    }

    /** NUL-terminated UTF-8 bytes of {@code text}, or null if it is null or has an unpaired surrogate. */
    static byte[] cString(String text) {
        if (text == null) {
            return null;
        }
        try {
            ByteBuffer utf8 = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[utf8.remaining() + 1];
            utf8.get(bytes, 0, bytes.length - 1);
            return bytes;
        } catch (CharacterCodingException unencodable) {
            return null;
        }
    }

    /**
     * The three names of a probe site (filename, function, module), copied once into native
     * memory (direct buffers, kept alive by this object) so the hot markers pass addresses.
     */
    public static final class Names {
        private final ByteBuffer[] memory = new ByteBuffer[3];
        final long filename;
        final long function;
        final long module;

        static Names of(ProbeSite site) {
            return new Names(site.filename(), site.function(), site.module());
        }

        public Names(String filename, String function, String module) {
            this.filename = permanent(0, filename);
            this.function = permanent(1, function);
            this.module = permanent(2, module);
        }

        private long permanent(int slot, String text) {
            byte[] bytes = cString(text);
            if (bytes == null) {
                return 0;
            }
            memory[slot] = ByteBuffer.allocateDirect(bytes.length).put(bytes);
            return HerthonJni.address(memory[slot]);
        }
    }
}
