package org.herthon.bridge.usdt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herthon.bridge.support.Bpftrace;
import org.herthon.bridge.support.DriverProcess;

/** bpftrace counting function and line markers in-kernel (no per-event output to lose). */
public final class BpftraceCounts {
    private BpftraceCounts() {
    }

    /** Counts the markers hit while the driver runs {@code stress 8 100000}, by marker name. */
    public static Map<String, Long> whileStressing(DriverProcess driver) throws Exception {
        try (Bpftrace bpftrace = Bpftrace.start("""
                BEGIN { printf("READY\\n"); }
                usdt:$LIB:herthon:function__entry { @counts["function__entry"] = count(); }
                usdt:$LIB:herthon:function__return { @counts["function__return"] = count(); }
                usdt:$LIB:herthon:line { @counts["line"] = count(); }
                """)) {
            assertEquals("traced", driver.send("wait-traced function__entry"));
            assertEquals("traced", driver.send("wait-traced line"));
            assertEquals("fired 800000", driver.send("stress 8 100000"));
            return aggregate(bpftrace.stop());
        }
    }

    private static Map<String, Long> aggregate(String output) {
        Map<String, Long> counts = new TreeMap<>();
        Matcher entry = Pattern.compile("@counts\\[(\\w+)\\]: (\\d+)").matcher(output);
        while (entry.find()) {
            counts.put(entry.group(1), Long.parseLong(entry.group(2)));
        }
        return counts;
    }
}
