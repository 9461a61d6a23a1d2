package org.herthon.bridge.driver;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.herthon.bridge.Probes;
import org.herthon.bridge.ProbeSite;

/**
 * A fixed set of firings with known arguments, each marker a known number of times, that the
 * end-to-end tests expect to see back exactly (bpftrace output, JFR recordings).
 */
public final class KnownFirings {
    /** Non-ASCII names must arrive as their UTF-8 bytes. */
    public static final ProbeSite UNICODE = new ProbeSite("répertoire/naïve_ü.py", "größe_λ", "naïve", 7);
    public static final ProbeSite PLAIN = new ProbeSite("call_stack.py", "start", "__main__", 23);
    /** A lone surrogate cannot be encoded as UTF-8: the marker receives NULL. */
    public static final ProbeSite UNENCODABLE = new ProbeSite("bad\uD800file.py", "bad\uDC00name", "bad\uD800module", 3);

    /** Frame ids are fixed (not {@link Probes#newFrameId()}) so tests can name them. */
    public static final long[] FRAME_IDS = {1_000_000_007L, 42L, 9_000_000_000_000_000_001L};
    public static final ProbeSite[] SITES = {PLAIN, UNICODE, UNENCODABLE};

    public static final int REPEAT = 3;
    public static final int[] GC_GENERATIONS = {0, 1, 2};
    public static final long[] GC_COLLECTED = {0L, 17L, 5_000_000_000L};
    public static final String[] MODULES = {"pkg", "pkg.sub_mödule", "missing\uD800"};
    public static final String AUDIT_EVENT = "herthon.tést";
    public static final String AUDIT_ARGS = "(1, 'x', 'ü')";

    private KnownFirings() {
    }

    /**
     * Fires, REPEAT times: for each site an entry, two lines and a return; for each generation
     * a gc start/done pair; for each module an import start/done pair (found for all but the
     * last); one audit event. Returns how many probes it fired.
     */
    public static long fire() {
        long fired = 0;
        for (int round = 0; round < REPEAT; round++) {
            for (int i = 0; i < SITES.length; i++) {
                ProbeSite site = SITES[i];
                long frameId = FRAME_IDS[i];
                if (Probes.functionEntryEnabled()) {
                    Probes.functionEntry(site, site.firstLine(), frameId);
                }
                for (int line = 1; line <= 2; line++) {
                    if (Probes.lineEnabled()) {
                        Probes.line(site, site.firstLine() + line);
                    }
                }
                if (Probes.functionReturnEnabled()) {
                    Probes.functionReturn(site, site.firstLine() + 2, frameId);
                }
                fired += 4;
            }
            for (int i = 0; i < GC_GENERATIONS.length; i++) {
                if (Probes.gcStartEnabled()) {
                    Probes.gcStart(GC_GENERATIONS[i]);
                }
                if (Probes.gcDoneEnabled()) {
                    Probes.gcDone(GC_COLLECTED[i]);
                }
                fired += 2;
            }
            for (int i = 0; i < MODULES.length; i++) {
                if (Probes.importStartEnabled()) {
                    Probes.importFindLoadStart(MODULES[i]);
                }
                if (Probes.importDoneEnabled()) {
                    Probes.importFindLoadDone(MODULES[i], i < MODULES.length - 1);
                }
                fired += 2;
            }
            if (Probes.auditEnabled()) {
                Probes.audit(AUDIT_EVENT, AUDIT_ARGS);
            }
            fired += 1;
        }
        return fired;
    }

    /**
     * The firings of {@link #fire()} as canonical lines, {@code marker|arg|arg...}, in firing
     * order, with line events when {@code withLines}. {@code text} renders each string argument
     * the way the consumer under test receives it.
     */
    public static List<String> expected(boolean withLines, UnaryOperator<String> text) {
        List<String> lines = new ArrayList<>();
        for (int round = 0; round < REPEAT; round++) {
            for (int i = 0; i < SITES.length; i++) {
                ProbeSite site = SITES[i];
                String names = text.apply(site.filename()) + "|" + text.apply(site.function());
                lines.add("function__entry|" + names + "|" + site.firstLine() + "|" + FRAME_IDS[i] + "|" + text.apply(site.module()));
                if (withLines) {
                    lines.add("line|" + names + "|" + (site.firstLine() + 1));
                    lines.add("line|" + names + "|" + (site.firstLine() + 2));
                }
                lines.add("function__return|" + names + "|" + (site.firstLine() + 2) + "|" + FRAME_IDS[i] + "|" + text.apply(site.module()));
            }
            for (int i = 0; i < GC_GENERATIONS.length; i++) {
                lines.add("gc__start|" + GC_GENERATIONS[i]);
                lines.add("gc__done|" + GC_COLLECTED[i]);
            }
            for (int i = 0; i < MODULES.length; i++) {
                lines.add("import__find__load__start|" + text.apply(MODULES[i]));
                lines.add("import__find__load__done|" + text.apply(MODULES[i]) + "|" + (i < MODULES.length - 1 ? 1 : 0));
            }
            lines.add("audit|" + text.apply(AUDIT_EVENT) + "|" + text.apply(AUDIT_ARGS));
        }
        return lines;
    }

    /** How a USDT consumer sees a string: its UTF-8 text, or {@code <NULL>} when it cannot be encoded. */
    public static String asMarkerString(String text) {
        return StandardCharsets.UTF_8.newEncoder().canEncode(text) ? text : "<NULL>";
    }
}
