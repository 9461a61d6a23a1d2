package org.herthon.jmc.rules;

import java.util.Comparator;
import java.util.List;

import org.herthon.events.HerthonTypeIds;
import org.herthon.jmc.toolkit.HerthonAttributes;
import org.herthon.jmc.toolkit.HerthonFilters;
import org.herthon.jmc.toolkit.Items;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.util.IPreferenceValueProvider;
import org.openjdk.jmc.common.util.TypedPreference;
import org.openjdk.jmc.flightrecorder.JfrAttributes;
import org.openjdk.jmc.flightrecorder.rules.IResult;
import org.openjdk.jmc.flightrecorder.rules.Severity;

/**
 * Slow imports: the slowest {@code herthon.Import} (find and load of one module, nested imports
 * included in their parent's time) and the modules that were not found.
 *
 * <p>Severity: WARNING when one import takes at least {@link #WARNING_TIME} (1 s), INFO from
 * {@link #INFO_TIME} (100 ms), OK below. The text lists the slowest {@link #TOP} (5).
 */
public final class SlowImportsRule extends HerthonRule {
    public static final String ID = "HerthonSlowImports";

    static final TypedPreference<IQuantity> INFO_TIME = millis("herthon.import.info", "Slow import (info)",
            "Import time from which the rule reports INFO", 100);
    static final TypedPreference<IQuantity> WARNING_TIME = millis("herthon.import.warning", "Slow import (warning)",
            "Import time from which the rule warns", 1000);
    static final TypedPreference<IQuantity> TOP = count("herthon.import.top", "Imports listed",
            "How many of the slowest imports the result lists", 5);

    public SlowImportsRule() {
        super(ID, "Herthon Slow Imports", List.of(INFO_TIME, WARNING_TIME, TOP));
    }

    record Import(String module, boolean found, long nanos) {
    }

    @Override
    IResult evaluate(IItemCollection items, IPreferenceValueProvider preferences) {
        IItemCollection imports = items.apply(HerthonFilters.IMPORT);
        if (!imports.hasItems()) {
            return notApplicable(preferences, "The recording has no " + HerthonTypeIds.IMPORT
                    + " events (record with herthon.jfc or herthon-trace.jfc).");
        }
        List<Import> all = Items.rows(imports, accessors -> {
            var module = accessors.of(HerthonAttributes.MODULE);
            var found = accessors.of(HerthonAttributes.FOUND);
            var duration = accessors.of(JfrAttributes.DURATION);
            return item -> new Import(String.valueOf(module.getMember(item)), Boolean.TRUE.equals(found.getMember(item)),
                    Items.nanos(duration.getMember(item)));
        });
        all.sort(Comparator.comparingLong(Import::nanos).reversed());
        Import slowest = all.get(0);
        long notFound = all.stream().filter(i -> !i.found()).count();
        Severity severity = slowest.nanos() >= nanos(preferences, WARNING_TIME) ? Severity.WARNING
                : slowest.nanos() >= nanos(preferences, INFO_TIME) ? Severity.INFO : Severity.OK;
        StringBuilder list = new StringBuilder();
        int top = (int) Math.max(1, number(preferences, TOP));
        for (Import i : all.subList(0, Math.min(top, all.size()))) {
            list.append(i.module()).append(' ').append(ms(i.nanos())).append(i.found() ? "" : " (not found)").append(", ");
        }
        String summary = String.format("The slowest of %d imports is %s: %s.", all.size(), slowest.module(),
                ms(slowest.nanos()));
        String explanation = "Slowest (each includes the imports it triggers): " + list.toString().replaceAll(", $", ".")
                + (notFound == 0 ? "" : " " + notFound + " imports found no module.")
                + (severity == Severity.OK ? ""
                        : " A slow import is usually work done at module level: move it into a function, or import lazily.");
        return result(preferences, severity, summary, explanation);
    }
}
