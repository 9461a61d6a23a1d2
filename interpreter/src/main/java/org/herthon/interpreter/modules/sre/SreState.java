package org.herthon.interpreter.modules.sre;

import static org.herthon.interpreter.modules.sre.SreConstants.*;

import java.util.Arrays;

/**
 * One matching run of the engine over one subject (CPython's SRE_STATE plus SRE(match), SRE(search),
 * SRE(count), SRE(charset), SRE(at)). It executes the code lists that re._compiler produces.
 *
 * <p>The matcher never recurses on the Java stack for nested constructs: like CPython's it keeps its own
 * stack of contexts (one per pending sub-match) and a data stack for saved group marks, both growing on
 * the heap. A context that waits for a sub-match records where to resume ({@link Ctx#jump}); the loop in
 * {@link #match} resumes it when the sub-match ends. Positions are character indices into the subject
 * (code points for str, bytes for bytes-like subjects); -1 stands for CPython's NULL mark.
 */
final class SreState {
    /** Thrown for CPython's SRE_ERROR_* codes; the caller turns it into the Python exception. */
    static final class EngineError extends RuntimeException {
        final int status;
        EngineError(int status) { super(null, null, false, false); this.status = status; }
    }
    static final int ERROR_ILLEGAL = -1, ERROR_STATE = -2, ERROR_MEMORY = -9;

    /** Polled every 4096 steps, as CPython checks for signals (KeyboardInterrupt in a long match). */
    interface Interrupts { void check(); }

    private static final int K_STR = 0, K_CPS = 1, K_BYTES = 2;

    final int[] code;
    private final int kind;
    private final String str;
    private final int[] cps;
    private final byte[] bytes;
    final int length;
    final boolean isBytes;

    /** Adjusted pos and endpos. */
    final int pos, endpos;
    /** state->start (where the current match attempt starts), state->end, state->ptr. */
    int start, end, ptr;
    boolean matchAll, mustAdvance;

    int[] mark;
    int lastmark = -1, lastindex = -1;
    private Repeat repeat;

    private int[] dstack = new int[32];
    private int dsp;
    private Ctx[] cstack = new Ctx[16];
    private int csp;
    private int sigcount;
    private final Interrupts interrupts;

    private static final class Repeat {
        long count;
        int pc;          // points at the REPEAT's skip word
        int lastPtr;
        Repeat prev;
    }

    private static final class Ctx {
        int pc, ptr, jump, lastmark, lastindex, chr, savedLastPtr;
        long count;
        boolean toplevel, pushed;
        Repeat rep;
    }

    /** Subject given as a Java string whose chars are all BMP code points. */
    SreState(int[] code, int markSize, String s, int[] codePoints, byte[] b, int pos, int endpos, Interrupts interrupts) {
        this.code = code;
        if (b != null) { kind = K_BYTES; bytes = b; str = null; cps = null; length = b.length; isBytes = true; }
        else if (codePoints != null) { kind = K_CPS; cps = codePoints; str = null; bytes = null; length = codePoints.length; isBytes = false; }
        else { kind = K_STR; str = s; cps = null; bytes = null; length = s.length(); isBytes = false; }
        int st = pos < 0 ? 0 : Math.min(pos, length);
        int en = endpos < 0 ? 0 : Math.min(endpos, length);
        this.pos = st;
        this.endpos = en;
        this.start = st;
        this.end = en;
        this.mark = new int[Math.max(2, markSize)];
        this.interrupts = interrupts;
    }

    int ch(int i) {
        switch (kind) {
            case K_STR: return str.charAt(i);
            case K_CPS: return cps[i];
            default: return bytes[i] & 0xff;
        }
    }

    void reset() {
        lastmark = -1;
        lastindex = -1;
        repeat = null;
        dsp = 0;
    }

    // ---- character classes ---------------------------------------------------------------------

    static boolean category(int cat, int c) {
        switch (cat) {
            case CATEGORY_DIGIT: return SreChars.isDigit(c);
            case CATEGORY_NOT_DIGIT: return !SreChars.isDigit(c);
            case CATEGORY_SPACE: return SreChars.isSpace(c);
            case CATEGORY_NOT_SPACE: return !SreChars.isSpace(c);
            case CATEGORY_WORD: return SreChars.isWord(c);
            case CATEGORY_NOT_WORD: return !SreChars.isWord(c);
            case CATEGORY_LINEBREAK: return c == '\n';
            case CATEGORY_NOT_LINEBREAK: return c != '\n';
            case CATEGORY_LOC_WORD: return SreChars.isLocWord(c);
            case CATEGORY_LOC_NOT_WORD: return !SreChars.isLocWord(c);
            case CATEGORY_UNI_DIGIT: return SreChars.isUniDecimal(c);
            case CATEGORY_UNI_NOT_DIGIT: return !SreChars.isUniDecimal(c);
            case CATEGORY_UNI_SPACE: return SreChars.isUniSpace(c);
            case CATEGORY_UNI_NOT_SPACE: return !SreChars.isUniSpace(c);
            case CATEGORY_UNI_WORD: return SreChars.isUniWord(c);
            case CATEGORY_UNI_NOT_WORD: return !SreChars.isUniWord(c);
            case CATEGORY_UNI_LINEBREAK: return SreChars.isUniLinebreak(c);
            case CATEGORY_UNI_NOT_LINEBREAK: return !SreChars.isUniLinebreak(c);
            default: return false;
        }
    }

