package org.herthon.jmc.rules;

import java.util.ArrayList;
import java.util.List;

import org.herthon.jmc.toolkit.CallMarker;
import org.herthon.jmc.toolkit.HerthonFilters;
import org.herthon.jmc.toolkit.MarkerPairing;
import org.herthon.jmc.toolkit.RecordingFacts;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.util.IPreferenceValueProvider;
import org.openjdk.jmc.common.util.TypedPreference;
import org.openjdk.jmc.flightrecorder.rules.IResult;
import org.openjdk.jmc.flightrecorder.rules.Severity;

/**
 * Recording quality: can the Herthon events be trusted, and did they cost much?
 * <ul>
 * <li>{@code jdk.DataLoss}: JFR threw events away (its buffers were full) - WARNING;
 * <li>per-call events (function entry/return, or {@code herthon.FunctionCall} with threshold
 * 0 ms) in a recording of at least {@link #LONG_RECORDING} (5 min): every call pays for an event
 * - WARNING, with the cheaper settings named;
 * <li>unmatched entry/return: returns whose entry is not recorded (the recording started inside
 * them) or entries without their return (still running at the end, or lost) - INFO.
 * </ul>
 * OK when none applies.
 */
public final class RecordingQualityRule extends HerthonRule {
    public static final String ID = "HerthonRecordingQuality";

    static final TypedPreference<IQuantity> LONG_RECORDING = millis("herthon.quality.long", "Long recording",
            "Recording length from which per-call events draw a cost warning", 5 * 60 * 1000);

    public RecordingQualityRule() {
        super(ID, "Herthon Recording Quality", List.of(LONG_RECORDING));
    }

    @Override
    IResult evaluate(IItemCollection items, IPreferenceValueProvider preferences) {
        if (!items.apply(HerthonFilters.HERTHON).hasItems()) {
            return notApplicable(preferences, "The recording has no Herthon events.");
        }
        RecordingFacts facts = RecordingFacts.of(items);
        MarkerPairing.Counts pairs = MarkerPairing.count(CallMarker.read(items));
        long recorded = recordingNanos(items);
        boolean perCall = pairs.entries() > 0 || (items.apply(HerthonFilters.FUNCTION_CALL).hasItems()
                && isZero(facts.settings().functionCallThreshold()));
        boolean costly = perCall && recorded >= nanos(preferences, LONG_RECORDING);

        List<String> findings = new ArrayList<>();
        Severity severity = Severity.OK;
        if (facts.dataLoss().events() > 0) {
            findings.add("JFR lost events: " + facts.dataLoss().describe()
                    + "; the Herthon numbers are incomplete (raise the recording's memory or lower its event rate)");
            severity = Severity.WARNING;
        }
        if (costly) {
            findings.add("per-call events are on for " + seconds(recorded)
                    + " (herthon-trace.jfc, or herthon.FunctionCall at 0 ms): every call pays for an event;"
                    + " for long runs use herthon.jfc (samples and calls of 20 ms or more)");
            severity = Severity.WARNING;
        }
        if (pairs.unmatchedReturns() > 0 || pairs.unreturnedEntries() > 0) {
            findings.add(String.format("%d returns without their entry (the recording started inside them) and %d entries"
                    + " without their return (running at the end, or lost)", pairs.unmatchedReturns(), pairs.unreturnedEntries()));
            if (severity == Severity.OK) {
                severity = Severity.INFO;
            }
        }
        String summary = findings.isEmpty()
                ? String.format("The Herthon events are complete: %d entries, %d returns, all paired; no data loss.",
                        pairs.entries(), pairs.returns())
                : String.join("; ", findings) + ".";
        String explanation = "Settings: " + facts.settings().describe() + ". Data loss: " + facts.dataLoss().describe()
                + ". Recorded: " + seconds(recorded) + String.format(". Function entries %d, returns %d.", pairs.entries(),
                        pairs.returns());
        return result(preferences, severity, summary, explanation);
    }

    /** Whether a JFR threshold setting ("0 ms", "0 ns", "0") is zero. */
    static boolean isZero(String threshold) {
        String number = threshold.trim().split("\\s+")[0];
        try {
            return Double.parseDouble(number) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
