package org.herthon.bridge.usdt;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Java strings as the markers' {@code const char *} arguments: NUL-terminated UTF-8 in native
 * memory, or NULL when the string cannot be encoded (a lone surrogate, say). A name that cannot
 * be encoded must never throw, leak, or change what the program does; the tracer sees NULL.
 */
public final class NativeText {
    private NativeText() {
    }

    /** The UTF-8 bytes of {@code text}, or null if it has an unpaired surrogate. */
    static byte[] utf8OrNull(String text) {
        if (text == null) {
            return null;
        }
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
            byte[] result = new byte[bytes.remaining()];
            bytes.get(result);
            return result;
        } catch (CharacterCodingException unencodable) {
            return null;
        }
    }

    /** A string copied once into native memory, for names that are fired again and again. */
    static Pointer permanent(String text) {
        byte[] utf8 = utf8OrNull(text);
        if (utf8 == null) {
            return Pointer.NULL;
        }
        Memory memory = new Memory(utf8.length + 1L);
        memory.write(0, utf8, 0, utf8.length);
        memory.setByte(utf8.length, (byte) 0);
        return memory;
    }

    /** The three names of a probe site (filename, function, module), encoded once. */
    public static final class Triple {
        final Pointer filename;
        final Pointer function;
        final Pointer module;
        /** The same, as addresses for HerthonJni (0 for NULL); the Pointers above keep the memory alive. */
        final long filenameAddress;
        final long functionAddress;
        final long moduleAddress;

        public Triple(String filename, String function, String module) {
            this.filename = permanent(filename);
            this.function = permanent(function);
            this.module = permanent(module);
            this.filenameAddress = Pointer.nativeValue(this.filename);
            this.functionAddress = Pointer.nativeValue(this.function);
            this.moduleAddress = Pointer.nativeValue(this.module);
        }
    }

    /**
     * Per-thread native memory for strings that change from one firing to the next (module
     * names, audit arguments): one growable block per argument position, reused by every firing
     * on the thread, so firing allocates nothing once the blocks are large enough.
     */
    static final class Scratch {
        /** A marker has at most two strings that change per firing (audit: event and args). */
        static final int SLOTS = 2;
        private static final ThreadLocal<Scratch> PER_THREAD = ThreadLocal.withInitial(Scratch::new);

        private final Memory[] slots = new Memory[SLOTS];

        static Scratch forThisThread() {
            return PER_THREAD.get();
        }

        /** {@code text} in this thread's block for argument {@code slot}; valid until the next firing. */
        Pointer put(int slot, String text) {
            byte[] utf8 = utf8OrNull(text);
            if (utf8 == null) {
                return Pointer.NULL;
            }
            Memory memory = slots[slot];
            if (memory == null || memory.size() < utf8.length + 1L) {
                memory = new Memory(Math.max(256, Integer.highestOneBit(utf8.length + 1) * 2L));
                slots[slot] = memory;
            }
            memory.write(0, utf8, 0, utf8.length);
            memory.setByte(utf8.length, (byte) 0);
            return memory;
        }
    }
}
