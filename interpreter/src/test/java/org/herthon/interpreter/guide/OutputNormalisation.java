package org.herthon.interpreter.guide;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What differs from run to run in what the guide's commands and the tracing scripts print, and
 * so is normalised before an output is compared with the one a doc or a golden file shows. The
 * rules are listed, in this order, in {@code docs/README.md}; both sides go through them, so a
 * doc can show a real run's numbers.
 */
public final class OutputNormalisation {
    /** What the checkout's absolute path reads as: the docs write it so. */
    public static final String ROOT = "/path/to/herthon";

    private static final Pattern SCREEN_CLEAR = Pattern.compile("\u001b\\[2J\u001b\\[1;1H");
    private static final Pattern MKTEMP = Pattern.compile("/tmp/tmp\\.[A-Za-z0-9]{10}\\b");
    private static final Pattern ADDRESS = Pattern.compile("\\b0x[0-9a-f]{16}\\b");
    private static final Pattern CLOCK = Pattern.compile("\\b\\d\\d:\\d\\d:\\d\\d\\b");
    private static final Pattern NANOSECONDS = Pattern.compile("(?m)^\\d+\\t");
    private static final Pattern THREAD_INDENT = Pattern.compile("(?m)^ *\\d+ (\\S+)\\(\\d+\\):");
    private static final Pattern PID_KEY = Pattern.compile("(?m)^(@\\w+)\\[\\d+, ");
    private static final Pattern TABLE_HEADER = Pattern.compile("^TIME +PID +TID +\\S.*$");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\[[^\\]]*[)\\]] +\\d+ \\|[@ ]*\\|$");
    private static final Pattern HISTOGRAM_NAME = Pattern.compile("^@\\w+(\\[.*\\])?:$");
    private static final Pattern MAP_ROW = Pattern.compile("^(@\\w+)(\\[.*\\])?: ?(-?\\d*)$");
    /** Table columns whose values change from run to run. */
    private static final List<String> VOLATILE_COLUMNS = List.of("TIME", "PID", "TID", "DURATION_us");

    private OutputNormalisation() {
    }

    /** {@code text} with every rule applied; {@code root} is the checkout's absolute path. */
    public static String normalise(String text, Path root) {
        String result = text.replace("\r\n", "\n");
        result = SCREEN_CLEAR.matcher(result).replaceAll("");
        result = result.replace(root.toAbsolutePath().toString(), ROOT);
        result = MKTEMP.matcher(result).replaceAll("/tmp/tmp.XXXXXXXXXX");
        result = ADDRESS.matcher(result).replaceAll("0x<address>");
        result = CLOCK.matcher(result).replaceAll("HH:MM:SS");
        result = NANOSECONDS.matcher(result).replaceAll("<ns>\t");
        result = THREAD_INDENT.matcher(result).replaceAll("<us> $1(<tid>):");
        result = PID_KEY.matcher(result).replaceAll("$1[<pid>, ");
        List<String> lines = new ArrayList<>();
        for (String line : result.split("\n", -1)) {
            lines.add(line.stripTrailing());
        }
        lines = tables(lines);
        lines.removeIf(line -> HISTOGRAM_ROW.matcher(line).matches());
        lines = sortTies(blankLines(lines));
        return String.join("\n", lines);
    }

    /** In a table whose header starts TIME PID TID, volatile columns read as their names. */
    private static List<String> tables(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> header = null;
        for (String line : lines) {
            if (TABLE_HEADER.matcher(line).matches()) {
                header = List.of(line.trim().split(" +"));
                out.add(String.join(" ", header));
            } else if (line.isBlank()) {
                header = null;
                out.add(line);
            } else if (header != null) {
                out.add(row(line, header));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * The row's columns joined by one space, volatile ones replaced by their names: every column
     * but the last is one word; the last is the rest of the line after one separating space, as
     * printed (a nested module keeps its indentation).
     */
    private static String row(String line, List<String> header) {
        List<String> cells = new ArrayList<>();
        int at = 0;
        for (int column = 0; column < header.size() - 1; column++) {
            while (at < line.length() && line.charAt(at) == ' ') {
                at++;
            }
            int end = at;
            while (end < line.length() && line.charAt(end) != ' ') {
                end++;
            }
            cells.add(line.substring(at, end));
            at = end;
        }
        if (at < line.length()) {
            at++;
        }
        cells.add(line.substring(Math.min(at, line.length())));
        for (int column = 0; column < header.size(); column++) {
            if (VOLATILE_COLUMNS.contains(header.get(column))) {
                cells.set(column, header.get(column));
            }
        }
        // A right-aligned last column (a number) has its padding removed.
        String lastCell = cells.get(cells.size() - 1);
        if (lastCell.trim().matches("-?\\d+")) {
            cells.set(cells.size() - 1, lastCell.trim());
        }
        return String.join(" ", cells);
    }

    /**
     * bpftrace and DTrace print a map's rows ordered by value, and rows of equal value in no
     * fixed order: runs of rows of one map with equal values (or of histogram headers, whose
     * rows were dropped) are sorted.
     */
    private static List<String> sortTies(List<String> lines) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher first = MAP_ROW.matcher(lines.get(i));
            if (!first.matches()) {
                out.add(lines.get(i++));
                continue;
            }
            int j = i + 1;
            while (j < lines.size()) {
                Matcher next = MAP_ROW.matcher(lines.get(j));
                if (!next.matches() || !next.group(1).equals(first.group(1)) || !next.group(3).equals(first.group(3))) {
                    break;
                }
                j++;
            }
            List<String> run = new ArrayList<>(lines.subList(i, j));
            run.sort(null);
            out.addAll(run);
            i = j;
        }
        return out;
    }

    /**
     * Runs of blank lines read as one; none at the start or the end, nor after a histogram's
     * name (its rows were dropped), so the histograms of one map are adjacent.
     */
    private static List<String> blankLines(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String previous = out.isEmpty() ? "" : out.get(out.size() - 1);
            if (line.isEmpty() && (previous.isEmpty() || HISTOGRAM_NAME.matcher(previous).matches())) {
                continue;
            }
            out.add(line);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
