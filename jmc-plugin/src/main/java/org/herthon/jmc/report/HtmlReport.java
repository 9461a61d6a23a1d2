package org.herthon.jmc.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.herthon.jmc.rules.Analysis;
import org.herthon.jmc.rules.Analysis.Outcome;
import org.herthon.jmc.toolkit.CallProfile;
import org.herthon.jmc.toolkit.GcCycles;
import org.herthon.jmc.toolkit.HerthonAttributes;
import org.herthon.jmc.toolkit.HerthonFilters;
import org.herthon.jmc.toolkit.Items;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.ItemFilters;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.unit.UnitLookup;
import org.openjdk.jmc.common.util.IPreferenceValueProvider;
import org.openjdk.jmc.flightrecorder.JfrAttributes;
import org.openjdk.jmc.flightrecorder.jdk.JdkAttributes;
import org.openjdk.jmc.flightrecorder.jdk.JdkTypeIDs;
import org.openjdk.jmc.flightrecorder.rules.ResultToolkit;
import org.openjdk.jmc.flightrecorder.rules.Severity;
import org.openjdk.jmc.flightrecorder.rules.util.RulesToolkit;

/**
 * {@code herthon-jfr report}: one self-contained HTML page (styles, script and data inline, no
 * network fetch) with the rule results, the Herthon function hierarchy as a flame graph, the GC
 * timeline, the import timeline and the audit log. Everything is aggregated here; the page gets
 * a tree of call paths and one row per collection, import and audit event.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /** The page for {@code items}; {@code title} names the recording (its file name). */
    public static String render(IItemCollection items, String title) throws IOException {
        StringBuilder data = new StringBuilder();
        Json json = new Json(data);
        IQuantity startQ = RulesToolkit.getEarliestStartTime(items);
        IQuantity endQ = RulesToolkit.getLatestEndTime(items);
        long start = startQ == null ? 0 : startQ.clampedLongValueIn(UnitLookup.EPOCH_NS);
        long end = endQ == null ? start : endQ.clampedLongValueIn(UnitLookup.EPOCH_NS);
        json.open('{').field("title", title).field("durationNs", end - start);
        rules(items, json);
        json.key("flame");
        FlameTree.of(items, CallProfile.fromEntryReturn(items)).write(json);
        gc(items, start, json);
        imports(items, start, json);
        audit(items, start, json);
        json.close('}');
        return template().replace("/*HERTHON_CSS*/", resource("report.css"))
                .replace("/*HERTHON_JS*/", resource("report.js"))
                .replace("{{TITLE}}", escapeHtml(title))
                .replace("/*HERTHON_DATA*/", data.toString());
    }

    /** The Herthon rules, and JMC's own rules that found something (INFO or WARNING). */
    private static void rules(IItemCollection items, Json json) {
        List<Outcome> outcomes = Analysis.run(items, Analysis.registeredRules(), IPreferenceValueProvider.DEFAULT_VALUES);
        json.key("rules").open('[');
        for (Outcome o : outcomes) {
            boolean herthon = "herthon".equals(o.rule().getTopic());
            if (o.result() == null || !herthon && o.severity().compareTo(Severity.INFO) < 0) {
                continue;
            }
            json.open('{').field("severity", o.severity().name()).field("name", o.rule().getName())
                    .field("topic", o.rule().getTopic()).field("herthon", herthon)
                    .field("summary", ResultToolkit.populateMessage(o.result(), o.result().getSummary(), false))
                    .field("explanation", o.severity() == Severity.NA || o.severity() == Severity.OK ? ""
                            : ResultToolkit.populateMessage(o.result(), o.result().getExplanation(), false))
                    .close('}');
        }
        json.close(']');
    }

    private static void gc(IItemCollection items, long start, Json json) {
        json.key("gc").open('{').key("herthon").open('[');
        for (GcCycles.Cycle c : GcCycles.of(items).cycles()) {
            json.open('[').value(c.startNanos() - start).value(c.durationNanos()).value(c.generation()).value(c.collected())
                    .value(c.gcId()).close(']');
        }
        json.close(']').key("jvm").open('[');
        record Jvm(long start, long duration, long gcId, String name, String cause) {
        }
        List<Jvm> jvm = Items.rows(items.apply(ItemFilters.type(JdkTypeIDs.GARBAGE_COLLECTION)), accessors -> {
            var s = accessors.of(JfrAttributes.START_TIME);
            var d = accessors.of(JfrAttributes.DURATION);
            var id = accessors.of(JdkAttributes.GC_ID);
            var name = accessors.of(JdkAttributes.GC_NAME);
            var cause = accessors.of(JdkAttributes.GC_CAUSE);
            return item -> new Jvm(Items.epochNanos(s.getMember(item)) - start, Items.nanos(d.getMember(item)),
                    Items.longOf(id.getMember(item)), name.getMember(item), cause.getMember(item));
        });
        jvm.sort(Comparator.comparingLong(Jvm::start));
        for (Jvm j : jvm) {
            json.open('[').value(j.start()).value(j.duration()).value(j.gcId()).value(j.name()).value(j.cause()).close(']');
        }
        json.close(']').key("heap").open('[');
        record Heap(long time, long used) {
        }
        List<Heap> heap = Items.rows(items.apply(ItemFilters.type(JdkTypeIDs.HEAP_SUMMARY)), accessors -> {
            var s = accessors.of(JfrAttributes.START_TIME);
            var when = accessors.of(JdkAttributes.GC_WHEN);
            var used = accessors.of(JdkAttributes.HEAP_USED);
            return item -> "After GC".equals(when.getMember(item)) && used.getMember(item) != null
                    ? new Heap(Items.epochNanos(s.getMember(item)) - start,
                            used.getMember(item).clampedLongValueIn(UnitLookup.BYTE))
                    : null;
        });
        heap.sort(Comparator.comparingLong(Heap::time));
        for (Heap h : heap) {
            json.open('[').value(h.time()).value(h.used()).close(']');
        }
        json.close(']').close('}');
    }

    private static void imports(IItemCollection items, long start, Json json) {
        record Import(long start, long duration, String module, boolean found, String thread) {
        }
        List<Import> imports = Items.rows(items.apply(HerthonFilters.IMPORT), accessors -> {
            var s = accessors.of(JfrAttributes.START_TIME);
            var d = accessors.of(JfrAttributes.DURATION);
            var module = accessors.of(HerthonAttributes.MODULE);
            var found = accessors.of(HerthonAttributes.FOUND);
            return item -> new Import(Items.epochNanos(s.getMember(item)) - start, Items.nanos(d.getMember(item)),
                    module.getMember(item), Boolean.TRUE.equals(found.getMember(item)), null);
        });
        imports.sort(Comparator.comparingLong(Import::start));
        json.key("imports").open('[');
        for (Import i : imports) {
            json.open('[').value(i.start()).value(i.duration()).value(i.module()).value(i.found()).close(']');
        }
        json.close(']');
    }

    private static void audit(IItemCollection items, long start, Json json) {
        record Audit(long time, String event, String args) {
        }
        List<Audit> audits = new ArrayList<>(Items.rows(items.apply(HerthonFilters.AUDIT), accessors -> {
            var s = accessors.of(JfrAttributes.START_TIME);
            var event = accessors.of(HerthonAttributes.EVENT);
            var args = accessors.of(HerthonAttributes.ARGS);
            return item -> new Audit(Items.epochNanos(s.getMember(item)) - start, event.getMember(item), args.getMember(item));
        }));
        audits.sort(Comparator.comparingLong(Audit::time));
        json.key("audit").open('[');
        for (Audit a : audits) {
            json.open('[').value(a.time()).value(a.event()).value(a.args()).close(']');
        }
        json.close(']');
    }

    private static String template() throws IOException {
        return resource("report.html");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
