package org.herthon.bridge.usdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.herthon.bridge.Probes;
import org.herthon.bridge.driver.KnownFirings;
import org.herthon.bridge.support.DriverProcess;
import org.junit.jupiter.api.Test;

/** Check 5: with no tracer and no recording, probe sites make no native call. */
class NoListenerTest {
    @Test
    void probeSitesMakeNoNativeCallWhenNothingListens() throws Exception {
        try (DriverProcess driver = new DriverProcess(List.of())) {
            assertEquals("fired " + 25 * KnownFirings.REPEAT, driver.send("fire-known"));
            assertEquals("fired 800000", driver.send("stress 8 100000"));
            assertEquals("0", driver.send("native-calls"));
            driver.exit();
        }
    }

    @Test
    void everyCheckIsFalseWhenNothingListens() {
        assertFalse(Probes.functionEntryEnabled());
        assertFalse(Probes.functionReturnEnabled());
        assertFalse(Probes.lineEnabled());
        assertFalse(Probes.gcStartEnabled());
        assertFalse(Probes.gcDoneEnabled());
        assertFalse(Probes.importStartEnabled());
        assertFalse(Probes.importDoneEnabled());
        assertFalse(Probes.auditEnabled());
    }
}
