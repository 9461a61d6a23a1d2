package org.herthon.jmc.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.herthon.events.HerthonTypeIds;
import org.herthon.jmc.toolkit.CallProfile;
import org.herthon.jmc.toolkit.CallProfile.Frame;
import org.herthon.jmc.toolkit.HerthonAttributes;
import org.herthon.jmc.toolkit.HerthonFilters;
import org.herthon.jmc.toolkit.Items;
import org.herthon.jmc.toolkit.SampledProfile;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.util.IPreferenceValueProvider;
import org.openjdk.jmc.common.util.TypedPreference;
import org.openjdk.jmc.flightrecorder.JfrAttributes;
import org.openjdk.jmc.flightrecorder.rules.IResult;
import org.openjdk.jmc.flightrecorder.rules.Severity;

/**
 * Hot functions: which Herthon functions take the calls and the time.
 *
 * <p>Source: the exact trace ({@code herthon.FunctionEntry}/{@code FunctionReturn}) when the
 * recording has it; otherwise the execution samples whose stacks show Herthon functions (a
 * default recording: self share by samples, no call counts); otherwise {@code herthon.FunctionCall}
 * (only calls above its threshold). Time is self time (a function's own code, callees excluded),
 * so shares add up to 100 % and recursion is not counted twice.
 *
 * <p>Severity: WARNING when the top function takes at least {@link #WARNING_SHARE} (50 %) of the
 * Herthon self time, INFO from {@link #INFO_SHARE} (20 %), OK below. The text names the top
 * {@link #TOP} (5) functions with calls, call share, self time and time share.
 */
public final class HotFunctionsRule extends HerthonRule {
    public static final String ID = "HerthonHotFunctions";

    static final TypedPreference<IQuantity> INFO_SHARE = percent("herthon.hot.info", "Hot function share (info)",
            "Share of Herthon self time in one function from which the rule reports INFO", 20);
    static final TypedPreference<IQuantity> WARNING_SHARE = percent("herthon.hot.warning",
            "Hot function share (warning)", "Share of Herthon self time in one function from which the rule warns", 50);
    static final TypedPreference<IQuantity> TOP = count("herthon.hot.top", "Functions listed",
            "How many of the hottest functions the result lists", 5);

    public HotFunctionsRule() {
        super(ID, "Herthon Hot Functions", List.of(INFO_SHARE, WARNING_SHARE, TOP));
    }

    /** Calls and self time of one function. */
    static final class Stats {
        final Frame frame;
        long calls;
        long selfNanos;

        Stats(Frame frame) {
            this.frame = frame;
        }
    }

    @Override
    IResult evaluate(IItemCollection items, IPreferenceValueProvider preferences) {
        Map<Frame, Stats> stats;
        String source;
        if (items.apply(HerthonFilters.FUNCTION_ENTRY).hasItems()) {
            stats = fromTrace(CallProfile.fromEntryReturn(items));
            source = "the exact trace (herthon.FunctionEntry/FunctionReturn)";
        } else if (hasHerthonSamples(items)) {
            return fromSamples(SampledProfile.of(items), preferences);
        } else if (items.apply(HerthonFilters.FUNCTION_CALL).hasItems()) {
            stats = fromFunctionCalls(items);
            source = "herthon.FunctionCall events (only calls above the recording's threshold)";
        } else {
            return notApplicable(preferences, "The recording has no Herthon function events (" + HerthonTypeIds.FUNCTION_ENTRY
                    + " or " + HerthonTypeIds.FUNCTION_CALL + "): record with herthon-trace.jfc, or herthon.jfc for slow calls.");
        }
        long calls = 0;
        long self = 0;
        for (Stats s : stats.values()) {
            calls += s.calls;
            self += s.selfNanos;
        }
        if (calls == 0) {
            return notApplicable(preferences, "The recording's function events hold no complete call.");
        }
        List<Stats> hottest = new ArrayList<>(stats.values());
        hottest.sort(Comparator.comparingLong((Stats s) -> s.selfNanos).reversed()
                .thenComparing(Comparator.comparingLong((Stats s) -> s.calls).reversed()));
        int top = (int) Math.max(1, number(preferences, TOP));
        StringBuilder list = new StringBuilder();
        for (Stats s : hottest.subList(0, Math.min(top, hottest.size()))) {
            list.append(String.format("%s (%s): %d calls (%s), self %s (%s); ", s.frame.label(), s.frame.location(),
                    s.calls, pct((double) s.calls / calls), ms(s.selfNanos), pct(share(s.selfNanos, self))));
        }
        Stats first = hottest.get(0);
        double share = share(first.selfNanos, self);
        Severity severity = share >= fraction(preferences, WARNING_SHARE) ? Severity.WARNING
                : share >= fraction(preferences, INFO_SHARE) ? Severity.INFO : Severity.OK;
        String summary = String.format("%s takes %s of the Herthon self time (%s of %s) and %s of the %d calls.",
                first.frame.label(), pct(share), ms(first.selfNanos), ms(self), pct((double) first.calls / calls), calls);
        String explanation = "From " + source + ". Hottest by self time: " + list.toString().replaceAll("; $", ".")
                + (severity == Severity.OK ? "" : " Time spent in one function's own code is where optimisation pays first.");
        return result(preferences, severity, summary, explanation);
    }

