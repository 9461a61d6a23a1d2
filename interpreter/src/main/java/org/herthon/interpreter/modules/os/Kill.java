package org.herthon.interpreter.modules.os;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code os.kill} on the JVM, which can signal only the processes it started and only with
 * SIGTERM or SIGKILL: the shell's {@code kill} sends any signal to any process (the interpreter's
 * own too, whose handlers then run as for a signal from outside).
 */
final class Kill {
    private Kill() {}

    private static final int EPERM = 1, ESRCH = 3, EINVAL = 22;

    /** Sends sig to pid (a negative pid: its process group); 0 or the errno kill(2) would set. */
    static int send(long pid, int sig) {
        if (sig < 0 || sig > 64) return EINVAL;
        try {
            Process kill = new ProcessBuilder("/bin/sh", "-c", "kill -" + sig + " " + pid).redirectErrorStream(true).start();
            String said = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (kill.waitFor() == 0) return 0;
            if (said.contains("No such process")) return ESRCH;
            if (said.contains("not permitted")) return EPERM;
            return EINVAL;
        } catch (IOException e) {
            return EPERM;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EINVAL;
        }
    }
}
