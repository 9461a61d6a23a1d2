package org.herthon.jmc.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.util.IPreferenceValueProvider;
import org.openjdk.jmc.flightrecorder.rules.IResult;
import org.openjdk.jmc.flightrecorder.rules.IRule;
import org.openjdk.jmc.flightrecorder.rules.RuleRegistry;
import org.openjdk.jmc.flightrecorder.rules.Severity;
import org.openjdk.jmc.flightrecorder.rules.util.RulesToolkit;

/**
 * Runs rules the way JMC's Automated Analysis page does: the rules from JMC's
 * {@link RuleRegistry} (found through {@code ServiceLoader}: JMC's JDK rules and, from this
 * jar's service file, the Herthon ones), evaluated by JMC's {@link RulesToolkit#evaluateParallel}
 * (which feeds each rule the results of the rules it depends on).
 */
public final class Analysis {
    private Analysis() {
    }

    /** One rule's outcome: its result, or what it threw (JMC's own rules can fail on odd input). */
    public record Outcome(IRule rule, IResult result, Throwable failure) {
        public Severity severity() {
            return result == null ? Severity.NA : result.getSeverity();
        }
    }

    /** Every rule JMC's registry knows. */
    public static Collection<IRule> registeredRules() {
        return RuleRegistry.getRules();
    }

    /** The Herthon rules among them. */
    public static List<IRule> herthonRules() {
        List<IRule> rules = new ArrayList<>();
        for (IRule rule : registeredRules()) {
            if (HerthonRule.TOPIC.equals(rule.getTopic())) {
                rules.add(rule);
            }
        }
        return rules;
    }

    /** Evaluates {@code rules} on {@code items}; outcomes by severity, highest first, then by rule name. */
    public static List<Outcome> run(IItemCollection items, Collection<IRule> rules, IPreferenceValueProvider preferences) {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        Map<IRule, Future<IResult>> futures = RulesToolkit.evaluateParallel(rules, items, preferences, threads);
        List<Outcome> outcomes = new ArrayList<>();
        for (Map.Entry<IRule, Future<IResult>> e : futures.entrySet()) {
            try {
                outcomes.add(new Outcome(e.getKey(), e.getValue().get(), null));
            } catch (ExecutionException ex) {
                outcomes.add(new Outcome(e.getKey(), null, ex.getCause()));
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                outcomes.add(new Outcome(e.getKey(), null, ex));
            }
        }
        outcomes.sort(Comparator.comparing(Outcome::severity).reversed()
                .thenComparing(o -> o.rule().getName(), String.CASE_INSENSITIVE_ORDER));
        return outcomes;
    }
}
