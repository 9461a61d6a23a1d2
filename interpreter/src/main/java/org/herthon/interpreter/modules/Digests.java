package org.herthon.interpreter.modules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Hash engines behind _hashlib, _md5, _sha1, _sha256, _sha512, _sha3 and _blake2: the JDK's
 * MessageDigest where it has the algorithm, Keccak (SHAKE) and BLAKE2 written here.
 */
final class Digests {
    private Digests() {}

    /** One running hash computation. digest() does not end it (Python hash objects go on). */
    abstract static class Engine {
        final String name;
        Engine(String name) { this.name = name; }
        abstract void update(byte[] b, int off, int len);
        abstract byte[] digest();
        abstract Engine copy();
        abstract int digestSize();
        abstract int blockSize();
        /** For XOFs (SHAKE): a digest of any length. */
        byte[] digest(int length) { throw new UnsupportedOperationException(); }
        boolean isXof() { return false; }
    }

    static final class Jdk extends Engine {
        final MessageDigest md;
        final int block;
        Jdk(String name, MessageDigest md, int block) { super(name); this.md = md; this.block = block; }
        @Override void update(byte[] b, int off, int len) { md.update(b, off, len); }
        @Override byte[] digest() {
            try {
                return ((MessageDigest) md.clone()).digest();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
        @Override Engine copy() {
            try {
                return new Jdk(name, (MessageDigest) md.clone(), block);
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
        @Override int digestSize() { return md.getDigestLength(); }
        @Override int blockSize() { return block; }
    }

    /** The engine for a hashlib name (lower case, as hashlib spells it), or null. */
    static Engine forName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        switch (n) {
            case "md5": return jdk("md5", "MD5", 64);
            case "sha1": return jdk("sha1", "SHA-1", 64);
            case "sha224": return jdk("sha224", "SHA-224", 64);
            case "sha256": return jdk("sha256", "SHA-256", 64);
            case "sha384": return jdk("sha384", "SHA-384", 128);
            case "sha512": return jdk("sha512", "SHA-512", 128);
            case "sha512_224": case "sha512-224": return jdk("sha512_224", "SHA-512/224", 128);
            case "sha512_256": case "sha512-256": return jdk("sha512_256", "SHA-512/256", 128);
            case "sha3_224": case "sha3-224": return new Keccak("sha3_224", 144, 28, (byte) 0x06);
            case "sha3_256": case "sha3-256": return new Keccak("sha3_256", 136, 32, (byte) 0x06);
            case "sha3_384": case "sha3-384": return new Keccak("sha3_384", 104, 48, (byte) 0x06);
            case "sha3_512": case "sha3-512": return new Keccak("sha3_512", 72, 64, (byte) 0x06);
            case "shake_128": case "shake128": return new Keccak("shake_128", 168, 0, (byte) 0x1f);
            case "shake_256": case "shake256": return new Keccak("shake_256", 136, 0, (byte) 0x1f);
            case "blake2b": case "blake2b512": return new Blake2b(64, new byte[0], new byte[16], new byte[16], 1, 1, 0, 0, 0, 0, false);
            case "blake2s": case "blake2s256": return new Blake2s(32, new byte[0], new byte[8], new byte[8], 1, 1, 0, 0, 0, 0, false);
            default: return null;
        }
    }

    private static Engine jdk(String name, String alg, int block) {
        try {
            return new Jdk(name, MessageDigest.getInstance(alg), block);
        } catch (NoSuchAlgorithmException e) {
            return null;
        }
    }

    // ---- Keccak (SHA-3 and SHAKE) ----------------------------------------------------------
    private static final long[] RC = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
        0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
        0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};
    /** Rotation of lane x + 5y. */
    private static final int[] ROT = {
        0, 1, 62, 28, 27,
        36, 44, 6, 55, 20,
        3, 10, 43, 25, 39,
        41, 45, 15, 21, 8,
        18, 2, 61, 56, 14};

    static void keccakF(long[] a) {
        long[] c = new long[5], b = new long[25];
        for (int round = 0; round < 24; round++) {
            for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) a[x + y] ^= d;
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROT[x + 5 * y]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
            }
            a[0] ^= RC[round];
        }
    }

