package org.herthon.jmc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.herthon.jmc.report.HtmlReport;

/** {@code herthon-jfr report FILE -o report.html}: one self-contained HTML page anyone can open. */
final class ReportCommand implements Subcommand {
    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "one self-contained HTML page: rule results, flame graph, GC and import timelines, audit log";
    }

    @Override
    public String usage() {
        return """
                usage: herthon-jfr report FILE -o OUT.html
                Writes OUT.html, one page with its styles, script and data inline (it fetches nothing):
                  - the rule results (the Herthon rules, and JMC's rules that found something);
                  - the Herthon function hierarchy as a flame graph (icicle), per thread and merged, built with
                    JMC's stack-trace tree model: from the exact trace when the recording has function entries
                    and returns (herthon-trace.jfc), otherwise from execution samples (herthon.jfc); click a
                    frame to zoom, hover for file:line, calls, total and self time;
                  - a GC timeline: each Herthon and each JVM collection as a bar on one time axis, Herthon
                    generations by colour, heap after GC as a line;
                  - the import timeline and the audit log (a table with a filter).

                  -o, --output OUT.html  the page to write
                """;
    }

    @Override
    public int run(List<String> arguments, PrintStream out) throws CommandException {
        List<String> spelled = arguments.stream().map(a -> a.equals("-o") ? "--output" : a).toList();
        Arguments args = Arguments.parse(name(), spelled, Set.of("--output"), Set.of());
        String file = args.onlyPositional("recording file");
        String output = args.option("--output");
        if (output == null) {
            throw CommandException.usage(name(), "no output file given (-o OUT.html)");
        }
        var items = RecordingFile.load(file);
        String page;
        try {
            page = HtmlReport.render(items, Path.of(file).getFileName().toString());
        } catch (IOException e) {
            throw new CommandException(CommandException.UNREADABLE, file + ": " + e.getMessage());
        }
        try {
            Files.writeString(Path.of(output), page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandException(CommandException.UNREADABLE, output + ": cannot write (" + e.getMessage() + ")");
        }
        out.println("Report: " + output);
        return 0;
    }
}