    private static long u(int v) { return v & 0xFFFFFFFFL; }

    /** Whether c is in the set that starts at code[pc] (ends with FAILURE). */
    boolean charset(int pc, int c) {
        final int[] code = this.code;
        boolean ok = true;
        for (;;) {
            switch (code[pc++]) {
                case FAILURE:
                    return !ok;
                case LITERAL:
                    if (c == code[pc]) return ok;
                    pc++;
                    break;
                case CATEGORY:
                    if (category(code[pc], c)) return ok;
                    pc++;
                    break;
                case CHARSET:
                    if (c < 256 && (code[pc + (c >> 5)] & (1 << (c & 31))) != 0) return ok;
                    pc += 8;
                    break;
                case RANGE:
                    if (u(code[pc]) <= c && c <= u(code[pc + 1])) return ok;
                    pc += 2;
                    break;
                case RANGE_UNI_IGNORE: {
                    if (u(code[pc]) <= c && c <= u(code[pc + 1])) return ok;
                    int uc = SreChars.upperUnicode(c);
                    if (u(code[pc]) <= uc && uc <= u(code[pc + 1])) return ok;
                    pc += 2;
                    break;
                }
                case NEGATE:
                    ok = !ok;
                    break;
                case BIGCHARSET: {
                    int count = code[pc++];
                    int block = -1;
                    if (c < 0x10000) {
                        int hi = c >> 8;
                        block = (code[pc + (hi >> 2)] >>> (8 * (hi & 3))) & 0xff;
                    }
                    pc += 64;
                    if (block >= 0) {
                        int bit = block * 256 + (c & 255);
                        if ((code[pc + (bit >> 5)] & (1 << (c & 31))) != 0) return ok;
                    }
                    pc += count * 8;
                    break;
                }
                default:
                    return false;
            }
        }
    }

    private boolean charsetLocIgnore(int pc, int c) {
        int lo = SreChars.lowerLocale(c);
        if (charset(pc, lo)) return true;
        int up = SreChars.upperLocale(c);
        return up != lo && charset(pc, up);
    }

    private static boolean charLocIgnore(int pattern, int c) {
        return c == pattern || SreChars.lowerLocale(c) == pattern || SreChars.upperLocale(c) == pattern;
    }

    private boolean at(int p, int atcode) {
        boolean thisp, thatp;
        switch (atcode) {
            case AT_BEGINNING:
            case AT_BEGINNING_STRING:
                return p == 0;
            case AT_BEGINNING_LINE:
                return p == 0 || ch(p - 1) == '\n';
            case AT_END:
                return (end - p == 1 && ch(p) == '\n') || p == end;
            case AT_END_LINE:
                // past endpos (pos > endpos) CPython reads the string's terminating NUL here
                return p == end || (p < length && ch(p) == '\n');
            case AT_END_STRING:
                return p == end;
            case AT_BOUNDARY:
            case AT_NON_BOUNDARY:
                if (end == 0) return false;
                thatp = p > 0 && SreChars.isWord(ch(p - 1));
                thisp = p < end && SreChars.isWord(ch(p));
                return (thisp != thatp) == (atcode == AT_BOUNDARY);
            case AT_LOC_BOUNDARY:
            case AT_LOC_NON_BOUNDARY:
                if (end == 0) return false;
                thatp = p > 0 && SreChars.isLocWord(ch(p - 1));
                thisp = p < end && SreChars.isLocWord(ch(p));
                return (thisp != thatp) == (atcode == AT_LOC_BOUNDARY);
            case AT_UNI_BOUNDARY:
            case AT_UNI_NON_BOUNDARY:
                if (end == 0) return false;
                thatp = p > 0 && SreChars.isUniWord(ch(p - 1));
                thisp = p < end && SreChars.isUniWord(ch(p));
                return (thisp != thatp) == (atcode == AT_UNI_BOUNDARY);
            default:
                return false;
        }
    }

