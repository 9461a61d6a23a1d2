package org.herthon.jmc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.herthon.jmc.rules.Analysis.Outcome;
import org.herthon.jmc.support.HerthonRuns;
import org.junit.jupiter.api.Test;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.util.IPreferenceValueProvider;
import org.openjdk.jmc.common.util.TypedPreference;
import org.openjdk.jmc.flightrecorder.rules.IResult;
import org.openjdk.jmc.flightrecorder.rules.IRule;
import org.openjdk.jmc.flightrecorder.rules.Severity;

/**
 * Each Herthon rule, found through JMC's RuleRegistry (ServiceLoader) and run by JMC's rule
 * engine on a recording of a Herthon script that provokes it: the expected severity and numbers.
 * On a recording without Herthon events every rule is not applicable, and none throws.
 */
class HerthonRulesTest {
    private static final List<String> IDS = List.of(HotFunctionsRule.ID, GcPressureRule.ID, SlowImportsRule.ID,
            AuditEventsRule.ID, RecordingQualityRule.ID);

    @Test
    void theRegistryHasEveryHerthonRuleUnderTheHerthonTopic() {
        List<IRule> rules = Analysis.herthonRules();
        assertEquals(IDS.stream().sorted().toList(), rules.stream().map(IRule::getId).sorted().toList());
        for (IRule rule : rules) {
            assertEquals("herthon", rule.getTopic());
            assertTrue(rule.getName().startsWith("Herthon "), rule.getName());
        }
        assertTrue(Analysis.registeredRules().size() > rules.size() + 20, "JMC's JDK rules are registered too");
    }

    @Test
    void hotFunctionsNamesTheFunctionThatTakesTheTime() throws Exception {
        IResult result = run("hot.py", HotFunctionsRule.ID);
        assertEquals(Severity.WARNING, result.getSeverity(), result.getSummary());
        Matcher m = Pattern.compile("__main__\\.churn takes ([0-9.]+) % of the Herthon self time .* and ([0-9.]+) % of the (\\d+) calls")
                .matcher(result.getSummary());
        assertTrue(m.find(), result.getSummary());
        assertTrue(Double.parseDouble(m.group(1)) >= 50, result.getSummary());
        // main() calls churn and light 40 times each; <module> and main once: 82 calls.
        assertEquals("82", m.group(3), result.getSummary());
        assertEquals(40 / 82.0 * 100, Double.parseDouble(m.group(2)), 0.06, result.getSummary());
        assertTrue(result.getExplanation().contains("__main__.churn (") && result.getExplanation().contains("hot.py:2): 40 calls"),
                result.getExplanation());
        assertTrue(result.getExplanation().contains("__main__.light (") && result.getExplanation().contains(": 40 calls"),
                result.getExplanation());
    }

    @Test
    void gcPressureCountsTheCollectionsAndTheirTime() throws Exception {
        IResult result = run("gc_pressure.py", GcPressureRule.ID);
        // 25 gc.collect() calls, each a full JVM collection, in a run of about a second.
        assertEquals(Severity.WARNING, result.getSeverity(), result.getSummary());
        Matcher m = Pattern.compile("^(\\d+) Herthon collections \\(([0-9.]+) per second\\) took ([0-9.]+) ms, ([0-9.]+) % of the")
                .matcher(result.getSummary());
        assertTrue(m.find(), result.getSummary());
        assertTrue(Integer.parseInt(m.group(1)) >= 25, result.getSummary());
        assertTrue(Double.parseDouble(m.group(4)) >= 10, result.getSummary());
        Matcher jvm = Pattern.compile("the JVM ran (\\d+) collections").matcher(result.getExplanation());
        assertTrue(jvm.find(), result.getExplanation());
        assertTrue(Integer.parseInt(jvm.group(1)) >= 25, "each gc.collect() is a JVM collection: " + result.getExplanation());
    }

    @Test
    void slowImportsReportsTheSleepingModule() throws Exception {
        IResult result = run("slow_import.py", SlowImportsRule.ID);
        Matcher m = Pattern.compile("The slowest of (\\d+) imports is sleepy_module: ([0-9.]+) ms").matcher(result.getSummary());
        assertTrue(m.find(), result.getSummary());
        double ms = Double.parseDouble(m.group(2));
        assertTrue(ms >= 300, result.getSummary());
        // The module sleeps 300 ms: INFO (below the 1 s warning). Compiling and running it took
        // 1.9 s once while both cores were busy with other work, and the rule then warns, as it
        // should: the severity follows the time measured.
        assertEquals(ms < 1000 ? Severity.INFO : Severity.WARNING, result.getSeverity(), result.getSummary());
        assertTrue(result.getExplanation().contains("no_such_module_here"), result.getExplanation());
        assertTrue(result.getExplanation().contains("1 imports found no module"), result.getExplanation());
    }

