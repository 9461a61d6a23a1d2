package org.herthon.jmc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.herthon.jmc.support.Chromium;
import org.herthon.jmc.support.HerthonRuns;
import org.junit.jupiter.api.Test;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.ItemFilters;

/**
 * The HTML report in headless Chromium: it loads without console errors, the flame graph shows
 * the script's functions, there is one GC bar per collection in the recording, a click on a frame
 * zooms, hovering shows file:line, calls and times, the audit filter filters; screenshots go to
 * target/. A recording of a million calls renders and is interactive within 3 s.
 */
class HtmlReportTest {
    /**
     * Chromium's profile. Not a JUnit @TempDir: Chromium can still be writing into it for a moment
     * after it ends, and a failed clean-up then failed a test that had passed (seen in CI).
     */
    Path profile;

    @org.junit.jupiter.api.BeforeEach
    void makeProfile() throws java.io.IOException {
        profile = java.nio.file.Files.createTempDirectory("herthon-chromium");
    }

    @org.junit.jupiter.api.AfterEach
    void removeProfile() {
        // Best effort, for the reason above.
        try (var paths = java.nio.file.Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException | java.io.UncheckedIOException stillBeingWritten) {
            // left for the system's temporary-file clean-up
        }
    }

    @Test
    void theReportShowsTheRecordingAndReactsToClicks() throws Exception {
        Path jfr = HerthonRuns.trace("report_demo.py");
        IItemCollection items = HerthonRuns.load(jfr);
        Path page = write(items, "report_demo.html");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        // Self-contained: no address anywhere but the SVG namespace name (which is never fetched).
        assertTrue(!html.replace("http://www.w3.org/2000/svg", "").matches("(?s).*(https?:|//cdn|file:).*"),
                "an address in the page");
        assertTrue(!html.contains(" src=") && !html.contains("<link"), "no external script or style");

        try (Chromium chromium = Chromium.start(profile)) {
            chromium.open(page, "document.body.getAttribute('data-ready')");
            assertEquals(List.of(), chromium.errors(), "console errors");

            // Flame graph: the script's functions, nested as called.
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) chromium.evaluate(
                    "Array.from(document.querySelectorAll('#flame .frame')).map(f => f.dataset.name)");
            for (String f : List.of("__main__.<module>", "__main__.top", "__main__.mid", "__main__.leaf", "__main__.<genexpr>")) {
                assertTrue(names.contains(f), f + " in " + names);
            }
            assertEquals(0.0, chromium.evaluate("Number(document.querySelector('#flame .frame[data-name=\"__main__.<module>\"]').dataset.depth)"));

            // One bar per collection: Herthon's and the JVM's, as the recording has them.
            long herthonGcs = count(items, "herthon.GarbageCollection");
            long jvmGcs = count(items, "jdk.GarbageCollection");
            assertTrue(herthonGcs >= 2, "gc.collect() twice: " + herthonGcs);
            assertEquals((double) herthonGcs, chromium.evaluate("document.querySelectorAll('.gc-bar.herthon').length"));
            assertEquals((double) jvmGcs, chromium.evaluate("document.querySelectorAll('.gc-bar.jvm').length"));
            assertEquals(1.0, chromium.evaluate("document.querySelectorAll('.gc-bar.herthon.gen-0').length"), "gc.collect(0)");

            // Hover: file:line, calls and times.
            double[] mid = centre(chromium, "#flame .frame[data-name=\"__main__.mid\"]");
            chromium.hover(mid[0], mid[1]);
            String tip = (String) chromium.evaluate("document.getElementById('tooltip').innerText");
            assertTrue(tip.contains("__main__.mid") && tip.contains("report_demo.py:10") && tip.contains("calls: 2")
                    && tip.contains("total: ") && tip.contains("self: "), tip);

            // A click zooms: mid fills the width, its callers stay above as ancestors, others go.
            Object widthBefore = chromium.evaluate("document.querySelector('#flame .frame[data-name=\"__main__.mid\"]').offsetWidth");
            chromium.click(mid[0], mid[1]);
            assertEquals("__main__.mid", chromium.evaluate("document.getElementById('flame').dataset.zoom"));
            double full = (Double) chromium.evaluate("document.getElementById('flame').clientWidth");
            double zoomed = (Double) chromium.evaluate(
                    "document.querySelector('#flame .frame:not(.ancestor)[data-name=\"__main__.mid\"]').offsetWidth");
            assertTrue(zoomed >= full - 1 && zoomed > (Double) widthBefore, zoomed + " of " + full + ", was " + widthBefore);
            assertEquals(2.0, chromium.evaluate("document.querySelectorAll('#flame .frame.ancestor').length"), "<module> and top");
            assertEquals(0.0, chromium.evaluate("document.querySelectorAll('#flame .frame[data-name=\"__main__.<genexpr>\"]').length > 0 ? 0 : 1"),
                    "mid's generator expression is inside the zoom");
            Files.write(target("report_demo-zoomed.png"), chromium.screenshot());
            // Reset.
            chromium.evaluate("document.getElementById('reset').click()");
            assertEquals("", chromium.evaluate("document.getElementById('flame').dataset.zoom"));

            // Audit log filter.
            double all = (Double) chromium.evaluate("document.querySelectorAll('#audit .audit-row').length");
            assertEquals((double) count(items, "herthon.Audit"), all);
            chromium.evaluate("var f = document.getElementById('audit-filter'); f.value = 'exec';"
                    + " f.dispatchEvent(new Event('input'))");
            double shown = (Double) chromium.evaluate("document.querySelectorAll('#audit .audit-row:not([hidden])').length");
            assertTrue(shown >= 1 && shown < all, shown + " of " + all);

            // Rule results at the top, the Herthon ones among them.
            assertTrue((Double) chromium.evaluate("document.querySelectorAll('#rules tr.rule.herthon').length") >= 5);
            Files.write(target("report_demo.png"), chromium.screenshot());
            assertEquals(List.of(), chromium.errors(), "console errors");
        }
    }

    @Test
    void aMillionCallRecordingIsInteractiveWithinThreeSeconds() throws Exception {
        Path jfr = HerthonRuns.trace("million_calls.py");
        IItemCollection items = HerthonRuns.load(jfr);
        assertTrue(count(items, "herthon.FunctionEntry") >= 1_000_000, "a million calls");
        long start = System.nanoTime();
        Path page = write(items, "million_calls.html");
        System.out.printf("report of a million calls: %.1f s, %d bytes%n", (System.nanoTime() - start) / 1e9, Files.size(page));
        assertTrue(Files.size(page) < 2_000_000, "a tree, not events: " + Files.size(page) + " bytes");

        try (Chromium chromium = Chromium.start(profile)) {
            chromium.open(page, "document.body.getAttribute('data-ready')");
            double ready = Double.parseDouble((String) chromium.evaluate("document.body.getAttribute('data-ready')"));
            System.out.printf("million-call page interactive after %.0f ms%n", ready);
            assertTrue(ready < 3000, "interactive after " + ready + " ms");
            assertEquals(List.of(), chromium.errors(), "console errors");
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) chromium.evaluate(
                    "Array.from(document.querySelectorAll('#flame .frame')).map(f => f.dataset.name)");
            assertTrue(names.containsAll(List.of("__main__.level", "__main__.branch", "__main__.leaf")), names.toString());
            double[] branch = centre(chromium, "#flame .frame[data-name=\"__main__.branch\"]");
            double before = (Double) chromium.evaluate("performance.now()");
            chromium.click(branch[0], branch[1]);
            double after = (Double) chromium.evaluate("performance.now()");
            assertEquals("__main__.branch", chromium.evaluate("document.getElementById('flame').dataset.zoom"));
            assertTrue(after - before < 3000, "zoom took " + (after - before) + " ms");
            Files.write(target("million_calls.png"), chromium.screenshot());
            assertEquals(List.of(), chromium.errors(), "console errors");
        }
    }

    private static Path write(IItemCollection items, String name) throws Exception {
        Path page = target(name);
        Files.writeString(page, HtmlReport.render(items, name.replace(".html", ".jfr")), StandardCharsets.UTF_8);
        return page;
    }

    private static Path target(String name) throws Exception {
        return Files.createDirectories(Path.of("target/report").toAbsolutePath()).resolve(name);
    }

    private static long count(IItemCollection items, String type) {
        long n = 0;
        for (var iterable : items.apply(ItemFilters.type(type))) {
            n += iterable.getItemCount();
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    private static double[] centre(Chromium chromium, String selector) throws Exception {
        chromium.evaluate("document.querySelector('" + selector.replace("'", "\\'") + "').scrollIntoView({block: 'center'})");
        Map<String, Double> box = (Map<String, Double>) chromium.evaluate("(() => { const r = document.querySelector('"
                + selector.replace("'", "\\'") + "').getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
        return new double[] {box.get("x"), box.get("y")};
    }
}
