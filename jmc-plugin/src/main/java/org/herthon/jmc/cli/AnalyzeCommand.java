package org.herthon.jmc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.herthon.jmc.rules.Analysis;
import org.herthon.jmc.rules.Analysis.Outcome;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.util.IPreferenceValueProvider;
import org.openjdk.jmc.flightrecorder.rules.ResultToolkit;
import org.openjdk.jmc.flightrecorder.rules.Severity;
import org.openjdk.jmc.flightrecorder.rules.report.html.JfrHtmlRulesReport;

/**
 * {@code herthon-jfr analyze FILE [--html OUT] [--all]}: JMC's automated analysis without JMC.
 * JMC's rule engine runs every rule its registry finds (JMC's JDK rules and the Herthon rules of
 * this jar) and the results are printed by severity.
 */
final class AnalyzeCommand implements Subcommand {
    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String summary() {
        return "JMC's automated analysis (JMC's JDK rules and the Herthon rules), by severity";
    }

    @Override
    public String usage() {
        return """
                usage: herthon-jfr analyze FILE [--html OUT] [--all]
                Runs JDK Mission Control's rules on the recording FILE through JMC's rule engine, as JMC's
                Automated Analysis page does: JMC's own JDK rules and the Herthon rules (topic herthon: hot
                functions, GC pressure, slow imports, audit events, recording quality). Prints one block per
                rule with a result, highest severity first:

                    WARNING  Herthon Hot Functions [herthon]
                             <summary>
                             <explanation>

                Rules that do not apply to the recording are counted at the end (--all lists them).

                  --html OUT  also write JMC's own HTML rules report (as JMC's JfrHtmlRulesReport) to OUT
                  --all       list the rules that are not applicable too
                """;
    }

    @Override
    public int run(List<String> arguments, PrintStream out) throws CommandException {
        Arguments args = Arguments.parse(name(), arguments, Set.of("--html"), Set.of("--all"));
        String file = args.onlyPositional("recording file");
        IItemCollection items = RecordingFile.load(file);
        String html = args.option("--html");
        Path htmlPath = html == null ? null : Path.of(html);
        if (htmlPath != null && (Files.isDirectory(htmlPath) || (htmlPath.toAbsolutePath().getParent() != null
                && !Files.isDirectory(htmlPath.toAbsolutePath().getParent())))) {
            throw new CommandException(CommandException.UNREADABLE, html + ": cannot write the report there");
        }
        List<Outcome> outcomes = Analysis.run(items, Analysis.registeredRules(), IPreferenceValueProvider.DEFAULT_VALUES);
        print(outcomes, args.has("--all"), out);
        if (htmlPath != null) {
            try {
                Files.writeString(htmlPath, JfrHtmlRulesReport.createReport(items), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CommandException(CommandException.UNREADABLE, html + ": " + e.getMessage());
            }
            out.println("HTML rules report: " + html);
        }
        return 0;
    }

    static void print(List<Outcome> outcomes, boolean all, PrintStream out) {
        int notApplicable = 0;
        for (Outcome o : outcomes) {
            Severity severity = o.severity();
            if (o.failure() != null) {
                out.printf("%-8s %s [%s]%n         the rule failed: %s%n", "ERROR", o.rule().getName(), o.rule().getTopic(),
                        o.failure());
                continue;
            }
            boolean shown = severity != Severity.NA && severity != Severity.IGNORE;
            if (!shown) {
                notApplicable++;
                if (!all) {
                    continue;
                }
            }
            out.printf("%-8s %s [%s]%n", label(severity), o.rule().getName(), o.rule().getTopic());
            indent(out, ResultToolkit.populateMessage(o.result(), o.result().getSummary(), false));
            if (severity != Severity.OK) {
                indent(out, ResultToolkit.populateMessage(o.result(), o.result().getExplanation(), false));
            }
        }
        out.printf("%d rules: %d with a result, %d not applicable to this recording%s.%n", outcomes.size(),
                outcomes.size() - notApplicable, notApplicable, all ? "" : " (--all lists them)");
    }

    private static String label(Severity severity) {
        return switch (severity) {
        case NA -> "N/A";
        default -> severity.name();
        };
    }

    private static void indent(PrintStream out, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String line : text.strip().split("\\R")) {
            out.println("         " + line.strip());
        }
    }
}