    @Test
    void auditEventsNotesDynamicCodeAndOpensOutside() throws Exception {
        IResult result = run("audit.py", AuditEventsRule.ID);
        assertEquals(Severity.WARNING, result.getSeverity(), result.getSummary());
        // exec("x = 1") and eval(compile(...)): two compiles of <string>, two execs; one open of /etc/hostname.
        assertTrue(result.getSummary().contains("2 compile, 2 exec, 1 open")
                || result.getSummary().matches(".*\\b2 compile\\b.*") && result.getSummary().matches(".*\\b2 exec\\b.*")
                        && result.getSummary().matches(".*\\b1 open\\b.*"), result.getSummary());
        assertTrue(result.getExplanation().contains("open /etc/hostname"), result.getExplanation());
        // Reading the script itself (a .py file, as the import system does) is not noted.
        assertTrue(!result.getExplanation().contains("audit.py"), result.getExplanation());
    }

    @Test
    void recordingQualityReportsUnreturnedEntriesAndCost() throws Exception {
        // The recording is dumped while long_running() still sleeps.
        var jfr = HerthonRuns.dumpWhileRunning("long_call.py", "inside long_running", "long_call.jfr",
                "settings=" + org.herthon.bridge.support.ProjectPaths.jfc(HerthonRuns.TRACE_SETTINGS));
        IItemCollection items = HerthonRuns.load(jfr);
        IResult result = only(items, RecordingQualityRule.ID, IPreferenceValueProvider.DEFAULT_VALUES);
        assertEquals(Severity.INFO, result.getSeverity(), result.getSummary());
        assertTrue(result.getSummary().contains("0 returns without their entry") && result.getSummary().contains(
                "2 entries without their return"), result.getSummary());

        // The same recording counts as long once the limit is below its length: the cost warning.
        // (It is dumped as soon as the script is inside the call, so it can be shorter than a second.)
        Map<TypedPreference<?>, Object> limits = new HashMap<>();
        limits.put(RecordingQualityRule.LONG_RECORDING, org.openjdk.jmc.common.unit.UnitLookup.MILLISECOND.quantity(1));
        IResult costly = only(items, RecordingQualityRule.ID, preferences(limits));
        assertEquals(Severity.WARNING, costly.getSeverity(), costly.getSummary());
        assertTrue(costly.getSummary().contains("per-call events are on for"), costly.getSummary());

        // A complete trace: OK, with the counts.
        IResult complete = run("hot.py", RecordingQualityRule.ID);
        assertEquals(Severity.OK, complete.getSeverity(), complete.getSummary());
        assertTrue(complete.getSummary().contains("82 entries, 82 returns, all paired"), complete.getSummary());
    }

    @Test
    void withoutHerthonEventsEveryRuleIsNotApplicable() throws Exception {
        IItemCollection items = HerthonRuns.load(HerthonRuns.withoutHerthon());
        List<Outcome> outcomes = Analysis.run(items, Analysis.herthonRules(), IPreferenceValueProvider.DEFAULT_VALUES);
        assertEquals(IDS.size(), outcomes.size());
        for (Outcome o : outcomes) {
            assertNull(o.failure(), () -> o.rule().getId() + " threw " + o.failure());
            assertEquals(Severity.NA, o.severity(), o.rule().getId());
            assertNotNull(o.result().getSummary(), o.rule().getId());
        }
    }

    private static IResult run(String script, String ruleId) throws Exception {
        return only(HerthonRuns.load(HerthonRuns.trace(script)), ruleId, IPreferenceValueProvider.DEFAULT_VALUES);
    }

    private static IResult only(IItemCollection items, String ruleId, IPreferenceValueProvider preferences) {
        List<IRule> rules = Analysis.herthonRules().stream().filter(r -> r.getId().equals(ruleId)).collect(Collectors.toList());
        assertEquals(1, rules.size(), ruleId);
        Outcome outcome = Analysis.run(items, rules, preferences).get(0);
        assertNull(outcome.failure(), () -> ruleId + " threw " + outcome.failure());
        return outcome.result();
    }

    private static IPreferenceValueProvider preferences(Map<TypedPreference<?>, Object> values) {
        return new IPreferenceValueProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T getPreferenceValue(TypedPreference<T> preference) {
                Object value = values.get(preference);
                return value != null ? (T) value : preference.getDefaultValue();
            }
        };
    }
}