    /** How many times the single-character item at code[pc] matches from this.ptr on, at most maxcount. */
    private long count(int pc, long maxcount) {
        final int[] code = this.code;
        final int start = this.ptr;
        int p = start;
        int e = end;
        if (maxcount < e - p && maxcount != MAXREPEAT) e = p + (int) maxcount;
        int c;
        switch (code[pc]) {
            case IN:
                while (p < e && charset(pc + 2, ch(p))) p++;
                break;
            case ANY:
                while (p < e && ch(p) != '\n') p++;
                break;
            case ANY_ALL:
                p = Math.max(p, e);
                break;
            case LITERAL:
                c = code[pc + 1];
                while (p < e && ch(p) == c) p++;
                break;
            case LITERAL_IGNORE:
                c = code[pc + 1];
                while (p < e && SreChars.lowerAscii(ch(p)) == c) p++;
                break;
            case LITERAL_UNI_IGNORE:
                c = code[pc + 1];
                while (p < e && SreChars.lowerUnicode(ch(p)) == c) p++;
                break;
            case LITERAL_LOC_IGNORE:
                c = code[pc + 1];
                while (p < e && charLocIgnore(c, ch(p))) p++;
                break;
            case NOT_LITERAL:
                c = code[pc + 1];
                while (p < e && ch(p) != c) p++;
                break;
            case NOT_LITERAL_IGNORE:
                c = code[pc + 1];
                while (p < e && SreChars.lowerAscii(ch(p)) != c) p++;
                break;
            case NOT_LITERAL_UNI_IGNORE:
                c = code[pc + 1];
                while (p < e && SreChars.lowerUnicode(ch(p)) != c) p++;
                break;
            case NOT_LITERAL_LOC_IGNORE:
                c = code[pc + 1];
                while (p < e && !charLocIgnore(c, ch(p))) p++;
                break;
            case CATEGORY:
                c = code[pc + 1];
                while (p < e && category(c, ch(p))) p++;
                break;
            case IN_IGNORE:
                while (p < e && charset(pc + 2, SreChars.lowerAscii(ch(p)))) p++;
                break;
            case IN_UNI_IGNORE:
                while (p < e && charset(pc + 2, SreChars.lowerUnicode(ch(p)))) p++;
                break;
            case IN_LOC_IGNORE:
                while (p < e && charsetLocIgnore(pc + 2, ch(p))) p++;
                break;
            default:
                // any other item: match it again and again (CPython does the same)
                while (this.ptr < e) {
                    if (!match(pc, false)) break;
                }
                return this.ptr - start;
        }
        return p - start;
    }

    // ---- the data stack (saved marks) ------------------------------------------------------------

    private void markPush(int lm) {
        if (lm < 0) return;
        int n = lm + 1;
        if (dsp + n > dstack.length) {
            long want = Math.max((long) dstack.length * 2, (long) dsp + n + 32);
            if (want > Integer.MAX_VALUE - 16) throw new EngineError(ERROR_MEMORY);
            dstack = Arrays.copyOf(dstack, (int) want);
        }
        System.arraycopy(mark, 0, dstack, dsp, n);
        dsp += n;
    }

    private void markPop(int lm) {
        if (lm < 0) return;
        int n = lm + 1;
        System.arraycopy(dstack, dsp - n, mark, 0, n);
        dsp -= n;
    }

    private void markPopKeep(int lm) {
        if (lm < 0) return;
        int n = lm + 1;
        System.arraycopy(dstack, dsp - n, mark, 0, n);
    }

    private void markPopDiscard(int lm) {
        if (lm < 0) return;
        dsp -= lm + 1;
    }

    // ---- contexts ----------------------------------------------------------------------------------

    private Ctx push(int pc, boolean toplevel) {
        if (csp == cstack.length) {
            if (csp > 200_000_000) throw new EngineError(ERROR_MEMORY);
            cstack = Arrays.copyOf(cstack, csp * 2);
        }
        Ctx c = cstack[csp];
        if (c == null) c = cstack[csp] = new Ctx();
        csp++;
        c.pc = pc;
        c.toplevel = toplevel;
        c.jump = J_NONE;
        c.rep = null;
        return c;
    }

    // Where a context resumes: after a sub-match (…_AFTER) or in a loop of its own (…_LOOP, …_START).
    private static final int J_NONE = 0, J_BRANCH = 1, J_BRANCH_LOOP = 2, J_REPEAT_ONE_1 = 3, J_REPEAT_ONE_1_LOOP = 4,
            J_REPEAT_ONE_2 = 5, J_REPEAT_ONE_2_LOOP = 6, J_MIN_REPEAT_ONE = 7, J_MIN_REPEAT_ONE_LOOP = 8, J_REPEAT = 9,
            J_MAX_UNTIL_1 = 10, J_MAX_UNTIL_2 = 11, J_MAX_UNTIL_3 = 12, J_MIN_UNTIL_1 = 13, J_MIN_UNTIL_2 = 14,
            J_MIN_UNTIL_3 = 15, J_POSS_REPEAT_1 = 16, J_POSS_REPEAT_1_LOOP = 17, J_POSS_REPEAT_2 = 18,
            J_POSS_REPEAT_2_LOOP = 19, J_ATOMIC_GROUP = 20, J_ASSERT = 21, J_ASSERT_NOT = 22, J_MAX_UNTIL_TAIL = 23;

