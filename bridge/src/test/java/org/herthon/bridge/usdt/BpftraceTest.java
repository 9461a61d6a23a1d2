package org.herthon.bridge.usdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.herthon.bridge.driver.KnownFirings;
import org.herthon.bridge.support.Bpftrace;
import org.herthon.bridge.support.DriverProcess;
import org.junit.jupiter.api.Test;

/** Real bpftrace, attached by library path, reading the markers a driver JVM fires. */
class BpftraceTest {
    /**
     * Prints every marker hit as a canonical line after its timestamp; NULL strings print as
     * {@code <NULL>}. bpftrace drains one buffer per CPU, so a thread that moved between CPUs can
     * have its lines printed out of order: the timestamp puts them back in order.
     */
    static final String PRINT_EVERY_MARKER = """
            BEGIN { printf("READY\\n"); }
            usdt:$LIB:herthon:function__entry {
              printf("%llu function__entry|%s%s|%s%s|%d|%ld|%s%s\\n", nsecs, arg0 ? "" : "<NULL>", str(arg0),
                     arg1 ? "" : "<NULL>", str(arg1), arg2, arg3, arg4 ? "" : "<NULL>", str(arg4)); }
            usdt:$LIB:herthon:function__return {
              printf("%llu function__return|%s%s|%s%s|%d|%ld|%s%s\\n", nsecs, arg0 ? "" : "<NULL>", str(arg0),
                     arg1 ? "" : "<NULL>", str(arg1), arg2, arg3, arg4 ? "" : "<NULL>", str(arg4)); }
            usdt:$LIB:herthon:line {
              printf("%llu line|%s%s|%s%s|%d\\n", nsecs, arg0 ? "" : "<NULL>", str(arg0), arg1 ? "" : "<NULL>", str(arg1), arg2); }
            usdt:$LIB:herthon:gc__start { printf("%llu gc__start|%d\\n", nsecs, arg0); }
            usdt:$LIB:herthon:gc__done { printf("%llu gc__done|%ld\\n", nsecs, arg0); }
            usdt:$LIB:herthon:import__find__load__start { printf("%llu import__find__load__start|%s%s\\n", nsecs, arg0 ? "" : "<NULL>", str(arg0)); }
            usdt:$LIB:herthon:import__find__load__done {
              printf("%llu import__find__load__done|%s%s|%d\\n", nsecs, arg0 ? "" : "<NULL>", str(arg0), arg1); }
            usdt:$LIB:herthon:audit { printf("%llu audit|%s%s|%s%s\\n", nsecs, arg0 ? "" : "<NULL>", str(arg0), arg1 ? "" : "<NULL>", str(arg1)); }
            """;

    /** Check 2: every count and every argument exactly as fired, bpftrace started before the JVM. */
    @Test
    void everyMarkerArrivesWithExactArguments() throws Exception {
        try (Bpftrace bpftrace = Bpftrace.start(PRINT_EVERY_MARKER);
             DriverProcess driver = new DriverProcess(List.of())) {
            assertEquals("traced", driver.send("wait-traced"));
            driver.send("fire-known");
            driver.exit();
            List<String> seen = markerLines(bpftrace.stop());
            assertEquals(KnownFirings.expected(true, KnownFirings::asMarkerString), seen);
        }
    }

    /** Check 3: attached after start, detached before the end; events flow only in between. */
    @Test
    void attachAndDetachWhileTheJvmRuns() throws Exception {
        try (DriverProcess driver = new DriverProcess(List.of())) {
            driver.send("spin-start");
            Thread.sleep(500);
            assertEquals("0", driver.send("native-calls"), "no native call before bpftrace attaches");

            long traced;
            try (Bpftrace bpftrace = Bpftrace.start("""
                    BEGIN { printf("READY\\n"); }
                    usdt:$LIB:herthon:line { @lines = count(); }
                    """)) {
                assertEquals("traced", driver.send("wait-traced line"), "semaphore set in the running JVM");
                Thread.sleep(1000);
                String output = bpftrace.stop();
                Matcher count = Pattern.compile("@lines: (\\d+)").matcher(output);
                assertTrue(count.find(), output);
                traced = Long.parseLong(count.group(1));
            }
            assertEquals("untraced", driver.send("wait-untraced line"), "semaphore cleared after detach");
            long callsAfterDetach = Long.parseLong(driver.send("native-calls"));
            Thread.sleep(500);
            assertEquals(callsAfterDetach, Long.parseLong(driver.send("native-calls")), "no native call after detach");

            Matcher spun = Pattern.compile("spun fired=(\\d+) traced=(\\d+)").matcher(driver.send("spin-stop"));
            assertTrue(spun.matches());
            long fired = Long.parseLong(spun.group(1));
            long sawTracer = Long.parseLong(spun.group(2));
            assertTrue(traced > 1000, "events flowed while attached: " + traced);
            assertTrue(sawTracer >= traced, "bpftrace saw only firings made while attached");
            assertTrue(fired > sawTracer, "firings before and after the attachment went untraced");
            assertEquals(sawTracer, callsAfterDetach, "every native call was made while attached");
            driver.exit();
        }
    }

    private static List<String> markerLines(String output) {
        return Arrays.stream(output.split("\n"))
                .filter(line -> line.matches("^\\d+ [a-z_]+\\|.*"))
                .sorted(Comparator.comparingLong(line -> Long.parseUnsignedLong(line.substring(0, line.indexOf(' ')))))
                .map(line -> line.substring(line.indexOf(' ') + 1))
                .collect(Collectors.toList());
    }
}
