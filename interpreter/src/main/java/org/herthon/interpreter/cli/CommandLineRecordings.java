package org.herthon.interpreter.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;

/**
 * A wrong use of the command line ends the run before the program starts: a recording started by
 * {@code --jfr=FILE} (-XX:StartFlightRecording) would still be written at exit, leaving a file
 * for a run that never happened. Close it and remove what it wrote.
 */
final class CommandLineRecordings {
    private CommandLineRecordings() {}

    static void discard() {
        // Asking FlightRecorder would start JFR: only look when a recording is already running.
        if (!FlightRecorder.isInitialized()) return;
        for (Recording r : FlightRecorder.getFlightRecorder().getRecordings()) {
            Path destination = r.getDestination();
            r.close();
            if (destination != null) {
                try {
                    Files.deleteIfExists(destination);
                } catch (IOException | SecurityException e) {
                    // nothing was written for this run anyway; a leftover file is all that remains
                }
            }
        }
    }
}