    /**
     * SRE(match): whether the code at pc matches at this.ptr; on success this.ptr is the end of the match.
     */
    boolean match(int pc0, boolean toplevel0) {
        final int[] code = this.code;
        final int base = csp;
        Ctx ctx = push(pc0, toplevel0);
        int pc = pc0;
        int ptr = this.ptr;
        boolean ret = false;
        boolean entering = true;
        int resume = J_NONE;

        outer:
        for (;;) {
            boolean returning = false;
            if (entering) {
                entering = false;
                ptr = this.ptr;
                if (code[pc] == INFO) {
                    long min = u(code[pc + 3]);
                    if (min != 0 && u(end - ptr) < min) {
                        ret = false;
                        returning = true;
                    } else {
                        pc += code[pc + 1] + 1;
                    }
                }
            } else {
                // resume ctx (a sub-match returned ret, or a loop step is due)
                pc = ctx.pc;
                ptr = ctx.ptr;
                int j = resume;
                step:
                for (;;) {
                    switch (j) {
                        case J_BRANCH:
                            if (ret) {
                                if (ctx.pushed) markPopDiscard(ctx.lastmark);
                                returning = true;
                                break step;
                            }
                            if (ctx.pushed) markPopKeep(ctx.lastmark);
                            lastmark = ctx.lastmark;
                            lastindex = ctx.lastindex;
                            pc += code[pc];
                            // fall through
                        case J_BRANCH_LOOP:
                            for (; code[pc] != 0; pc += code[pc]) {
                                int op1 = code[pc + 1];
                                if (op1 == LITERAL && (ptr >= end || ch(ptr) != code[pc + 2])) continue;
                                if (op1 == IN && (ptr >= end || !charset(pc + 3, ch(ptr)))) continue;
                                this.ptr = ptr;
                                ctx.pc = pc;
                                ctx.jump = J_BRANCH;
                                ctx = push(pc + 1, ctx.toplevel);
                                pc = pc + 1;
                                entering = true;
                                continue outer;
                            }
                            if (ctx.pushed) markPopDiscard(ctx.lastmark);
                            ret = false;
                            returning = true;
                            break step;

                        case J_REPEAT_ONE_1:
                            if (ret) {
                                if (ctx.pushed) markPopDiscard(ctx.lastmark);
                                returning = true;
                                break step;
                            }
                            if (ctx.pushed) markPopKeep(ctx.lastmark);
                            lastmark = ctx.lastmark;
                            lastindex = ctx.lastindex;
                            ptr--;
                            ctx.count--;
                            // fall through
                        case J_REPEAT_ONE_1_LOOP: {
                            long min = u(code[pc + 1]);
                            while (ctx.count >= min && (ptr >= end || ch(ptr) != ctx.chr)) {
                                ptr--;
                                ctx.count--;
                            }
                            if (ctx.count < min) {
                                if (ctx.pushed) markPopDiscard(ctx.lastmark);
                                ret = false;
                                returning = true;
                                break step;
                            }
                            this.ptr = ptr;
                            ctx.ptr = ptr;
                            ctx.jump = J_REPEAT_ONE_1;
                            int tail = pc + code[pc];
                            ctx = push(tail, ctx.toplevel);
                            pc = tail;
                            entering = true;
                            continue outer;
                        }

                        case J_REPEAT_ONE_2:
                            if (ret) {
                                if (ctx.pushed) markPopDiscard(ctx.lastmark);
                                returning = true;
                                break step;
                            }
                            if (ctx.pushed) markPopKeep(ctx.lastmark);
                            lastmark = ctx.lastmark;
                            lastindex = ctx.lastindex;
                            ptr--;
                            ctx.count--;
                            // fall through
                        case J_REPEAT_ONE_2_LOOP: {
                            if (ctx.count < u(code[pc + 1])) {
                                if (ctx.pushed) markPopDiscard(ctx.lastmark);
                                ret = false;
                                returning = true;
                                break step;
                            }
                            this.ptr = ptr;
                            ctx.ptr = ptr;
                            ctx.jump = J_REPEAT_ONE_2;
                            int tail = pc + code[pc];
                            ctx = push(tail, ctx.toplevel);
                            pc = tail;
                            entering = true;
                            continue outer;
                        }

                        case J_MIN_REPEAT_ONE: {
                            if (ret) {
                                if (ctx.pushed) markPopDiscard(ctx.lastmark);
                                returning = true;
                                break step;
                            }
                            if (ctx.pushed) markPopKeep(ctx.lastmark);
                            lastmark = ctx.lastmark;
                            lastindex = ctx.lastindex;
                            this.ptr = ptr;
                            long n = count(pc + 3, 1);
                            if (n == 0) {
                                if (ctx.pushed) markPopDiscard(ctx.lastmark);
                                ret = false;
                                returning = true;
                                break step;
                            }
                            ptr++;
                            ctx.count++;
                        }
                            // fall through
                        case J_MIN_REPEAT_ONE_LOOP: {
                            long max = u(code[pc + 2]);
                            if (!(max == MAXREPEAT || ctx.count <= max)) {
                                if (ctx.pushed) markPopDiscard(ctx.lastmark);
                                ret = false;
                                returning = true;
                                break step;
                            }
                            this.ptr = ptr;
                            ctx.ptr = ptr;
                            ctx.jump = J_MIN_REPEAT_ONE;
                            int tail = pc + code[pc];
                            ctx = push(tail, ctx.toplevel);
                            pc = tail;
                            entering = true;
                            continue outer;
                        }

                        case J_REPEAT:
                            repeat = ctx.rep.prev;
                            returning = true;
                            break step;

                        case J_MAX_UNTIL_1:
                        case J_MIN_UNTIL_1:
                            if (ret) {
                                returning = true;
                                break step;
                            }
                            ctx.rep.count = ctx.count - 1;
                            this.ptr = ptr;
                            returning = true;
                            break step;

                        case J_MAX_UNTIL_2:
                            ctx.rep.lastPtr = ctx.savedLastPtr;
                            if (ret) {
                                markPopDiscard(ctx.lastmark);
                                returning = true;
                                break step;
                            }
                            markPop(ctx.lastmark);
                            lastmark = ctx.lastmark;
                            lastindex = ctx.lastindex;
                            ctx.rep.count = ctx.count - 1;
                            this.ptr = ptr;
                            // fall through
                        case J_MAX_UNTIL_TAIL:
                            repeat = ctx.rep.prev;
                            ctx.jump = J_MAX_UNTIL_3;
                            ctx = push(pc, ctx.toplevel);
                            entering = true;
                            continue outer;

                        case J_MAX_UNTIL_3:
                            repeat = ctx.rep;
                            if (ret) {
                                returning = true;
                                break step;
                            }
                            this.ptr = ptr;
                            returning = true;
                            break step;

                        case J_MIN_UNTIL_2: {
                            Repeat rep = ctx.rep;
                            repeat = rep;
                            if (ret) {
                                if (ctx.pushed) markPopDiscard(ctx.lastmark);
                                returning = true;
                                break step;
                            }
                            if (ctx.pushed) markPop(ctx.lastmark);
                            lastmark = ctx.lastmark;
                            lastindex = ctx.lastindex;
                            this.ptr = ptr;
                            long max = u(code[rep.pc + 2]);
                            if ((ctx.count >= max && max != MAXREPEAT) || this.ptr == rep.lastPtr) {
                                ret = false;
                                returning = true;
                                break step;
                            }
                            rep.count = ctx.count;
                            ctx.savedLastPtr = rep.lastPtr;
                            rep.lastPtr = this.ptr;
                            ctx.jump = J_MIN_UNTIL_3;
                            ctx = push(rep.pc + 3, ctx.toplevel);
                            pc = rep.pc + 3;
                            entering = true;
                            continue outer;
                        }

                        case J_MIN_UNTIL_3:
                            ctx.rep.lastPtr = ctx.savedLastPtr;
                            if (ret) {
                                returning = true;
                                break step;
                            }
                            ctx.rep.count = ctx.count - 1;
                            this.ptr = ptr;
                            returning = true;
                            break step;

                        case J_POSS_REPEAT_1:
                            if (!ret) {
                                this.ptr = ptr;
                                returning = true;
                                break step;
                            }
                            ctx.count++;
                            // fall through
                        case J_POSS_REPEAT_1_LOOP:
                            if (ctx.count < u(code[pc + 1])) {
                                ctx.jump = J_POSS_REPEAT_1;
                                ctx = push(pc + 3, false);
                                pc = pc + 3;
                                entering = true;
                                continue outer;
                            }
                            ptr = -1;
                            ctx.ptr = -1;
                            j = J_POSS_REPEAT_2_LOOP;
                            continue step;

                        case J_POSS_REPEAT_2:
                            if (ret) {
                                markPopDiscard(ctx.lastmark);
                                ctx.count++;
                                j = J_POSS_REPEAT_2_LOOP;
                                continue step;
                            }
                            markPop(ctx.lastmark);
                            lastmark = ctx.lastmark;
                            lastindex = ctx.lastindex;
                            this.ptr = ptr;
                            pc += code[pc] + 1;
                            ptr = this.ptr;
                            break step;

                        case J_POSS_REPEAT_2_LOOP: {
                            long max = u(code[pc + 2]);
                            if ((ctx.count < max || max == MAXREPEAT) && this.ptr != ptr) {
                                ctx.lastmark = lastmark;
                                ctx.lastindex = lastindex;
                                markPush(ctx.lastmark);
                                ptr = this.ptr;
                                ctx.ptr = ptr;
                                ctx.jump = J_POSS_REPEAT_2;
                                ctx = push(pc + 3, false);
                                pc = pc + 3;
                                entering = true;
                                continue outer;
                            }
                            pc += code[pc] + 1;
                            ptr = this.ptr;
                            break step;
                        }

                        case J_ATOMIC_GROUP:
                            if (!ret) {
                                this.ptr = ptr;
                                returning = true;
                                break step;
                            }
                            pc += code[pc];
                            ptr = this.ptr;
                            break step;

                        case J_ASSERT:
                            if (!ret) {
                                returning = true;
                                break step;
                            }
                            pc += code[pc];
                            break step;

                        case J_ASSERT_NOT:
                            if (ret) {
                                if (ctx.pushed) markPopDiscard(ctx.lastmark);
                                ret = false;
                                returning = true;
                                break step;
                            }
                            if (ctx.pushed) markPop(ctx.lastmark);
                            lastmark = ctx.lastmark;
                            lastindex = ctx.lastindex;
                            pc += code[pc];
                            break step;

                        default:
                            throw new EngineError(ERROR_STATE);
                    }
                }
            }

            if (!returning) {
                ret = false;
                dispatch:
                for (;;) {
                    if ((++sigcount & 0xfff) == 0 && interrupts != null) interrupts.check();
                    switch (code[pc++]) {
                        case MARK: {
                            int i = code[pc];
                            if ((i & 1) != 0) lastindex = i / 2 + 1;
                            if (i > lastmark) {
                                int jj = lastmark + 1;
                                while (jj < i) mark[jj++] = -1;
                                lastmark = i;
                            }
                            mark[i] = ptr;
                            pc++;
                            continue dispatch;
                        }
                        case LITERAL:
                            if (ptr >= end || ch(ptr) != code[pc]) break dispatch;
                            pc++;
                            ptr++;
                            continue dispatch;
                        case NOT_LITERAL:
                            if (ptr >= end || ch(ptr) == code[pc]) break dispatch;
                            pc++;
                            ptr++;
                            continue dispatch;
                        case SUCCESS:
                            if (ctx.toplevel && ((matchAll && ptr != end) || (mustAdvance && ptr == start))) break dispatch;
                            this.ptr = ptr;
                            ret = true;
                            break dispatch;
                        case AT:
                            if (!at(ptr, code[pc])) break dispatch;
                            pc++;
                            continue dispatch;
                        case CATEGORY:
                            if (ptr >= end || !category(code[pc], ch(ptr))) break dispatch;
                            pc++;
                            ptr++;
                            continue dispatch;
                        case ANY:
                            if (ptr >= end || ch(ptr) == '\n') break dispatch;
                            ptr++;
                            continue dispatch;
                        case ANY_ALL:
                            if (ptr >= end) break dispatch;
                            ptr++;
                            continue dispatch;
                        case IN:
                            if (ptr >= end || !charset(pc + 1, ch(ptr))) break dispatch;
                            pc += code[pc];
                            ptr++;
                            continue dispatch;
                        case LITERAL_IGNORE:
                            if (ptr >= end || SreChars.lowerAscii(ch(ptr)) != code[pc]) break dispatch;
                            pc++;
                            ptr++;
                            continue dispatch;
                        case LITERAL_UNI_IGNORE:
                            if (ptr >= end || SreChars.lowerUnicode(ch(ptr)) != code[pc]) break dispatch;
                            pc++;
                            ptr++;
                            continue dispatch;
                        case LITERAL_LOC_IGNORE:
                            if (ptr >= end || !charLocIgnore(code[pc], ch(ptr))) break dispatch;
                            pc++;
                            ptr++;
                            continue dispatch;
                        case NOT_LITERAL_IGNORE:
                            if (ptr >= end || SreChars.lowerAscii(ch(ptr)) == code[pc]) break dispatch;
                            pc++;
                            ptr++;
                            continue dispatch;
                        case NOT_LITERAL_UNI_IGNORE:
                            if (ptr >= end || SreChars.lowerUnicode(ch(ptr)) == code[pc]) break dispatch;
                            pc++;
                            ptr++;
                            continue dispatch;
                        case NOT_LITERAL_LOC_IGNORE:
                            if (ptr >= end || charLocIgnore(code[pc], ch(ptr))) break dispatch;
                            pc++;
                            ptr++;
                            continue dispatch;
                        case IN_IGNORE:
                            if (ptr >= end || !charset(pc + 1, SreChars.lowerAscii(ch(ptr)))) break dispatch;
                            pc += code[pc];
                            ptr++;
                            continue dispatch;
                        case IN_UNI_IGNORE:
                            if (ptr >= end || !charset(pc + 1, SreChars.lowerUnicode(ch(ptr)))) break dispatch;
                            pc += code[pc];
                            ptr++;
                            continue dispatch;
                        case IN_LOC_IGNORE:
                            if (ptr >= end || !charsetLocIgnore(pc + 1, ch(ptr))) break dispatch;
                            pc += code[pc];
                            ptr++;
                            continue dispatch;
                        case JUMP:
                        case INFO:
                            pc += code[pc];
                            continue dispatch;

                        case BRANCH:
                            ctx.lastmark = lastmark;
                            ctx.lastindex = lastindex;
                            ctx.pushed = repeat != null;
                            if (ctx.pushed) markPush(ctx.lastmark);
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            resume = J_BRANCH_LOOP;
                            continue outer;

                        case REPEAT_ONE: {
                            // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                            long min = u(code[pc + 1]);
                            if (min > end - ptr) break dispatch;
                            this.ptr = ptr;
                            long n = count(pc + 3, u(code[pc + 2]));
                            ptr += (int) n;
                            if (n < min) break dispatch;
                            int tail = pc + code[pc];
                            if (code[tail] == SUCCESS && ptr == end && !(ctx.toplevel && mustAdvance && ptr == start)) {
                                this.ptr = ptr;
                                ret = true;
                                break dispatch;
                            }
                            ctx.count = n;
                            ctx.lastmark = lastmark;
                            ctx.lastindex = lastindex;
                            ctx.pushed = repeat != null;
                            if (ctx.pushed) markPush(ctx.lastmark);
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            if (code[tail] == LITERAL) {
                                ctx.chr = code[tail + 1];
                                resume = J_REPEAT_ONE_1_LOOP;
                            } else {
                                resume = J_REPEAT_ONE_2_LOOP;
                            }
                            continue outer;
                        }

                        case MIN_REPEAT_ONE: {
                            long min = u(code[pc + 1]);
                            if (min > end - ptr) break dispatch;
                            this.ptr = ptr;
                            long n = 0;
                            if (min != 0) {
                                n = count(pc + 3, min);
                                if (n < min) break dispatch;
                                ptr += (int) n;
                            }
                            int tail = pc + code[pc];
                            if (code[tail] == SUCCESS
                                    && !(ctx.toplevel && ((matchAll && ptr != end) || (mustAdvance && ptr == start)))) {
                                this.ptr = ptr;
                                ret = true;
                                break dispatch;
                            }
                            ctx.count = n;
                            ctx.lastmark = lastmark;
                            ctx.lastindex = lastindex;
                            ctx.pushed = repeat != null;
                            if (ctx.pushed) markPush(ctx.lastmark);
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            resume = J_MIN_REPEAT_ONE_LOOP;
                            continue outer;
                        }

                        case POSSESSIVE_REPEAT_ONE: {
                            long min = u(code[pc + 1]);
                            if (ptr + min > end) break dispatch;
                            this.ptr = ptr;
                            long n = count(pc + 3, u(code[pc + 2]));
                            ptr += (int) n;
                            if (n < min) break dispatch;
                            pc += code[pc];
                            if (code[pc] == SUCCESS && ptr == end && !(ctx.toplevel && mustAdvance && ptr == start)) {
                                this.ptr = ptr;
                                ret = true;
                                break dispatch;
                            }
                            continue dispatch;
                        }

                        case REPEAT: {
                            Repeat rep = new Repeat();
                            rep.count = -1;
                            rep.pc = pc;
                            rep.prev = repeat;
                            rep.lastPtr = -1;
                            repeat = rep;
                            ctx.rep = rep;
                            this.ptr = ptr;
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            ctx.jump = J_REPEAT;
                            int target = pc + code[pc];
                            ctx = push(target, ctx.toplevel);
                            pc = target;
                            entering = true;
                            continue outer;
                        }

                        case MAX_UNTIL: {
                            Repeat rep = repeat;
                            if (rep == null) throw new EngineError(ERROR_STATE);
                            ctx.rep = rep;
                            this.ptr = ptr;
                            ctx.count = rep.count + 1;
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            if (ctx.count < u(code[rep.pc + 1])) {
                                rep.count = ctx.count;
                                ctx.jump = J_MAX_UNTIL_1;
                                ctx = push(rep.pc + 3, ctx.toplevel);
                                pc = rep.pc + 3;
                                entering = true;
                                continue outer;
                            }
                            long max = u(code[rep.pc + 2]);
                            if ((ctx.count < max || max == MAXREPEAT) && this.ptr != rep.lastPtr) {
                                rep.count = ctx.count;
                                ctx.lastmark = lastmark;
                                ctx.lastindex = lastindex;
                                markPush(ctx.lastmark);
                                ctx.savedLastPtr = rep.lastPtr;
                                rep.lastPtr = this.ptr;
                                ctx.jump = J_MAX_UNTIL_2;
                                ctx = push(rep.pc + 3, ctx.toplevel);
                                pc = rep.pc + 3;
                                entering = true;
                                continue outer;
                            }
                            resume = J_MAX_UNTIL_TAIL;
                            continue outer;
                        }

                        case MIN_UNTIL: {
                            Repeat rep = repeat;
                            if (rep == null) throw new EngineError(ERROR_STATE);
                            ctx.rep = rep;
                            this.ptr = ptr;
                            ctx.count = rep.count + 1;
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            if (ctx.count < u(code[rep.pc + 1])) {
                                rep.count = ctx.count;
                                ctx.jump = J_MIN_UNTIL_1;
                                ctx = push(rep.pc + 3, ctx.toplevel);
                                pc = rep.pc + 3;
                                entering = true;
                                continue outer;
                            }
                            repeat = rep.prev;
                            ctx.lastmark = lastmark;
                            ctx.lastindex = lastindex;
                            ctx.pushed = repeat != null;
                            if (ctx.pushed) markPush(ctx.lastmark);
                            ctx.jump = J_MIN_UNTIL_2;
                            ctx = push(pc, ctx.toplevel);
                            entering = true;
                            continue outer;
                        }

                        case POSSESSIVE_REPEAT:
                            this.ptr = ptr;
                            ctx.count = 0;
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            resume = J_POSS_REPEAT_1_LOOP;
                            continue outer;

                        case ATOMIC_GROUP:
                            this.ptr = ptr;
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            ctx.jump = J_ATOMIC_GROUP;
                            ctx = push(pc + 1, false);
                            pc = pc + 1;
                            entering = true;
                            continue outer;

                        case GROUPREF:
                        case GROUPREF_IGNORE:
                        case GROUPREF_UNI_IGNORE:
                        case GROUPREF_LOC_IGNORE: {
                            int op = code[pc - 1];
                            int g = code[pc] * 2;
                            if (g < 0 || g >= lastmark) break dispatch;
                            int p = mark[g], e = mark[g + 1];
                            if (p < 0 || e < 0 || e < p) break dispatch;
                            boolean ok = true;
                            while (p < e) {
                                if (ptr >= end) { ok = false; break; }
                                int a = ch(ptr), b = ch(p);
                                if (op == GROUPREF ? a != b
                                        : op == GROUPREF_IGNORE ? SreChars.lowerAscii(a) != SreChars.lowerAscii(b)
                                        : op == GROUPREF_UNI_IGNORE ? SreChars.lowerUnicode(a) != SreChars.lowerUnicode(b)
                                        : SreChars.lowerLocale(a) != SreChars.lowerLocale(b)) {
                                    ok = false;
                                    break;
                                }
                                p++;
                                ptr++;
                            }
                            if (!ok) break dispatch;
                            pc++;
                            continue dispatch;
                        }

                        case GROUPREF_EXISTS: {
                            int g = code[pc] * 2;
                            if (g < 0 || g >= lastmark || mark[g] < 0 || mark[g + 1] < 0 || mark[g + 1] < mark[g]) {
                                pc += code[pc + 1];
                            } else {
                                pc += 2;
                            }
                            continue dispatch;
                        }

                        case ASSERT: {
                            long back = u(code[pc + 1]);
                            if (ptr < back) break dispatch;
                            this.ptr = ptr - (int) back;
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            ctx.jump = J_ASSERT;
                            ctx = push(pc + 2, false);
                            pc = pc + 2;
                            entering = true;
                            continue outer;
                        }

                        case ASSERT_NOT: {
                            long back = u(code[pc + 1]);
                            if (ptr >= back) {
                                this.ptr = ptr - (int) back;
                                ctx.lastmark = lastmark;
                                ctx.lastindex = lastindex;
                                ctx.pushed = repeat != null;
                                if (ctx.pushed) markPush(ctx.lastmark);
                                ctx.pc = pc;
                                ctx.ptr = ptr;
                                ctx.jump = J_ASSERT_NOT;
                                ctx = push(pc + 2, false);
                                pc = pc + 2;
                                entering = true;
                                continue outer;
                            }
                            pc += code[pc];
                            continue dispatch;
                        }

                        case FAILURE:
                            break dispatch;

                        default:
                            throw new EngineError(ERROR_ILLEGAL);
                    }
                }
            }

            // return ret from ctx to its parent
            csp--;
            if (csp == base) return ret;
            ctx = cstack[csp - 1];
            resume = ctx.jump;
        }
    }

