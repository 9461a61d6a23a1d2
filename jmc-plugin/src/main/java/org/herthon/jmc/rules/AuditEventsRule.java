package org.herthon.jmc.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.herthon.events.HerthonTypeIds;
import org.herthon.jmc.toolkit.HerthonAttributes;
import org.herthon.jmc.toolkit.HerthonFilters;
import org.herthon.jmc.toolkit.Items;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.util.IPreferenceValueProvider;
import org.openjdk.jmc.flightrecorder.jdk.JdkAttributes;
import org.openjdk.jmc.flightrecorder.jdk.JdkFilters;
import org.openjdk.jmc.flightrecorder.rules.IResult;
import org.openjdk.jmc.flightrecorder.rules.Severity;

/**
 * Audit events worth a look: {@code exec} and {@code compile} of dynamic code (code that does not
 * come from a file: a filename such as {@code <string>}; the import system's exec of a module's
 * code is not listed), {@code subprocess.Popen}, {@code socket.connect},
 * and {@code open} of a path outside the working directory. The working directory is the JVM's
 * {@code user.dir} (from {@code jdk.InitialSystemProperty}); without it only absolute paths are
 * judged, against nothing, and the text says so. Opening a {@code .py} file for reading is the
 * import system reading a module and is not listed.
 *
 * <p>Severity: WARNING for any exec, dynamic compile, subprocess or socket connection; INFO for
 * opens outside the working directory only; OK when none.
 */
public final class AuditEventsRule extends HerthonRule {
    public static final String ID = "HerthonAuditEvents";

    /** Events that run code or reach outside the process. */
    static final List<String> ALWAYS_NOTED = List.of("exec", "compile", "subprocess.Popen", "socket.connect");

    public AuditEventsRule() {
        super(ID, "Herthon Audit Events", List.of());
    }

    record Audit(String event, String args) {
    }

    @Override
    IResult evaluate(IItemCollection items, IPreferenceValueProvider preferences) {
        IItemCollection audits = items.apply(HerthonFilters.AUDIT);
        if (!audits.hasItems()) {
            return notApplicable(preferences, "The recording has no " + HerthonTypeIds.AUDIT
                    + " events (record with herthon.jfc or herthon-trace.jfc).");
        }
        List<Audit> all = Items.rows(audits, accessors -> {
            var event = accessors.of(HerthonAttributes.EVENT);
            var args = accessors.of(HerthonAttributes.ARGS);
            return item -> new Audit(String.valueOf(event.getMember(item)), String.valueOf(args.getMember(item)));
        });
        String workingDirectory = userDir(items);
        Map<String, List<String>> noted = new LinkedHashMap<>();
        for (Audit a : all) {
            String why = judge(a, workingDirectory);
            if (why != null) {
                noted.computeIfAbsent(a.event(), k -> new ArrayList<>()).add(why);
            }
        }
        boolean serious = noted.keySet().stream().anyMatch(ALWAYS_NOTED::contains);
        Severity severity = serious ? Severity.WARNING : noted.isEmpty() ? Severity.OK : Severity.INFO;
        StringBuilder counts = new StringBuilder();
        StringBuilder examples = new StringBuilder();
        for (Map.Entry<String, List<String>> e : noted.entrySet()) {
            counts.append(e.getValue().size()).append(' ').append(e.getKey()).append(", ");
            examples.append(e.getKey()).append(' ').append(abbreviate(e.getValue().get(0))).append("; ");
        }
        String where = workingDirectory == null
                ? "The recording does not hold the working directory (jdk.InitialSystemProperty user.dir): only absolute paths were judged."
                : "Working directory: " + workingDirectory + ".";
        String summary = noted.isEmpty() ? String.format("None of the %d audit events needs a look.", all.size())
                : String.format("%d of the %d audit events are worth a look: %s.", noted.values().stream().mapToInt(List::size).sum(),
                        all.size(), counts.toString().replaceAll(", $", ""));
        String explanation = (noted.isEmpty() ? "" : "First of each: " + examples.toString().replaceAll("; $", ". "))
                + where + " Noted: exec, compile of code that is not a file, subprocess.Popen, socket.connect, and open"
                + " outside the working directory.";
        return result(preferences, severity, summary, explanation);
    }

    /** Why an audit event is worth a look, or null. */
    static String judge(Audit a, String workingDirectory) {
        switch (a.event()) {
        case "subprocess.Popen", "socket.connect":
            return a.args();
        case "exec":
            // The import system execs each module's code object (file "/path/module.py"): only
            // code that does not come from a file (file "<string>") is dynamic.
            return a.args().contains("file \"<") || !a.args().contains("file \"") ? a.args() : null;
        case "compile":
            // CPython's compile event: (source, filename). Dynamic code has a filename like <string>.
            String filename = lastQuoted(a.args());
            return filename == null || filename.startsWith("<") ? a.args() : null;
        case "open":
            String path = firstQuoted(a.args());
            if (path == null || (path.endsWith(".py") && readOnly(a.args()))) {
                return null;
            }
            boolean absolute = path.startsWith("/");
            if (workingDirectory == null) {
                return absolute ? path : null;
            }
            String resolved = absolute ? path : workingDirectory + "/" + path;
            String normal = java.nio.file.Path.of(resolved).normalize().toString();
            return normal.equals(workingDirectory) || normal.startsWith(workingDirectory + "/") ? null : path;
        default:
            return null;
        }
    }

    private static boolean readOnly(String args) {
        String[] parts = args.split(", ");
        return parts.length > 1 && parts[1].startsWith("'r");
    }

    /** The first quoted string of a repr'd tuple, e.g. the path of ('/etc/passwd', 'r', 524288). */
    static String firstQuoted(String repr) {
        int start = repr.indexOf('\'');
        int end = start < 0 ? -1 : repr.indexOf('\'', start + 1);
        return end < 0 ? null : repr.substring(start + 1, end);
    }

    private static String lastQuoted(String repr) {
        int end = repr.lastIndexOf('\'');
        int start = end <= 0 ? -1 : repr.lastIndexOf('\'', end - 1);
        return start < 0 ? null : repr.substring(start + 1, end);
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }

    private static String userDir(IItemCollection items) {
        List<String> dirs = Items.rows(items.apply(JdkFilters.SYSTEM_PROPERTIES), accessors -> {
            var key = accessors.of(JdkAttributes.ENVIRONMENT_KEY);
            var value = accessors.of(JdkAttributes.ENVIRONMENT_VALUE);
            return item -> "user.dir".equals(key.getMember(item)) ? value.getMember(item) : null;
        });
        return dirs.isEmpty() ? null : dirs.get(0);
    }
}
