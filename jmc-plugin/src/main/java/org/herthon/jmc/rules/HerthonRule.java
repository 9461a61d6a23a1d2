package org.herthon.jmc.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.unit.UnitLookup;
import org.openjdk.jmc.common.util.IPreferenceValueProvider;
import org.openjdk.jmc.common.util.TypedPreference;
import org.openjdk.jmc.flightrecorder.rules.AbstractRule;
import org.openjdk.jmc.flightrecorder.rules.IResult;
import org.openjdk.jmc.flightrecorder.rules.ResultBuilder;
import org.openjdk.jmc.flightrecorder.rules.Severity;
import org.openjdk.jmc.flightrecorder.rules.util.RulesToolkit;

/**
 * What the Herthon rules share: the topic {@value #TOPIC}, results built with JMC's
 * {@link ResultBuilder}, and "not applicable" (never an exception) for a recording without the
 * events a rule reads. The rules use only JMC's packages, this jar's toolkit and the
 * compile-time constants of {@code HerthonTypeIds} (inlined by javac), so the jar works alone as
 * an OSGi fragment of JMC's rules bundle.
 */
abstract class HerthonRule extends AbstractRule {
    /** The topic of every Herthon rule: JMC's Automated Analysis page groups them under it. */
    static final String TOPIC = "herthon";

    HerthonRule(String id, String name, List<TypedPreference<?>> preferences) {
        super(id, name, TOPIC, preferences, List.of(), Map.of());
    }

    @Override
    protected final IResult getResult(IItemCollection items, IPreferenceValueProvider preferences,
            org.openjdk.jmc.flightrecorder.rules.IResultValueProvider dependencies) {
        return evaluate(items, preferences);
    }

    abstract IResult evaluate(IItemCollection items, IPreferenceValueProvider preferences);

    IResult notApplicable(IPreferenceValueProvider preferences, String why) {
        return RulesToolkit.getNotApplicableResult(this, preferences, why);
    }

    IResult result(IPreferenceValueProvider preferences, Severity severity, String summary, String explanation) {
        return ResultBuilder.createFor(this, preferences).setSeverity(severity).setSummary(text(summary))
                .setExplanation(text(explanation)).build();
    }

    /**
     * JMC fills {@code {name}} placeholders in result texts: braces from the recording (a dict's
     * repr in an audit event) are shown as parentheses so they are never taken for one.
     */
    static String text(String s) {
        return s == null ? null : s.replace('{', '(').replace('}', ')');
    }

    static TypedPreference<IQuantity> percent(String id, String name, String description, double value) {
        return new TypedPreference<>(id, name, description, UnitLookup.PERCENTAGE.getPersister(),
                UnitLookup.PERCENT.quantity(value));
    }

    static TypedPreference<IQuantity> millis(String id, String name, String description, long value) {
        return new TypedPreference<>(id, name, description, UnitLookup.TIMESPAN.getPersister(),
                UnitLookup.MILLISECOND.quantity(value));
    }

    static TypedPreference<IQuantity> count(String id, String name, String description, long value) {
        return new TypedPreference<>(id, name, description, UnitLookup.NUMBER.getPersister(),
                UnitLookup.NUMBER_UNITY.quantity(value));
    }

    /** A preference as a fraction (20 % is 0.2). */
    static double fraction(IPreferenceValueProvider preferences, TypedPreference<IQuantity> preference) {
        return preferences.getPreferenceValue(preference).doubleValueIn(UnitLookup.PERCENT_UNITY);
    }

    static long nanos(IPreferenceValueProvider preferences, TypedPreference<IQuantity> preference) {
        return preferences.getPreferenceValue(preference).clampedLongValueIn(UnitLookup.NANOSECOND);
    }

    static double number(IPreferenceValueProvider preferences, TypedPreference<IQuantity> preference) {
        return preferences.getPreferenceValue(preference).doubleValue();
    }

    /** The time the recording covers: from its first event's start to its last event's end. */
    static long recordingNanos(IItemCollection items) {
        IQuantity start = RulesToolkit.getEarliestStartTime(items);
        IQuantity end = RulesToolkit.getLatestEndTime(items);
        if (start == null || end == null) {
            return 0;
        }
        return Math.max(0, end.clampedLongValueIn(UnitLookup.EPOCH_NS) - start.clampedLongValueIn(UnitLookup.EPOCH_NS));
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }
}