    /** SRE(search): finds the first match at or after this.start; sets start and ptr to its span. */
    boolean search() {
        final int[] code = this.code;
        int p = start;
        int e = end;
        if (p > e) return false;
        int pc = 0;
        int flags = 0;
        int prefixLen = 0, prefixSkip = 0, prefix = -1, charsetPc = -1;
        if (code[0] == INFO) {
            flags = code[2];
            long min = u(code[3]);
            if (min != 0 && e - p < min) return false;
            if (min > 1) {
                e -= (int) (min - 1);
                if (e <= p) e = p;
            }
            if ((flags & INFO_PREFIX) != 0) {
                prefixLen = code[5];
                prefixSkip = code[6];
                prefix = 7;
            } else if ((flags & INFO_CHARSET) != 0) {
                charsetPc = 5;
            }
            pc = 1 + code[1];
        }

        if (prefixLen >= 1) {
            e = end;
            if (prefixLen > 1 && prefixLen > e - p) return false;
            mustAdvance = false;
            int first = code[prefix];
            for (; p < e; p++) {
                if (ch(p) != first) continue;
                if (p + prefixLen > e) return false;
                int i = 1;
                while (i < prefixLen && ch(p + i) == code[prefix + i]) i++;
                if (i < prefixLen) continue;
                start = p;
                ptr = p + prefixSkip;
                if ((flags & INFO_LITERAL) != 0) return true;
                if (match(pc + 2 * prefixSkip, false)) return true;
                lastmark = lastindex = -1;
            }
            return false;
        }

        if (charsetPc >= 0) {
            e = end;
            mustAdvance = false;
            for (;;) {
                while (p < e && !charset(charsetPc, ch(p))) p++;
                if (p >= e) return false;
                start = p;
                ptr = p;
                if (match(pc, false)) return true;
                p++;
                lastmark = lastindex = -1;
            }
        }

        start = ptr = p;
        boolean status = match(pc, true);
        mustAdvance = false;
        if (!status && code[pc] == AT && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING)) {
            start = ptr = end;
            return false;
        }
        while (!status && p < e) {
            p++;
            lastmark = lastindex = -1;
            start = ptr = p;
            status = match(pc, false);
        }
        return status;
    }

    /** The Python-level match: from this.start, anchored. */
    boolean matchAt() {
        ptr = start;
        return match(0, true);
    }
}
