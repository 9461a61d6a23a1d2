package org.herthon.jmc.rules;

import java.util.List;

import org.herthon.events.HerthonTypeIds;
import org.herthon.jmc.toolkit.HerthonAttributes;
import org.herthon.jmc.toolkit.HerthonFilters;
import org.herthon.jmc.toolkit.Items;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.ItemFilters;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.util.IPreferenceValueProvider;
import org.openjdk.jmc.common.util.TypedPreference;
import org.openjdk.jmc.flightrecorder.JfrAttributes;
import org.openjdk.jmc.flightrecorder.jdk.JdkTypeIDs;
import org.openjdk.jmc.flightrecorder.rules.IResult;
import org.openjdk.jmc.flightrecorder.rules.Severity;

/**
 * GC pressure: Herthon collections ({@code herthon.GarbageCollection}) per second, the objects
 * they reclaimed, and the time spent in them against the recording's length, with the JVM's
 * collections ({@code jdk.GarbageCollection}) beside them.
 *
 * <p>Severity: WARNING when Herthon collections take at least {@link #WARNING_SHARE} (10 %) of the
 * recorded time; INFO from {@link #INFO_SHARE} (2 %) or from {@link #INFO_RATE} (10) collections
 * per second; OK below.
 */
public final class GcPressureRule extends HerthonRule {
    public static final String ID = "HerthonGcPressure";

    static final TypedPreference<IQuantity> INFO_SHARE = percent("herthon.gc.info", "GC time share (info)",
            "Share of the recorded time in Herthon collections from which the rule reports INFO", 2);
    static final TypedPreference<IQuantity> WARNING_SHARE = percent("herthon.gc.warning", "GC time share (warning)",
            "Share of the recorded time in Herthon collections from which the rule warns", 10);
    static final TypedPreference<IQuantity> INFO_RATE = count("herthon.gc.rate", "GC cycles per second (info)",
            "Herthon collections per second from which the rule reports INFO", 10);

    public GcPressureRule() {
        super(ID, "Herthon GC Pressure", List.of(INFO_SHARE, WARNING_SHARE, INFO_RATE));
    }

    @Override
    IResult evaluate(IItemCollection items, IPreferenceValueProvider preferences) {
        IItemCollection herthon = items.apply(HerthonFilters.GARBAGE_COLLECTION);
        if (!herthon.hasItems()) {
            return notApplicable(preferences, "The recording has no " + HerthonTypeIds.GARBAGE_COLLECTION
                    + " events (record with herthon.jfc or herthon-trace.jfc).");
        }
        long[] totals = new long[3]; // collections, collected objects, nanoseconds
        Items.rows(herthon, accessors -> {
            var collected = accessors.of(HerthonAttributes.COLLECTED);
            var duration = accessors.of(JfrAttributes.DURATION);
            return item -> {
                totals[0]++;
                totals[1] += Items.longOf(collected.getMember(item));
                totals[2] += Items.nanos(duration.getMember(item));
                return null;
            };
        });
        long[] jvm = new long[2]; // collections, nanoseconds of pauses
        Items.rows(items.apply(ItemFilters.type(JdkTypeIDs.GARBAGE_COLLECTION)), accessors -> {
            var pauses = accessors.of(org.openjdk.jmc.flightrecorder.jdk.JdkAttributes.GC_SUM_OF_PAUSES);
            return item -> {
                jvm[0]++;
                jvm[1] += Items.nanos(pauses.getMember(item));
                return null;
            };
        });
        long recorded = recordingNanos(items);
        double share = recorded == 0 ? 0 : (double) totals[2] / recorded;
        double rate = recorded == 0 ? 0 : totals[0] / (recorded / 1e9);
        Severity severity = share >= fraction(preferences, WARNING_SHARE) ? Severity.WARNING
                : share >= fraction(preferences, INFO_SHARE) || rate >= number(preferences, INFO_RATE) ? Severity.INFO
                        : Severity.OK;
        String summary = String.format("%d Herthon collections (%.1f per second) took %s, %s of the %s recorded; "
                + "they reclaimed %d objects.", totals[0], rate, ms(totals[2]), pct(share), seconds(recorded), totals[1]);
        String explanation = String.format("Beside them the JVM ran %d collections (jdk.GarbageCollection) with %s of pauses. "
                + "A Herthon collection includes the JVM collection it asks for (gc.collect() runs a full JVM GC).", jvm[0],
                ms(jvm[1]))
                + (severity == Severity.OK ? ""
                        : " Frequent explicit gc.collect() calls, or many short-lived objects, cost run time: "
                                + "collect less often, or keep fewer objects alive.");
        return result(preferences, severity, summary, explanation);
    }
}
