package org.herthon.interpreter.modules.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.herthon.interpreter.runtime.*;
import org.herthon.interpreter.runtime.codec.Codecs;

/**
 * _io.TextIOWrapper: text over a binary buffer, with the interpreter's codecs, universal newlines,
 * line buffering and tell/seek cookies (plain byte positions at clean decoder states).
 */
public final class TextIO extends IoObject {
    PyObject buffer;
    boolean detached, initialized;
    String encoding = "utf-8";
    /** The codec Codecs knows ("utf-8", "utf-16-le" ...); "utf-8-sig" is handled here. */
    String codec = "utf-8";
    /** For encodings the Java codecs do not know: the codec registry's CodecInfo and its incremental coders (codec is null). */
    PyObject codecInfo, pyDecoder, pyEncoder;
    boolean sig;
    String errors = "strict";
    boolean readuniversal, readtranslate, writetranslate;
    String readnl, writenl;
    boolean lineBuffering, writeThrough;
    boolean readable, writable, seekable, telling, hasRead1;
    int chunkSize = 8192;
    // reading
    NewlineDecoder nl;
    String decoded;
    int decPos;
    /** Raw decoder output behind decoded (before newline translation), and the byte position it starts at. */
    StringBuilder snapRaw;
    long snapPos = -1;
    byte[] pendingIn = new byte[0];
    boolean decoderStarted;
    // writing
    byte[] pendingOut = new byte[0];
    int pendingLen;
    boolean encoderStarted;

    TextIO(IoState st, PyType cls) {
        super(st, cls);
    }

