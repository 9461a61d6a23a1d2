package org.herthon.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.herthon.metrics.support.HerthonProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --metrics-port} and {@code --metrics-host} misused: one line on stderr, exit 2, the program never runs. */
class MetricsCommandLineTest {
    @TempDir
    Path dir;

    private void assertRefused(String expectedStart, String... args) throws Exception {
        Path script = dir.resolve("ran.py");
        Files.writeString(script, "print('the program ran')\n");
        String[] command = new String[args.length + 1];
        System.arraycopy(args, 0, command, 0, args.length);
        command[args.length] = script.toString();
        try (HerthonProcess herthon = HerthonProcess.start(dir, command)) {
            assertEquals(2, herthon.waitFor(), herthon.stderr());
            assertEquals("", herthon.stdout(), "the program must not run");
            String stderr = herthon.stderr();
            assertEquals(1, stderr.lines().count(), "one line: " + stderr);
            assertTrue(stderr.startsWith(expectedStart), stderr);
        }
    }

    @Test
    void notANumber() throws Exception {
        assertRefused("herthon: --metrics-port=http: not a port number", "--metrics-port=http");
    }

    @Test
    void outOfRange() throws Exception {
        assertRefused("herthon: --metrics-port=70000: not a port number", "--metrics-port=70000");
    }

    @Test
    void portInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertRefused("herthon: --metrics-port=" + port + ": cannot listen on 127.0.0.1:" + port, "--metrics-port=" + port);
        }
    }

    @Test
    void unknownHost() throws Exception {
        assertRefused("herthon: --metrics-host=no-such-host.invalid: not an address of this machine",
                "--metrics-port=0", "--metrics-host=no-such-host.invalid");
    }

    @Test
    void hostWithoutPort() throws Exception {
        assertRefused("herthon: --metrics-host and --metrics-histograms need --metrics-port=PORT", "--metrics-host=127.0.0.1");
    }

    @Test
    void portZeroPicksAFreePortAndSaysWhich() throws Exception {
        Path script = dir.resolve("quick.py");
        Files.writeString(script, "print('done')\n");
        try (HerthonProcess herthon = HerthonProcess.start(dir, "--metrics-port=0", script.toString())) {
            assertEquals(0, herthon.waitFor(), herthon.stderr());
            assertEquals("done\n", herthon.stdout());
            assertTrue(herthon.stderr().matches("herthon: metrics at http://127\\.0\\.0\\.1:\\d+/metrics\n"), herthon.stderr());
        }
    }
}