    private static boolean hasHerthonSamples(IItemCollection items) {
        // Only in a recording with Herthon events: in any other Java program's samples, frames
        // outside the JDK would pass for Herthon functions. (Settings are not proof: a JVM that
        // merely loaded the event classes records them as enabled.)
        if (!items.apply(HerthonFilters.HERTHON).hasItems()) {
            return false;
        }
        SampledProfile profile = SampledProfile.of(items);
        return profile.root().samples > profile.withoutHerthon();
    }

    /**
     * A default recording: execution samples whose stacks have JVM frames named after Herthon
     * functions. A function's self share is the share of the Herthon samples whose innermost
     * Herthon frame it is; samples count no calls.
     */
    private IResult fromSamples(SampledProfile profile, IPreferenceValueProvider preferences) {
        Map<String, Long> self = new HashMap<>();
        long herthon = profile.root().samples - profile.withoutHerthon();
        addSelf(profile.root(), self);
        List<Map.Entry<String, Long>> hottest = new ArrayList<>(self.entrySet());
        hottest.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        int top = (int) Math.max(1, number(preferences, TOP));
        StringBuilder list = new StringBuilder();
        for (Map.Entry<String, Long> e : hottest.subList(0, Math.min(top, hottest.size()))) {
            list.append(String.format("%s: %d samples (%s); ", e.getKey(), e.getValue(), pct(share(e.getValue(), herthon))));
        }
        Map.Entry<String, Long> first = hottest.get(0);
        double share = share(first.getValue(), herthon);
        Severity severity = share >= fraction(preferences, WARNING_SHARE) ? Severity.WARNING
                : share >= fraction(preferences, INFO_SHARE) ? Severity.INFO : Severity.OK;
        String summary = String.format("%s is the innermost Herthon function in %s of the %d execution samples in Herthon code.",
                first.getKey(), pct(share), herthon);
        String explanation = "From jdk.ExecutionSample (JVM frames named after Herthon functions; samples count no calls:"
                + " record with herthon-trace.jfc for calls and exact times). Hottest: " + list.toString().replaceAll("; $", ".");
        return result(preferences, severity, summary, explanation);
    }

    private static void addSelf(SampledProfile.Node node, Map<String, Long> self) {
        for (SampledProfile.Node child : node.children()) {
            long inChildren = 0;
            for (SampledProfile.Node grandchild : child.children()) {
                inChildren += grandchild.samples;
            }
            if (child.samples > inChildren) {
                self.merge(child.name, child.samples - inChildren, Long::sum);
            }
            addSelf(child, self);
        }
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static Map<Frame, Stats> fromTrace(CallProfile tree) {
        Map<Frame, Stats> stats = new LinkedHashMap<>();
        addAll(tree.merged(), stats);
        return stats;
    }

    private static void addAll(CallProfile.Node node, Map<Frame, Stats> stats) {
        for (CallProfile.Node child : node.children()) {
            Stats s = stats.computeIfAbsent(child.frame(), Stats::new);
            s.calls += child.calls();
            s.selfNanos += child.selfNanos();
            addAll(child, stats);
        }
    }

    /** Self time of each call: its duration less the durations of its recorded callees. */
    private static Map<Frame, Stats> fromFunctionCalls(IItemCollection items) {
        record Call(Frame frame, long frameId, long parentFrameId, long nanos) {
        }
        List<Call> calls = Items.rows(items.apply(HerthonFilters.FUNCTION_CALL), accessors -> {
            var module = accessors.of(HerthonAttributes.MODULE);
            var function = accessors.of(HerthonAttributes.FUNCTION);
            var filename = accessors.of(HerthonAttributes.FILENAME);
            var lineno = accessors.of(HerthonAttributes.LINENO);
            var frameId = accessors.of(HerthonAttributes.FRAME_ID);
            var parent = accessors.of(HerthonAttributes.PARENT_FRAME_ID);
            var duration = accessors.of(JfrAttributes.DURATION);
            return item -> new Call(new Frame(String.valueOf(module.getMember(item)), String.valueOf(function.getMember(item)),
                    String.valueOf(filename.getMember(item)), (int) Items.longOf(lineno.getMember(item))),
                    Items.longOf(frameId.getMember(item)), Items.longOf(parent.getMember(item)),
                    Items.nanos(duration.getMember(item)));
        });
        // Per frame activation (a generator's resumptions share one): own time less callees.
        Map<Long, Long> childNanos = new HashMap<>();
        Map<Long, Long> activationNanos = new HashMap<>();
        for (Call c : calls) {
            if (c.parentFrameId() > 0) {
                childNanos.merge(c.parentFrameId(), c.nanos(), Long::sum);
            }
            activationNanos.merge(c.frameId(), c.nanos(), Long::sum);
        }
        Map<Frame, Stats> stats = new LinkedHashMap<>();
        for (Call c : calls) {
            Stats s = stats.computeIfAbsent(c.frame(), Stats::new);
            s.calls++;
            Long total = activationNanos.remove(c.frameId());
            if (total != null) {
                s.selfNanos += Math.max(0, total - childNanos.getOrDefault(c.frameId(), 0L));
            }
        }
        return stats;
    }
}
