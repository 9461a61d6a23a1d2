package org.herthon.interpreter.modules.sre;

import static org.herthon.interpreter.modules.sre.SreConstants.*;

/**
 * Checks a code list before the engine may run it (CPython's _validate in sre.c): every skip stays inside
 * its construct, every construct ends with the word it must end with, every group number is in range.
 * So the engine can trust the code it executes; a list that fails makes _sre.compile raise
 * RuntimeError("invalid SRE code").
 */
final class SreValidator {
    private static final class Fail extends Exception {
        Fail() { super(null, null, false, false); }
    }

    private final int[] code;
    private final long groups;

    private SreValidator(int[] code, long groups) {
        this.code = code;
        this.groups = groups;
    }

    private int maxMark = -1;

    /** -2 when the code is invalid, else the highest MARK argument in it (-1 when there is none). */
    static int validate(int[] code, long groups) {
        if (groups < 0 || groups > MAXGROUPS || code.length == 0 || code[code.length - 1] != SUCCESS) return -2;
        try {
            SreValidator v = new SreValidator(code, groups);
            return v.inner(0, code.length - 1) == 0 ? v.maxMark : -2;
        } catch (Fail f) {
            return -2;
        }
    }

    private static long u(int v) { return v & 0xFFFFFFFFL; }

    private void charset(int pc, int end) throws Fail {
        while (pc < end) {
            int op = code[pc++];
            switch (op) {
                case NEGATE:
                    break;
                case LITERAL:
                    if (pc >= end) throw new Fail();
                    pc++;
                    break;
                case RANGE:
                case RANGE_UNI_IGNORE:
                    if (pc + 2 > end) throw new Fail();
                    pc += 2;
                    break;
                case CHARSET:
                    if (8 > end - pc) throw new Fail();
                    pc += 8;
                    break;
                case BIGCHARSET: {
                    if (pc >= end) throw new Fail();
                    long blocks = u(code[pc++]);
                    if (64 > end - pc) throw new Fail();
                    for (int i = 0; i < 256; i++) {
                        int b = (code[pc + (i >> 2)] >>> (8 * (i & 3))) & 0xff;
                        if (b >= blocks) throw new Fail();
                    }
                    pc += 64;
                    if (blocks * 8 > end - pc) throw new Fail();
                    pc += (int) (blocks * 8);
                    break;
                }
                case CATEGORY: {
                    if (pc >= end) throw new Fail();
                    long arg = u(code[pc++]);
                    if (arg > CATEGORY_UNI_NOT_LINEBREAK) throw new Fail();
                    break;
                }
                default:
                    throw new Fail();
            }
        }
    }

    /** Reads a skip at pc (relative to pc); it may reach at most end + adj. */
    private long skip(int pc, int end, int adj) throws Fail {
        if (pc >= end) throw new Fail();
        long skip = u(code[pc]);
        if (skip - adj > end - pc) throw new Fail();
        return skip;
    }