    // ---- __init__ ---------------------------------------------------------------------------
    void init(PyObject buffer, String encoding, String errors, String newline, boolean lineBuffering, boolean writeThrough) {
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r") && !newline.equals("\r\n")) {
            throw Err.valueError("illegal newline value: " + newline);
        }
        this.initialized = false;
        this.detached = false;
        if (encoding == null || encoding.equals("locale")) encoding = localeEncoding();
        setEncoding(encoding);
        this.errors = errors == null ? "strict" : errors;
        setNewline(newline);
        this.lineBuffering = lineBuffering;
        this.writeThrough = writeThrough;
        this.buffer = buffer;
        this.decoded = null;
        this.decPos = 0;
        this.snapRaw = null;
        this.pendingIn = new byte[0];
        this.pendingLen = 0;
        this.decoderStarted = this.encoderStarted = false;
        this.readable = Ops.isTrue(Io.call(buffer, "readable"));
        this.writable = Ops.isTrue(Io.call(buffer, "writable"));
        this.seekable = this.telling = Ops.isTrue(Io.call(buffer, "seekable"));
        this.hasRead1 = Ops.getAttrOrNull(buffer, "read1") != null;
        this.initialized = true;
        if (seekable && writable) {
            long pos = Ops.index(Io.call(buffer, "tell"));
            if (pos != 0) encoderStarted = true;
        }
        if (writable && buffer instanceof Buffered && ((Buffered) buffer).raw instanceof FileIO && ((FileIO) ((Buffered) buffer).raw).fd > 2) {
            st.track(this);
        }
    }

    /** Writes the pending text of a file dropped without close() (see IoState.flushAll). */
    void flushQuietly() {
        if (!detached && initialized && pendingLen > 0 && !closed()) flushPending();
    }

    /**
     * CPython's locale encoding on a UTF-8 system: "utf-8" in UTF-8 mode (PYTHONUTF8=1, or the C
     * and POSIX locales, which 3.11 coerces), else the codeset name nl_langinfo gives, "UTF-8".
     */
    static String localeEncoding() {
        if (utf8Mode()) return "utf-8";
        String v = null;
        for (String n : new String[]{"LC_ALL", "LC_CTYPE", "LANG"}) {
            String e = System.getenv(n);
            if (e != null && !e.isEmpty()) {
                v = e;
                break;
            }
        }
        if (v == null || v.equals("C") || v.equals("POSIX")) return "ANSI_X3.4-1968";
        return "UTF-8";
    }

    /** CPython's UTF-8 mode: PYTHONUTF8=1, or (unless PYTHONUTF8=0) the C or POSIX locale. */
    static boolean utf8Mode() {
        String utf8 = System.getenv("PYTHONUTF8");
        if (utf8 != null && !utf8.isEmpty()) return utf8.equals("1");
        String v = null;
        for (String n : new String[]{"LC_ALL", "LC_CTYPE", "LANG"}) {
            String e = System.getenv(n);
            if (e != null && !e.isEmpty()) {
                v = e;
                break;
            }
        }
        return v == null || v.equals("C") || v.equals("POSIX");
    }

    private void setEncoding(String enc) {
        String low = enc.toLowerCase(Locale.ROOT).replace('_', '-');
        sig = low.equals("utf-8-sig") || low.equals("utf8-sig");
        String c = sig ? "utf-8" : Codecs.normalize(enc);
        PyObject info = null;
        if (c == null) {
            // any other codec through the codec registry (codecs.lookup), as CPython's TextIOWrapper
            PyObject codecs;
            try {
                codecs = st.in.importModule("codecs", null, null, 0);
            } catch (PyException e) {
                throw Err.make(PyExc.LookupError, "unknown encoding: " + enc);
            }
            info = Ops.getAttr(codecs, "lookup").call1(PyStr.of(enc));
            PyObject text = Ops.getAttrOrNull(info, "_is_text_encoding");
            if (text != null && !Ops.isTrue(text)) {
                throw Err.make(PyExc.LookupError, "'" + enc + "' is not a text encoding; use codecs.open() to handle arbitrary codecs");
            }
        }
        this.encoding = enc;
        this.codec = c;
        this.codecInfo = info;
        this.pyDecoder = this.pyEncoder = null;
    }

    private void setNewline(String newline) {
        readuniversal = newline == null || newline.isEmpty();
        readtranslate = newline == null;
        readnl = newline;
        writetranslate = newline == null || !newline.isEmpty();
        writenl = newline == null || newline.isEmpty() ? "\n" : newline;
        nl = readuniversal ? NewlineDecoder.of(st, readtranslate) : null;
    }

    void checkAttached() {
        if (detached) throw Err.valueError("underlying buffer has been detached");
        if (!initialized) throw Err.valueError("I/O operation on uninitialized object");
    }

    private Buffered fastBuffer() {
        return buffer instanceof Buffered && buffer.type() == st.bufferedWriter || buffer instanceof Buffered && buffer.type() == st.bufferedRandom
                || buffer instanceof Buffered && buffer.type() == st.bufferedReader ? (Buffered) buffer : null;
    }

    boolean closed() {
        Buffered b = fastBuffer();
        if (b != null && !b.detached && b.raw != null) return b.rawClosed();
        return Io.isClosed(buffer);
    }

    void checkClosed() {
        checkAttached();
        if (closed()) throw Io.closedFile();
    }

    // ---- writing ----------------------------------------------------------------------------
    private byte[] encode(String s) {
        if (codec == null) {
            if (pyEncoder == null) pyEncoder = Ops.getAttr(codecInfo, "incrementalencoder").call1(PyStr.of(errors));
            PyObject b = Io.call(pyEncoder, "encode", PyStr.of(s));
            if (!(b instanceof PyBytes)) {
                throw Err.typeError("encoder should return a bytes object, not '" + TypeNames.tpName(b.type()) + "'");
            }
            encoderStarted = true;
            return ((PyBytes) b).data;
        }
        if (codec.equals("utf-8")) {
            boolean clean = true;
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0xd800 && c <= 0xdfff) {
                    clean = false;
                    break;
                }
            }
            byte[] b = clean ? s.getBytes(StandardCharsets.UTF_8) : Codecs.encode(s, "utf-8", errors);
            if (sig && !encoderStarted) {
                byte[] r = new byte[b.length + 3];
                r[0] = (byte) 0xef;
                r[1] = (byte) 0xbb;
                r[2] = (byte) 0xbf;
                System.arraycopy(b, 0, r, 3, b.length);
                b = r;
            }
            encoderStarted = true;
            return b;
        }
        String c = codec;
        if (encoderStarted && c.equals("utf-16")) c = "utf-16-le";
        if (encoderStarted && c.equals("utf-32")) c = "utf-32-le";
        byte[] b = Codecs.encode(s, c, errors);
        encoderStarted = true;
        return b;
    }

    /** TextIOWrapper.write for Java callers (print, tracebacks): returns the number of code points. */
    public int write(String text) {
        checkClosed();
        if (!writable) throw st.unsupported("not writable");
        boolean haslf = (writetranslate || lineBuffering) && text.indexOf('\n') >= 0;
        String s = text;
        if (haslf && writetranslate && !writenl.equals("\n")) s = s.replace("\n", writenl);
        boolean needflush = lineBuffering && (haslf || s.indexOf('\r') >= 0);
        byte[] b = encode(s);
        if (decoded != null || snapRaw != null) {
            decoded = null;
            snapRaw = null;
            pendingIn = new byte[0];
            if (nl != null) nl.pendingCR = false;
        }
        if (pendingLen + b.length > pendingOut.length) pendingOut = Arrays.copyOf(pendingOut, Math.max(pendingLen + b.length, pendingOut.length * 2));
        System.arraycopy(b, 0, pendingOut, pendingLen, b.length);
        pendingLen += b.length;
        if (pendingLen > chunkSize || needflush || writeThrough) flushPending();
        if (needflush) flushBuffer();
        return text.length() == b.length ? text.length() : Io.codePoints(text);
    }

    private void flushPending() {
        if (pendingLen == 0) return;
        byte[] b = Arrays.copyOf(pendingOut, pendingLen);
        pendingLen = 0;
        Buffered f = fastBuffer();
        if (f != null) f.write(b);
        else Io.call(buffer, "write", new PyBytes(b));
    }

    private void flushBuffer() {
        Buffered f = fastBuffer();
        if (f != null) f.flush();
        else Io.call(buffer, "flush");
    }

    /** TextIOWrapper.flush for Java callers. */
    public void flush() {
        checkClosed();
        telling = seekable;
        flushPending();
        flushBuffer();
    }

    // ---- reading ----------------------------------------------------------------------------
    private boolean remaining() {
        return decoded != null && decPos < decoded.length();
    }

    /** Reads and decodes one chunk, appending to what is left; false at EOF. */
    private boolean readChunk(int size) {
        return readChunk(size, false);
    }

    /** all: for read() of everything, whose bytes CPython hands to the decoder unchecked. */
    private boolean readChunk(int size, boolean all) {
        if (nl == null && snapRaw == null) snapRaw = null;
        long start = -1;
        if (seekable && telling) {
            start = bufferTell() - pendingIn.length - (nl != null && nl.pendingCR ? crBytes() : 0);
        }
        PyObject r = hasRead1 ? Io.call(buffer, "read1", PyInt.of(size)) : Io.call(buffer, "read", PyInt.of(size));
        byte[] in;
        if (r instanceof PyBytes) in = ((PyBytes) r).data;
        else {
            in = org.herthon.interpreter.modules.Buffers.bytesOrNull(r);
            if (in == null) {
                if (all) throw Err.typeError("can't concat " + TypeNames.tpName(r.type()) + " to bytes");
                throw Err.typeError("underlying " + (hasRead1 ? "read1" : "read") + "() should have returned a bytes-like object, not '"
                        + TypeNames.tpName(r.type()) + "'");
            }
        }
        boolean eof = in.length == 0;
        byte[] input = in;
        if (pendingIn.length > 0) {
            input = Arrays.copyOf(pendingIn, pendingIn.length + in.length);
            System.arraycopy(in, 0, input, pendingIn.length, in.length);
        }
        int skip = 0;
        if (codec == null) {
            if (pyDecoder == null) pyDecoder = Ops.getAttr(codecInfo, "incrementaldecoder").call1(PyStr.of(errors));
            PyObject out = Io.call(pyDecoder, "decode", new PyBytes(input), PyBool.of(eof));
            if (!(out instanceof PyStr)) {
                throw Err.typeError("decoder should return a string result, not '" + TypeNames.tpName(out.type()) + "'");
            }
            pendingIn = new byte[0];
            acceptDecoded(((PyStr) out).value, eof, start);
            return !eof;
        }
        if (!decoderStarted) {
            if (sig) {
                if (input.length < 3 && !eof && startsLike(input, new byte[]{(byte) 0xef, (byte) 0xbb, (byte) 0xbf})) {
                    pendingIn = input;
                    return true;
                }
                if (input.length >= 3 && (input[0] & 0xff) == 0xef && (input[1] & 0xff) == 0xbb && (input[2] & 0xff) == 0xbf) skip = 3;
                decoderStarted = true;
            } else if (codec.equals("utf-16") || codec.equals("utf-32")) {
                int w = codec.equals("utf-16") ? 2 : 4;
                if (input.length < w && !eof) {
                    pendingIn = input;
                    return true;
                }
                boolean be = false;
                if (w == 2 && input.length >= 2) {
                    if ((input[0] & 0xff) == 0xff && (input[1] & 0xff) == 0xfe) skip = 2;
                    else if ((input[0] & 0xff) == 0xfe && (input[1] & 0xff) == 0xff) { skip = 2; be = true; }
                } else if (w == 4 && input.length >= 4) {
                    if ((input[0] & 0xff) == 0xff && (input[1] & 0xff) == 0xfe && input[2] == 0 && input[3] == 0) skip = 4;
                    else if (input[0] == 0 && input[1] == 0 && (input[2] & 0xff) == 0xfe && (input[3] & 0xff) == 0xff) { skip = 4; be = true; }
                }
                codec = codec + (be ? "-be" : "-le");
                decoderStarted = true;
            } else {
                decoderStarted = true;
            }
        }
        if (skip > 0) {
            input = Arrays.copyOfRange(input, skip, input.length);
            if (start >= 0) start += skip;
        }
        Codecs.Decoded d = Codecs.decodeChunk(input, codec, errors, eof);
        pendingIn = Arrays.copyOfRange(input, d.consumed, input.length);
        acceptDecoded(d.text, eof, start);
        return !eof;
    }

    /** Takes a chunk of decoder output: the newline step, then onto what is left to read. */
    private void acceptDecoded(String raw, boolean eof, long start) {
        String text;
        String rawForSnap;
        if (nl != null) {
            rawForSnap = (nl.pendingCR ? "\r" : "") + raw;
            text = nl.process(raw, eof);
            if (nl.pendingCR) rawForSnap = rawForSnap.substring(0, rawForSnap.length() - 1);
        } else {
            rawForSnap = raw;
            text = raw;
        }
        if (!remaining()) {
            decoded = text;
            decPos = 0;
            snapRaw = new StringBuilder(rawForSnap);
            snapPos = start;
        } else {
            decoded = decoded + text;
            if (snapRaw != null) snapRaw.append(rawForSnap);
        }
    }

    private static boolean startsLike(byte[] in, byte[] prefix) {
        for (int i = 0; i < in.length && i < prefix.length; i++) if (in[i] != prefix[i]) return false;
        return true;
    }

    private int crBytes() {
        if (codec == null) return byteLength("\r");
        return codec.startsWith("utf-16") ? 2 : codec.startsWith("utf-32") ? 4 : 1;
    }

    private long bufferTell() {
        Buffered f = fastBuffer();
        if (f != null) return f.tell();
        return Ops.index(Io.call(buffer, "tell"));
    }

    private void checkReadable() {
        checkClosed();
        if (!readable) throw st.unsupported("not readable");
    }

    private String take(long n) {
        String s = decoded;
        int end = n < 0 ? s.length() : Io.advance(s, decPos, n);
        String r = s.substring(decPos, end);
        decPos = end;
        return r;
    }

    public String read(long n) {
        checkReadable();
        flushPending();
        if (n < 0) {
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (remaining()) sb.append(take(-1));
                boolean more = readChunk(Math.max(chunkSize, 1 << 16), true);
                if (!more) {
                    if (remaining()) sb.append(take(-1));
                    break;
                }
            }
            decoded = null;
            snapRaw = null;
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder();
        long left = n;
        while (left > 0) {
            if (!remaining()) {
                boolean more = readChunk(chunkSize);
                if (!remaining() && !more) break;
                if (!remaining()) continue;
            }
            String part = take(left);
            sb.append(part);
            left -= Io.codePoints(part);
        }
        return sb.toString();
    }

    public String readline(long limit) {
        checkReadable();
        flushPending();
        StringBuilder line = null;
        while (true) {
            if (!remaining()) {
                boolean more = readChunk(chunkSize);
                if (!remaining()) {
                    if (!more) break;
                    continue;
                }
            }
            String s = decoded;
            int start = decPos;
            int n = s.length();
            int end = -1;
            if (readtranslate) {
                int i = s.indexOf('\n', start);
                if (i >= 0) end = i + 1;
            } else if (readuniversal) {
                for (int i = start; i < n; i++) {
                    char c = s.charAt(i);
                    if (c == '\n') { end = i + 1; break; }
                    if (c == '\r') {
                        if (i + 1 < n) { end = s.charAt(i + 1) == '\n' ? i + 2 : i + 1; break; }
                        // a '\r' at the end of the decoded text: the decoder saw what follows it only at EOF
                        end = i + 1;
                        break;
                    }
                }
            } else {
                int i = s.indexOf(readnl, start);
                if (i >= 0) end = i + readnl.length();
            }
            int have = line == null ? 0 : Io.codePoints(line.toString());
            if (limit >= 0) {
                int lim = Io.advance(s, start, limit - have);
                if (end < 0 ? lim < n : end > lim) {
                    if (line == null) line = new StringBuilder();
                    line.append(s, start, lim);
                    decPos = lim;
                    break;
                }
            }
            if (end >= 0) {
                if (line == null) {
                    decPos = end;
                    return s.substring(start, end);
                }
                line.append(s, start, end);
                decPos = end;
                break;
            }
            if (line == null) line = new StringBuilder();
            // keep a trailing '\r' of a specific "\r\n" separator with the next chunk: take all but it
            line.append(s, start, n);
            decPos = n;
            if (readnl != null && readnl.equals("\r\n") && line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
                boolean more = readChunk(chunkSize);
                if (remaining() && decoded.charAt(decPos) == '\n') {
                    line.append('\n');
                    decPos++;
                    break;
                }
                if (!more && !remaining()) break;
            }
        }
        return line == null ? "" : line.toString();
    }

    @Override public PyObject pyNext() {
        if (cls != st.textIOWrapper) {
            PyObject line = Io.call(this, "readline");
            if (!(line instanceof PyStr)) {
                throw Err.make(PyExc.OSError, "readline() should have returned a str object, not '" + TypeNames.tpName(line.type()) + "'");
            }
            if (((PyStr) line).value.isEmpty()) {
                telling = seekable;
                return null;
            }
            return line;
        }
        telling = false;
        String l = readline(-1);
        if (l.isEmpty()) {
            snapRaw = null;
            telling = seekable;
            return null;
        }
        return PyStr.of(l);
    }

    // ---- tell / seek ------------------------------------------------------------------------
    long tell() {
        checkClosed();
        if (!seekable) throw st.unsupported("underlying stream is not seekable");
        if (!telling) throw Err.make(PyExc.OSError, "telling position disabled by next() call");
        flush();
        long pos = bufferTell();
        if (decoded == null || snapRaw == null || snapPos < 0) {
            return pos - pendingIn.length - (nl != null && nl.pendingCR ? crBytes() : 0);
        }
        // map the consumed decoded chars back onto the raw decoder output, then to bytes
        String raw = snapRaw.toString();
        int r = 0;
        int t = 0;
        while (t < decPos && r < raw.length()) {
            if (readtranslate && raw.charAt(r) == '\r' && r + 1 < raw.length() && raw.charAt(r + 1) == '\n') r += 2;
            else r++;
            t++;
        }
        return snapPos + byteLength(raw.substring(0, r));
    }

    /** How many bytes text takes in this stream's encoding (without a BOM). */
    private int byteLength(String text) {
        if (codec == null) {
            PyObject r = Ops.getAttr(codecInfo, "encode").call2(PyStr.of(text), PyStr.of(errors));
            return Ops.len(((PyTuple) r).items[0]);
        }
        String c = codec.equals("utf-16") ? "utf-16-le" : codec.equals("utf-32") ? "utf-32-le" : codec;
        return Codecs.encode(text, c, errors.equals("strict") ? "surrogatepass" : errors).length;
    }

    private void resetDecoder() {
        decoded = null;
        decPos = 0;
        snapRaw = null;
        pendingIn = new byte[0];
        pyDecoder = null;
        if (nl != null) {
            nl.pendingCR = false;
        }
    }

    long seek(PyObject cookieObj, int whence) {
        checkClosed();
        if (!seekable) throw st.unsupported("underlying stream is not seekable");
        long cookie = Ops.index(cookieObj);
        if (whence == 1) {
            if (cookie != 0) throw st.unsupported("can't do nonzero cur-relative seeks");
            cookie = tell();
        } else if (whence == 2) {
            if (cookie != 0) throw st.unsupported("can't do nonzero end-relative seeks");
            flush();
            resetDecoder();
            long r = Ops.index(Io.call(buffer, "seek", PyInt.ZERO, PyInt.of(2)));
            encoderStarted = r != 0;
            return r;
        } else if (whence != 0) {
            throw Err.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (cookie < 0) throw Err.valueError("negative seek position " + cookie);
        flush();
        resetDecoder();
        Io.call(buffer, "seek", PyInt.of(cookie));
        encoderStarted = cookie != 0;
        pyEncoder = null;
        if (cookie != 0 && codec != null && (codec.equals("utf-16") || codec.equals("utf-32"))) {
            // past the BOM the byte order is the native one
            decoderStarted = true;
            codec = codec + "-le";
        }
        return cookie;
    }

    @Override public String pyRepr() {
        StringBuilder sb = new StringBuilder("<").append(TypeNames.tpName(cls));
        PyObject name = null;
        try {
            name = Ops.getAttrOrNull(this, "name");
        } catch (PyException e) {
            if (!e.matches(PyExc.ValueError)) throw e;
        }
        if (name != null) sb.append(" name=").append(Ops.repr(name));
        PyObject mode = Ops.getAttrOrNull(this, "mode");
        if (mode != null) sb.append(" mode=").append(Ops.repr(mode));
        return sb.append(" encoding=").append(PyStr.repr(encoding)).append('>').toString();
    }

    // ---- the type ---------------------------------------------------------------------------
    private static TextIO me(PyObject[] a, IoState st, String m) {
        return Io.self(a, TextIO.class, st.textIOWrapper, m);
    }

    private static String strArg(PyObject o, String arg) {
        if (Io.isNone(o)) return null;
        if (o instanceof PyStr) return ((PyStr) o).value;
        throw Err.typeError("TextIOWrapper() argument '" + arg + "' must be str or None, not " + TypeNames.tpName(o.type()));
    }

    static void fill(IoState st) {
        PyType t = st.textIOWrapper;
        Io.def(t, "__init__", (a, k) -> {
            PyObject[] p = Io.args("TextIOWrapper", a, k, new String[]{"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 1);
            TextIO x = me(a, st, "__init__");
            String enc = strArg(p[1], "encoding");
            String err = strArg(p[2], "errors");
            String nl = strArg(p[3], "newline");
            x.init(p[0], enc, err, nl, p[4] != null && Ops.isTrue(p[4]), p[5] != null && Ops.isTrue(p[5]));
            return PyNone.INSTANCE;
        });
        Io.def(t, "write", (a, k) -> {
            TextIO x = me(a, st, "write");
            Io.one(t, "write", a, k);
            if (!(a[1] instanceof PyStr)) throw Err.typeError("write() argument must be str, not " + TypeNames.tpName(a[1].type()));
            return PyInt.of(x.write(((PyStr) a[1]).value));
        });
        Io.def(t, "read", (a, k) -> {
            PyObject[] p = Io.args("read", a, k, new String[]{"size"}, 0);
            TextIO x = me(a, st, "read");
            return PyStr.of(x.read(Io.size(p[0])));
        });
        Io.def(t, "readline", (a, k) -> {
            PyObject[] p = Io.args("readline", a, k, new String[]{"size"}, 0);
            TextIO x = me(a, st, "readline");
            return PyStr.of(x.readline(Io.size(p[0])));
        });
        Io.def(t, "__next__", (a, k) -> {
            PyObject v = me(a, st, "__next__").pyNext();
            if (v == null) throw Err.make(PyExc.StopIteration);
            return v;
        });
        Io.def(t, "flush", (a, k) -> {
            me(a, st, "flush").flush();
            return PyNone.INSTANCE;
        });
        Io.def(t, "close", (a, k) -> {
            TextIO x = me(a, st, "close");
            x.checkAttached();
            if (x.closed()) return PyNone.INSTANCE;
            try {
                Io.call(x, "flush");
            } finally {
                Io.call(x.buffer, "close");
            }
            return PyNone.INSTANCE;
        });
        Io.def(t, "detach", (a, k) -> {
            TextIO x = me(a, st, "detach");
            x.checkAttached();
            Io.call(x, "flush");
            PyObject b = x.buffer;
            x.buffer = null;
            x.detached = true;
            return b;
        });
        Io.def(t, "tell", (a, k) -> PyInt.of(me(a, st, "tell").tell()));
        Io.def(t, "seek", (a, k) -> {
            PyObject[] p = Io.args("seek", a, k, new String[]{"cookie", "whence"}, 1);
            return PyInt.of(me(a, st, "seek").seek(p[0], p[1] == null ? 0 : (int) Ops.index(p[1])));
        });
        Io.def(t, "truncate", (a, k) -> {
            PyObject[] p = Io.args("truncate", a, k, new String[]{"pos"}, 0);
            TextIO x = me(a, st, "truncate");
            x.checkAttached();
            Io.call(x, "flush");
            return Io.call(x.buffer, "truncate", p[0] == null ? PyNone.INSTANCE : p[0]);
        });
        for (String n : new String[]{"fileno", "isatty", "seekable", "readable", "writable"}) {
            Io.def(t, n, (a, k) -> {
                TextIO x = me(a, st, n);
                x.checkAttached();
                return Io.call(x.buffer, n);
            });
        }
        Io.def(t, "reconfigure", (a, k) -> {
            if (Args.npos(a, k) > 1) throw Err.typeError("reconfigure() takes exactly 0 positional arguments (" + (Args.npos(a, k) - 1) + " given)");
            PyObject[] p = Io.args("reconfigure", a, k, new String[]{"encoding", "errors", "newline", "line_buffering", "write_through"}, 0);
            TextIO x = me(a, st, "reconfigure");
            x.checkAttached();
            if ((p[0] != null && p[0] != PyNone.INSTANCE || p[2] != null) && x.decoded != null) {
                throw st.unsupported("It is not possible to set the encoding or newline of stream after the first read");
            }
            Io.call(x, "flush");
            if (p[0] != null && p[0] != PyNone.INSTANCE) {
                x.setEncoding(strArg(p[0], "encoding"));
                x.errors = "strict";
                x.decoderStarted = x.encoderStarted = false;
            }
            if (p[1] != null && p[1] != PyNone.INSTANCE) x.errors = strArg(p[1], "errors");
            if (p[2] != null) {
                String nl = strArg(p[2], "newline");
                if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                    throw Err.valueError("illegal newline value: " + nl);
                }
                x.setNewline(nl);
            }
            if (p[3] != null && p[3] != PyNone.INSTANCE) x.lineBuffering = Ops.isTrue(p[3]);
            if (p[4] != null && p[4] != PyNone.INSTANCE) x.writeThrough = Ops.isTrue(p[4]);
            return PyNone.INSTANCE;
        });
        Io.getter(t, "closed", self -> {
            TextIO x = (TextIO) self;
            x.checkAttached();
            return PyBool.of(x.closed());
        });
        Io.getter(t, "name", self -> {
            TextIO x = (TextIO) self;
            x.checkAttached();
            return Ops.getAttr(x.buffer, "name");
        });
        Io.getter(t, "buffer", self -> {
            TextIO x = (TextIO) self;
            if (!x.initialized) throw Err.valueError("I/O operation on uninitialized object");
            return x.buffer == null ? PyNone.INSTANCE : x.buffer;
        });
        Io.getter(t, "encoding", self -> PyStr.of(((TextIO) self).encoding));
        Io.getter(t, "errors", self -> PyStr.of(((TextIO) self).errors));
        Io.getter(t, "line_buffering", self -> PyBool.of(((TextIO) self).lineBuffering));
        Io.getter(t, "write_through", self -> PyBool.of(((TextIO) self).writeThrough));
        Io.getter(t, "_finalizing", self -> PyBool.FALSE);
        Io.getter(t, "newlines", self -> {
            TextIO x = (TextIO) self;
            x.checkAttached();
            return x.nl == null ? PyNone.INSTANCE : x.nl.newlines();
        });
        t.dict.putStr("_CHUNK_SIZE", new PyGetSet(t, "_CHUNK_SIZE", self -> PyInt.of(((TextIO) self).chunkSize), (self, v) -> {
            if (v == null) throw Err.attributeError("cannot delete attribute");
            long n = Ops.index(v);
            if (n <= 0) throw Err.valueError("a strictly positive integer is required");
            ((TextIO) self).chunkSize = (int) n;
            return PyNone.INSTANCE;
        }));
        Io.def(t, "__repr__", (a, k) -> PyStr.of(me(a, st, "__repr__").pyRepr()));
    }
}
