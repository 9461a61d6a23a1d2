package org.herthon.interpreter.runtime.codec;

import java.io.ByteArrayOutputStream;

/** The utf-7 codec (RFC 2152) as CPython writes it: which characters go direct, shift sequences, error reasons. */
public final class Utf7 {
    private Utf7() {}

    /** 0: set D, 1: set O, 2: whitespace, 3: must be base64-encoded (as CPython's utf7_category). */
    private static final byte[] CATEGORY = {
        3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 3, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 1, 1, 1,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 3, 3,
    };
    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static boolean encodeDirect(int c) { return c > 0 && c < 128 && CATEGORY[c] != 3; }
    private static boolean isBase64(int c) { return c < 128 && B64.indexOf(c) >= 0; }

    public static byte[] encode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        boolean inShift = false;
        int bits = 0;
        long buf = 0;
        for (int ch : s.codePoints().toArray()) {
            if (inShift) {
                if (encodeDirect(ch)) {
                    if (bits > 0) { out.write(B64.charAt((int) (buf << (6 - bits)) & 0x3f)); buf = 0; bits = 0; }
                    inShift = false;
                    if (isBase64(ch) || ch == '-') out.write('-');
                    out.write(ch);
                    continue;
                }
            } else if (ch == '+') {
                out.write('+');
                out.write('-');
                continue;
            } else if (encodeDirect(ch)) {
                out.write(ch);
                continue;
            } else {
                out.write('+');
                inShift = true;
            }
            if (ch >= 0x10000) {
                bits += 16;
                buf = buf << 16 | (0xd800 | (ch - 0x10000) >> 10);
                while (bits >= 6) { out.write(B64.charAt((int) (buf >> (bits - 6)) & 0x3f)); bits -= 6; }
                ch = 0xdc00 | (ch - 0x10000) & 0x3ff;
            }
            bits += 16;
            buf = buf << 16 | ch;
            while (bits >= 6) { out.write(B64.charAt((int) (buf >> (bits - 6)) & 0x3f)); bits -= 6; }
            buf &= (1L << bits) - 1;
        }
        if (bits > 0) out.write(B64.charAt((int) (buf << (6 - bits)) & 0x3f));
        if (inShift) out.write('-');
        return out.toByteArray();
    }

    public static Codecs.Decoded decode(byte[] d, String errors, boolean isFinal) {
        StringBuilder sb = new StringBuilder(d.length);
        int n = d.length, s = 0, startinpos = 0, shiftOutStart = 0;
        boolean inShift = false;
        int bits = 0;
        long buf = 0;
        int surrogate = 0;
        while (true) {
            while (s < n) {
                int ch = d[s] & 0xff;
                String errmsg;
                if (inShift) {
                    if (isBase64(ch)) {
                        buf = buf << 6 | B64.indexOf(ch);
                        bits += 6;
                        s++;
                        if (bits >= 16) {
                            int outCh = (int) (buf >> (bits - 16)) & 0xffff;
                            bits -= 16;
                            buf &= (1L << bits) - 1;
                            if (surrogate != 0) {
                                if (outCh >= 0xdc00 && outCh <= 0xdfff) {
                                    sb.appendCodePoint(0x10000 + ((surrogate - 0xd800) << 10) + (outCh - 0xdc00));
                                    surrogate = 0;
                                    continue;
                                }
                                sb.append((char) surrogate);
                                surrogate = 0;
                            }
                            if (outCh >= 0xd800 && outCh <= 0xdbff) surrogate = outCh;
                            else sb.append((char) outCh);
                        }
                        continue;
                    }
                    inShift = false;
                    if (bits > 0) {
                        if (bits >= 6) {
                            s++;
                            errmsg = "partial character in shift sequence";
                            s = Codecs.error(sb, "utf7", d, startinpos, s, errmsg, errors);
                            continue;
                        }
                        if (buf != 0) {
                            s++;
                            errmsg = "non-zero padding bits in shift sequence";
                            s = Codecs.error(sb, "utf7", d, startinpos, s, errmsg, errors);
                            continue;
                        }
                    }
                    if (surrogate != 0 && ch < 128 && ch != '+') sb.append((char) surrogate);
                    surrogate = 0;
                    if (ch == '-') s++;
                } else if (ch == '+') {
                    startinpos = s;
                    s++;
                    if (s < n && d[s] == '-') {
                        s++;
                        sb.append('+');
                    } else if (s < n && !isBase64(d[s] & 0xff)) {
                        s++;
                        s = Codecs.error(sb, "utf7", d, startinpos, s, "ill-formed sequence", errors);
                    } else {
                        inShift = true;
                        surrogate = 0;
                        shiftOutStart = sb.length();
                        bits = 0;
                        buf = 0;
                    }
                } else if (ch < 128) {
                    s++;
                    sb.append((char) ch);
                } else {
                    startinpos = s;
                    s++;
                    s = Codecs.error(sb, "utf7", d, startinpos, s, "unexpected special character", errors);
                }
            }
            if (inShift && isFinal) {
                inShift = false;
                if (surrogate != 0 || bits >= 6 || bits > 0 && buf != 0) {
                    s = Codecs.error(sb, "utf7", d, startinpos, n, "unterminated shift sequence", errors);
                    if (s < n) continue;
                }
            }
            break;
        }
        if (!isFinal && inShift) {
            sb.setLength(shiftOutStart);
            return new Codecs.Decoded(sb.toString(), startinpos);
        }
        return new Codecs.Decoded(sb.toString(), s);
    }
}