    static final class Keccak extends Engine {
        final int rate, size;
        final byte suffix;
        long[] state = new long[25];
        byte[] buf;
        int used;

        Keccak(String name, int rate, int size, byte suffix) {
            super(name);
            this.rate = rate;
            this.size = size;
            this.suffix = suffix;
            this.buf = new byte[rate];
        }

        private void absorb(byte[] block) {
            for (int i = 0; i < rate / 8; i++) {
                long v = 0;
                for (int j = 7; j >= 0; j--) v = (v << 8) | (block[8 * i + j] & 0xff);
                state[i] ^= v;
            }
            keccakF(state);
        }

        @Override void update(byte[] b, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, rate - used);
                System.arraycopy(b, off, buf, used, n);
                used += n;
                off += n;
                len -= n;
                if (used == rate) {
                    absorb(buf);
                    used = 0;
                }
            }
        }

        @Override byte[] digest() { return digest(size); }

        @Override byte[] digest(int length) {
            long[] st = state.clone();
            byte[] last = java.util.Arrays.copyOf(buf, rate);
            java.util.Arrays.fill(last, used, rate, (byte) 0);
            last[used] ^= suffix;
            last[rate - 1] ^= (byte) 0x80;
            Keccak k = new Keccak(name, rate, size, suffix);
            k.state = st;
            k.absorb(last);
            byte[] out = new byte[length];
            int pos = 0;
            while (pos < length) {
                for (int i = 0; i < rate && pos < length; i++, pos++) out[pos] = (byte) (k.state[i / 8] >>> (8 * (i % 8)));
                if (pos < length) keccakF(k.state);
            }
            return out;
        }

        @Override Engine copy() {
            Keccak k = new Keccak(name, rate, size, suffix);
            k.state = state.clone();
            k.buf = buf.clone();
            k.used = used;
            return k;
        }

        @Override int digestSize() { return size; }
        @Override int blockSize() { return rate; }
        @Override boolean isXof() { return size == 0; }
    }

    // ---- BLAKE2 --------------------------------------------------------------------------------
    private static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};
    private static final long[] IV64 = {0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
    private static final int[] IV32 = {0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19};

    static long le64(byte[] b, int off) {
        long v = 0;
        for (int j = 7; j >= 0; j--) v = (v << 8) | (b[off + j] & 0xff);
        return v;
    }

    static int le32(byte[] b, int off) {
        return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8 | (b[off + 2] & 0xff) << 16 | (b[off + 3] & 0xff) << 24;
    }

    static final class Blake2b extends Engine {
        long[] h = new long[8];
        long t0, t1;
        byte[] buf = new byte[128];
        int used;
        final int outLen;
        final boolean lastNode;

        Blake2b(int outLen, byte[] key, byte[] salt, byte[] person, int fanout, int depth, long leafSize, long nodeOffset,
                int nodeDepth, int innerSize, boolean lastNode) {
            super("blake2b");
            this.outLen = outLen;
            this.lastNode = lastNode;
            System.arraycopy(IV64, 0, h, 0, 8);
            h[0] ^= outLen | (long) key.length << 8 | (long) fanout << 16 | (long) depth << 24 | (leafSize & 0xffffffffL) << 32;
            h[1] ^= nodeOffset;
            h[2] ^= nodeDepth | (long) innerSize << 8;
            byte[] s = java.util.Arrays.copyOf(salt, 16), p = java.util.Arrays.copyOf(person, 16);
            h[4] ^= le64(s, 0);
            h[5] ^= le64(s, 8);
            h[6] ^= le64(p, 0);
            h[7] ^= le64(p, 8);
            if (key.length > 0) {
                byte[] block = new byte[128];
                System.arraycopy(key, 0, block, 0, key.length);
                update(block, 0, 128);
            }
        }

        private Blake2b(Blake2b o) {
            super("blake2b");
            h = o.h.clone();
            t0 = o.t0;
            t1 = o.t1;
            buf = o.buf.clone();
            used = o.used;
            outLen = o.outLen;
            lastNode = o.lastNode;
        }

        private static void compress(long[] h, byte[] block, long t0, long t1, boolean last, boolean lastNode) {
            long[] m = new long[16], v = new long[16];
            for (int i = 0; i < 16; i++) m[i] = le64(block, 8 * i);
            System.arraycopy(h, 0, v, 0, 8);
            System.arraycopy(IV64, 0, v, 8, 8);
            v[12] ^= t0;
            v[13] ^= t1;
            if (last) v[14] = ~v[14];
            if (last && lastNode) v[15] = ~v[15];
            for (int r = 0; r < 12; r++) {
                byte[] s = SIGMA[r % 10];
                g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
        }

        private static void g(long[] v, int a, int b, int c, int d, long x, long y) {
            v[a] = v[a] + v[b] + x;
            v[d] = Long.rotateRight(v[d] ^ v[a], 32);
            v[c] = v[c] + v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 24);
            v[a] = v[a] + v[b] + y;
            v[d] = Long.rotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 63);
        }

        private void count(int n) {
            long before = t0;
            t0 += n;
            if (Long.compareUnsigned(t0, before) < 0) t1++;
        }

        @Override void update(byte[] b, int off, int len) {
            while (len > 0) {
                if (used == 128) {
                    count(128);
                    compress(h, buf, t0, t1, false, false);
                    used = 0;
                }
                int n = Math.min(len, 128 - used);
                System.arraycopy(b, off, buf, used, n);
                used += n;
                off += n;
                len -= n;
            }
        }

        @Override byte[] digest() {
            long[] hh = h.clone();
            byte[] last = java.util.Arrays.copyOf(buf, 128);
            java.util.Arrays.fill(last, used, 128, (byte) 0);
            long a = t0 + used, b = t1;
            if (Long.compareUnsigned(a, t0) < 0) b++;
            compress(hh, last, a, b, true, lastNode);
            byte[] out = new byte[outLen];
            for (int i = 0; i < outLen; i++) out[i] = (byte) (hh[i / 8] >>> (8 * (i % 8)));
            return out;
        }

        @Override Engine copy() { return new Blake2b(this); }
        @Override int digestSize() { return outLen; }
        @Override int blockSize() { return 128; }
    }

    static final class Blake2s extends Engine {
        int[] h = new int[8];
        long t;
        byte[] buf = new byte[64];
        int used;
        final int outLen;
        final boolean lastNode;

        Blake2s(int outLen, byte[] key, byte[] salt, byte[] person, int fanout, int depth, long leafSize, long nodeOffset,
                int nodeDepth, int innerSize, boolean lastNode) {
            super("blake2s");
            this.outLen = outLen;
            this.lastNode = lastNode;
            System.arraycopy(IV32, 0, h, 0, 8);
            h[0] ^= outLen | key.length << 8 | fanout << 16 | depth << 24;
            h[1] ^= (int) leafSize;
            h[2] ^= (int) nodeOffset;
            h[3] ^= (int) (nodeOffset >>> 32) & 0xffff | nodeDepth << 16 | innerSize << 24;
            byte[] s = java.util.Arrays.copyOf(salt, 8), p = java.util.Arrays.copyOf(person, 8);
            h[4] ^= le32(s, 0);
            h[5] ^= le32(s, 4);
            h[6] ^= le32(p, 0);
            h[7] ^= le32(p, 4);
            if (key.length > 0) {
                byte[] block = new byte[64];
                System.arraycopy(key, 0, block, 0, key.length);
                update(block, 0, 64);
            }
        }

        private Blake2s(Blake2s o) {
            super("blake2s");
            h = o.h.clone();
            t = o.t;
            buf = o.buf.clone();
            used = o.used;
            outLen = o.outLen;
            lastNode = o.lastNode;
        }

        private static void compress(int[] h, byte[] block, long t, boolean last, boolean lastNode) {
            int[] m = new int[16], v = new int[16];
            for (int i = 0; i < 16; i++) m[i] = le32(block, 4 * i);
            System.arraycopy(h, 0, v, 0, 8);
            System.arraycopy(IV32, 0, v, 8, 8);
            v[12] ^= (int) t;
            v[13] ^= (int) (t >>> 32);
            if (last) v[14] = ~v[14];
            if (last && lastNode) v[15] = ~v[15];
            for (int r = 0; r < 10; r++) {
                byte[] s = SIGMA[r];
                g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
        }

        private static void g(int[] v, int a, int b, int c, int d, int x, int y) {
            v[a] = v[a] + v[b] + x;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
            v[a] = v[a] + v[b] + y;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
            v[c] = v[c] + v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
        }

        @Override void update(byte[] b, int off, int len) {
            while (len > 0) {
                if (used == 64) {
                    t += 64;
                    compress(h, buf, t, false, false);
                    used = 0;
                }
                int n = Math.min(len, 64 - used);
                System.arraycopy(b, off, buf, used, n);
                used += n;
                off += n;
                len -= n;
            }
        }

        @Override byte[] digest() {
            int[] hh = h.clone();
            byte[] last = java.util.Arrays.copyOf(buf, 64);
            java.util.Arrays.fill(last, used, 64, (byte) 0);
            compress(hh, last, t + used, true, lastNode);
            byte[] out = new byte[outLen];
            for (int i = 0; i < outLen; i++) out[i] = (byte) (hh[i / 4] >>> (8 * (i % 4)));
            return out;
        }

        @Override Engine copy() { return new Blake2s(this); }
        @Override int digestSize() { return outLen; }
        @Override int blockSize() { return 64; }
    }

    // ---- HMAC and PBKDF2 ---------------------------------------------------------------------
    /** HMAC over any engine (RFC 2104). */
    static final class Hmac {
        final Engine inner, outer;

        Hmac(Engine proto, byte[] key) {
            int bs = proto.blockSize();
            if (key.length > bs) {
                Engine k = proto.copy();
                k.update(key, 0, key.length);
                key = k.digest();
            }
            byte[] ipad = new byte[bs], opad = new byte[bs];
            for (int i = 0; i < bs; i++) {
                byte kb = i < key.length ? key[i] : 0;
                ipad[i] = (byte) (kb ^ 0x36);
                opad[i] = (byte) (kb ^ 0x5c);
            }
            inner = proto.copy();
            inner.update(ipad, 0, bs);
            outer = proto.copy();
            outer.update(opad, 0, bs);
        }

        private Hmac(Engine inner, Engine outer) { this.inner = inner; this.outer = outer; }

        void update(byte[] b) { inner.update(b, 0, b.length); }

        byte[] digest() {
            Engine o = outer.copy();
            byte[] d = inner.digest();
            o.update(d, 0, d.length);
            return o.digest();
        }

        Hmac copy() { return new Hmac(inner.copy(), outer.copy()); }
    }

    static byte[] pbkdf2(Engine proto, byte[] password, byte[] salt, long iterations, int dklen) {
        Hmac base = new Hmac(proto, password);
        int hlen = proto.digestSize();
        byte[] out = new byte[dklen];
        int pos = 0;
        for (int block = 1; pos < dklen; block++) {
            Hmac h = base.copy();
            h.update(salt);
            h.update(new byte[]{(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
            byte[] u = h.digest();
            byte[] t = u.clone();
            for (long i = 1; i < iterations; i++) {
                Hmac hi = base.copy();
                hi.update(u);
                u = hi.digest();
                for (int j = 0; j < hlen; j++) t[j] ^= u[j];
            }
            int n = Math.min(hlen, dklen - pos);
            System.arraycopy(t, 0, out, pos, n);
            pos += n;
        }
        return out;
    }
}
