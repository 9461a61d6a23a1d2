package org.herthon.interpreter.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.herthon.jmc.toolkit.CallMarker;
import org.herthon.jmc.toolkit.CallTree;
import org.herthon.jmc.toolkit.GcCycles;
import org.herthon.jmc.toolkit.HerthonFilters;
import org.herthon.jmc.toolkit.MarkerPairing;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.ItemFilters;
import org.openjdk.jmc.flightrecorder.JfrLoaderToolkit;
import org.openjdk.jmc.flightrecorder.jdk.JdkAttributes;
import org.openjdk.jmc.flightrecorder.jdk.JdkTypeIDs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, check 6 and the GC id: recordings of real runs read with JMC's parser through the
 * herthon-jfr toolkit.
 */
class RecordingCountsTest {
    private static final Path PROBES = Path.of("src/test/resources/probes").toAbsolutePath();

    @TempDir
    Path temp;

    /**
     * Check 6: a recursion-heavy script with herthon-trace.jfc: entries, returns and FunctionCall
     * events are equal in number, and the tree from frameId/parentFrameId equals the tree from
     * the order of entries and returns.
     */
    @Test
    void functionCallIdsGiveTheTreeThatEntriesAndReturnsGive() throws Exception {
        Path recording = temp.resolve("recursion.jfr");
        HerthonCommand.Result run = HerthonCommand.run(PROBES, "", "--jfr=" + recording, "--jfr-settings=trace", "recursion.py");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("(144, True, [6, 5, 4, 3, 2, 1])\n", run.stdout());

        IItemCollection items = JfrLoaderToolkit.loadEvents(new File(recording.toString()));
        List<CallMarker> markers = CallMarker.read(items);
        MarkerPairing.Counts counts = MarkerPairing.count(markers);
        long functionCalls = items.apply(HerthonFilters.FUNCTION_CALL).stream().mapToLong(i -> i.getItemCount()).sum();
        // fib(12) alone is 465 calls.
        assertTrue(counts.entries() > 500, counts.toString());
        assertEquals(counts.entries(), counts.returns(), counts.toString());
        assertEquals(counts.entries(), functionCalls);
        assertEquals(0, counts.unmatchedReturns());
        assertEquals(0, counts.unreturnedEntries());

        String fromOrder = CallTree.fromMarkers(markers).text();
        String fromIds = CallTree.fromFunctionCalls(items).text();
        assertEquals(fromOrder, fromIds);
        // fail(5) .. fail(0): six calls, each one level below the one before.
        List<Integer> failIndents = fromIds.lines().filter(line -> line.endsWith("recursion.py:fail:20"))
                .map(line -> line.length() - line.stripLeading().length()).toList();
        assertEquals(6, failIndents.size(), fromIds);
        for (int i = 1; i < failIndents.size(); i++) {
            assertEquals(failIndents.get(i - 1) + 1, failIndents.get(i), fromIds);
        }
    }

    /**
     * herthon.GarbageCollection's gcId is the jdk.GarbageCollection gc.collect() caused, and each
     * gc.collect() is one JVM collection.
     */
    @Test
    void eachHerthonCollectionCarriesTheGcIdOfItsJvmCollection() throws Exception {
        Path recording = temp.resolve("gc.jfr");
        HerthonCommand.Result run = HerthonCommand.run(PROBES, "", "--jfr=" + recording, "gc_cycles.py");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("0 True\n1 True\n2 True\n", run.stdout());

        IItemCollection items = JfrLoaderToolkit.loadEvents(new File(recording.toString()));
        List<GcCycles.Cycle> cycles = GcCycles.of(items).cycles();
        assertEquals(List.of(0, 1, 2), cycles.stream().map(GcCycles.Cycle::generation).toList());
        for (GcCycles.Cycle cycle : cycles) {
            assertTrue(cycle.gcId() >= 0, cycle.toString());
            assertTrue(cycle.jvm() != null && cycle.jvm().cause().equals("System.gc()"), cycle.toString());
        }
        long explicitJvmCollections = items.apply(ItemFilters.and(ItemFilters.type(JdkTypeIDs.GARBAGE_COLLECTION),
                ItemFilters.equals(JdkAttributes.GC_CAUSE, "System.gc()"))).stream().mapToLong(i -> i.getItemCount()).sum();
        assertEquals(3, explicitJvmCollections, "one JVM collection per gc.collect()");
        assertFalse(cycles.stream().map(GcCycles.Cycle::gcId).distinct().count() < 3, "three different collections");

        HerthonCommand.Result gc = HerthonCommand.herthonJfr("gc", recording.toString());
        assertEquals(0, gc.exitCode(), gc.stderr());
        assertEquals(4, gc.stdout().lines().count(), gc.stdout());
        assertTrue(gc.stdout().lines().skip(1).allMatch(line -> line.contains(", System.gc(), longest pause ")), gc.stdout());
    }
}