    /** 0: fine; 1: fine and the last op is a JUMP. */
    private int inner(int pc, int end) throws Fail {
        if (pc > end) throw new Fail();
        while (pc < end) {
            int op = code[pc++];
            switch (op) {
                case MARK: {
                    if (pc >= end) throw new Fail();
                    long arg = u(code[pc++]);
                    if (arg > 2 * groups + 1) throw new Fail();
                    maxMark = Math.max(maxMark, (int) arg);
                    break;
                }
                case LITERAL: case NOT_LITERAL: case LITERAL_IGNORE: case NOT_LITERAL_IGNORE:
                case LITERAL_UNI_IGNORE: case NOT_LITERAL_UNI_IGNORE: case LITERAL_LOC_IGNORE: case NOT_LITERAL_LOC_IGNORE:
                    if (pc >= end) throw new Fail();
                    pc++;
                    break;
                case SUCCESS:
                case FAILURE:
                case ANY:
                case ANY_ALL:
                    break;
                case AT: {
                    if (pc >= end) throw new Fail();
                    long arg = u(code[pc++]);
                    if (arg > AT_UNI_NON_BOUNDARY) throw new Fail();
                    break;
                }
                case IN: case IN_IGNORE: case IN_UNI_IGNORE: case IN_LOC_IGNORE: {
                    long skip = skip(pc, end, 0);
                    if (skip < 2) throw new Fail();
                    pc++;
                    int setEnd = (int) (pc + skip - 2);
                    charset(pc, setEnd);
                    if (code[setEnd] != FAILURE) throw new Fail();
                    pc += (int) skip - 1;
                    break;
                }
                case INFO: {
                    long skip = skip(pc, end, 0);
                    if (skip < 1) throw new Fail();
                    pc++;
                    int newpc = (int) (pc + skip - 1);
                    if (pc + 3 > end) throw new Fail();
                    int flags = code[pc];
                    pc += 3;
                    if ((flags & ~(INFO_PREFIX | INFO_LITERAL | INFO_CHARSET)) != 0) throw new Fail();
                    if ((flags & INFO_PREFIX) != 0 && (flags & INFO_CHARSET) != 0) throw new Fail();
                    if ((flags & INFO_LITERAL) != 0 && (flags & INFO_PREFIX) == 0) throw new Fail();
                    if ((flags & INFO_PREFIX) != 0) {
                        if (pc + 2 > end) throw new Fail();
                        long plen = u(code[pc]);
                        long pskip = u(code[pc + 1]);
                        pc += 2;
                        if (plen > newpc - pc) throw new Fail();
                        if (pskip > plen) throw new Fail();
                        pc += (int) plen;
                        if (plen > newpc - pc) throw new Fail();
                        for (int i = 0; i < plen; i++) if (u(code[pc + i]) >= plen) throw new Fail();
                        pc += (int) plen;
                    }
                    if ((flags & INFO_CHARSET) != 0) {
                        if (newpc - 1 < pc) throw new Fail();
                        charset(pc, newpc - 1);
                        if (code[newpc - 1] != FAILURE) throw new Fail();
                        pc = newpc;
                    } else if (pc != newpc) {
                        throw new Fail();
                    }
                    break;
                }
                case BRANCH: {
                    int target = -1;
                    for (;;) {
                        long skip = skip(pc, end, 0);
                        pc++;
                        if (skip == 0) break;
                        if (skip < 3) throw new Fail();
                        inner(pc, (int) (pc + skip - 3));
                        pc += (int) skip - 3;
                        if (pc >= end || code[pc++] != JUMP) throw new Fail();
                        long s2 = skip(pc, end, 0);
                        pc++;
                        int t = (int) (pc + s2 - 1);
                        if (target < 0) target = t;
                        else if (t != target) throw new Fail();
                    }
                    if (pc != target) throw new Fail();
                    break;
                }
                case REPEAT_ONE: case MIN_REPEAT_ONE: case POSSESSIVE_REPEAT_ONE: {
                    long skip = skip(pc, end, 0);
                    pc++;
                    if (pc + 2 > end || skip < 4) throw new Fail();
                    long min = u(code[pc++]), max = u(code[pc++]);
                    if (min > max || max > MAXREPEAT) throw new Fail();
                    inner(pc, (int) (pc + skip - 4));
                    pc += (int) skip - 4;
                    if (pc >= end || code[pc++] != SUCCESS) throw new Fail();
                    break;
                }
                case REPEAT: case POSSESSIVE_REPEAT: {
                    long skip = skip(pc, end, 0);
                    pc++;
                    if (pc + 2 > end || skip < 3) throw new Fail();
                    long min = u(code[pc++]), max = u(code[pc++]);
                    if (min > max || max > MAXREPEAT) throw new Fail();
                    inner(pc, (int) (pc + skip - 3));
                    pc += (int) skip - 3;
                    if (pc >= end) throw new Fail();
                    int last = code[pc++];
                    if (op == POSSESSIVE_REPEAT ? last != SUCCESS : (last != MAX_UNTIL && last != MIN_UNTIL)) throw new Fail();
                    break;
                }
                case ATOMIC_GROUP: {
                    long skip = skip(pc, end, 0);
                    pc++;
                    if (skip < 2) throw new Fail();
                    inner(pc, (int) (pc + skip - 2));
                    pc += (int) skip - 2;
                    if (pc >= end || code[pc++] != SUCCESS) throw new Fail();
                    break;
                }
                case GROUPREF: case GROUPREF_IGNORE: case GROUPREF_UNI_IGNORE: case GROUPREF_LOC_IGNORE: {
                    if (pc >= end) throw new Fail();
                    if (u(code[pc++]) >= groups) throw new Fail();
                    break;
                }
                case GROUPREF_EXISTS: {
                    if (pc >= end) throw new Fail();
                    if (u(code[pc++]) >= groups) throw new Fail();
                    long skip = skip(pc, end, 1);
                    pc--; // the skip counts from the group argument
                    if (skip < 2) throw new Fail();
                    int rc = inner(pc + 2, (int) (pc + skip));
                    if (rc == 1) {
                        pc += (int) skip - 1; // at <skipno>, after the JUMP
                        long s2 = skip(pc, end, 0);
                        if (s2 < 1) throw new Fail();
                        rc = inner(pc + 1, (int) (pc + s2));
                        skip = s2;
                        pc += 1;
                        pc += (int) skip - 1;
                    } else {
                        pc += (int) skip;
                    }
                    if (rc != 0) throw new Fail();
                    break;
                }
                case ASSERT: case ASSERT_NOT: {
                    long skip = skip(pc, end, 0);
                    if (pc + 1 >= end || skip < 3) throw new Fail();
                    inner(pc + 2, (int) (pc + skip - 1));
                    pc += (int) skip - 1;
                    if (pc >= end || code[pc++] != SUCCESS) throw new Fail();
                    break;
                }
                case JUMP:
                    if (pc + 1 != end) throw new Fail();
                    return 1;
                default:
                    throw new Fail();
            }
        }
        return 0;
    }
}
