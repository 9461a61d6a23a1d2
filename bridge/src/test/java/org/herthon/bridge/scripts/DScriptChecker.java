package org.herthon.bridge.scripts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a DTrace script against the provider file (herthon.d) where no DTrace can compile it
 * (Linux): every {@code herthon*:::NAME} probe it names is a marker of the provider, every
 * {@code argN} (or {@code args[N]}) a clause reads exists in each herthon probe of the clause,
 * and {@code copyinstr(argN)} reads only string arguments. Other probes are allowed only from
 * the providers DTrace has everywhere ({@code dtrace:::BEGIN/END/ERROR}, {@code tick-*},
 * {@code profile-*}), and read no arguments here.
 *
 * Not a D compiler: a clause is the text up to a top-level {@code {}, its body up to the
 * matching {@code }}; anything else at top level ({@code #pragma}, declarations) is skipped.
 */
final class DScriptChecker {
    /** One argument of a marker. */
    record Argument(String type, String name) {
        boolean isString() {
            return type.replace(" ", "").endsWith("char*");
        }
    }

    private static final Pattern PROVIDER_PROBE = Pattern.compile("probe\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*;");
    private static final Pattern ARG = Pattern.compile("\\barg(\\d+)\\b|\\bargs\\[(\\d+)\\]");
    private static final Pattern COPYINSTR = Pattern.compile("\\bcopyinstr\\s*\\(\\s*arg(\\d+)\\s*\\)");
    private static final Pattern OTHER_PROBE = Pattern.compile(
            "(?:dtrace:::)?(?:BEGIN|END|ERROR)|(?::::)?(?:tick|profile)-\\d+(?:ns|us|ms|s|sec|m|min|h|hz|d)?");

    private final Map<String, List<Argument>> markers;

    private DScriptChecker(Map<String, List<Argument>> markers) {
        this.markers = markers;
    }

    /** A checker for the provider declared in {@code providerText} (herthon.d). */
    static DScriptChecker forProvider(String providerText) {
        Map<String, List<Argument>> markers = new LinkedHashMap<>();
        Matcher probe = PROVIDER_PROBE.matcher(blankComments(providerText));
        while (probe.find()) {
            List<Argument> arguments = new ArrayList<>();
            for (String declaration : probe.group(2).split(",")) {
                String text = declaration.trim();
                if (text.isEmpty() || text.equals("void")) {
                    continue;
                }
                int name = text.length();
                while (name > 0 && Character.isJavaIdentifierPart(text.charAt(name - 1))) {
                    name--;
                }
                arguments.add(new Argument(text.substring(0, name).trim(), text.substring(name)));
            }
            markers.put(probe.group(1), arguments);
        }
        if (markers.isEmpty()) {
            throw new IllegalArgumentException("no probe declarations in the provider file");
        }
        return new DScriptChecker(markers);
    }

    Map<String, List<Argument>> markers() {
        return markers;
    }

    /** The problems of {@code script} (named {@code file} in the messages), one line each: "file:line: what". */
    List<String> check(String file, String script) {
        List<String> problems = new ArrayList<>();
        String text = blankComments(script);
        int at = 0;
        while (at < text.length()) {
            int brace = text.indexOf('{', at);
            if (brace < 0) {
                break;
            }
            // The clause's header starts after the last top-level ';' or line starting with '#' before the brace.
            int start = at;
            for (int i = at; i < brace; i++) {
                if (text.charAt(i) == ';') {
                    start = i + 1;
                } else if (text.charAt(i) == '#' && (i == 0 || text.charAt(i - 1) == '\n')) {
                    int end = text.indexOf('\n', i);
                    start = end < 0 ? brace : end + 1;
                    i = start - 1;
                }
            }
            int close = matchingBrace(text, brace);
            if (close < 0) {
                problems.add(file + ":" + lineOf(text, brace) + ": the { here is never closed");
                break;
            }
            checkClause(file, text, start, brace, close, problems);
            at = close + 1;
        }
        return problems;
    }

    private void checkClause(String file, String text, int start, int brace, int close, List<String> problems) {
        String header = text.substring(start, brace);
        int slash = header.indexOf('/');
        String descriptions = slash < 0 ? header : header.substring(0, slash);
        String predicate = slash < 0 ? "" : header.substring(slash);
        int line = lineOf(text, start + leadingSpace(header));
        List<List<Argument>> herthonProbes = new ArrayList<>();
        boolean namesHerthon = false;
        List<String> names = new ArrayList<>();
        for (String raw : descriptions.split(",")) {
            String description = raw.trim();
            if (description.isEmpty()) {
                problems.add(file + ":" + line + ": a clause with an empty probe description");
                continue;
            }
            names.add(description);
            String[] parts = description.split(":", -1);
            if (parts.length == 4 && parts[0].startsWith("herthon")) {
                namesHerthon = true;
                String marker = parts[3].replace("-", "__"); // DTrace's function-entry is herthon.d's function__entry
                List<Argument> arguments = markers.get(marker);
                if (arguments == null) {
                    problems.add(file + ":" + line + ": " + description + ": herthon.d has no marker "
                            + marker + " (it has " + String.join(", ", markers.keySet()) + ")");
                } else {
                    herthonProbes.add(arguments);
                }
            } else if (!OTHER_PROBE.matcher(description).matches()) {
                problems.add(file + ":" + line + ": " + description + ": not a herthon marker, nor BEGIN, END, ERROR, tick-N or profile-N");
            }
        }
        String code = predicate + text.substring(brace, close + 1);
        Matcher arg = ARG.matcher(code);
        while (arg.find()) {
            int index = Integer.parseInt(arg.group(1) != null ? arg.group(1) : arg.group(2));
            if (herthonProbes.isEmpty()) {
                if (namesHerthon) {
                    continue; // its unknown marker is the problem already reported
                }
                problems.add(file + ":" + line + ": " + arg.group() + " in a clause of " + names + ", which has no herthon arguments");
                continue;
            }
            for (List<Argument> arguments : herthonProbes) {
                if (index >= arguments.size()) {
                    problems.add(file + ":" + line + ": " + arg.group() + " in a clause of " + names + ": the marker has "
                            + arguments.size() + " argument" + (arguments.size() == 1 ? "" : "s") + " (arg0..arg" + (arguments.size() - 1) + ")");
                    break;
                }
            }
        }
        Matcher copy = COPYINSTR.matcher(code);
        while (copy.find()) {
            int index = Integer.parseInt(copy.group(1));
            for (List<Argument> arguments : herthonProbes) {
                if (index < arguments.size() && !arguments.get(index).isString()) {
                    problems.add(file + ":" + line + ": " + copy.group() + " in a clause of " + names + ": arg" + index
                            + " is " + arguments.get(index).type() + " " + arguments.get(index).name() + ", not a string");
                    break;
                }
            }
        }
    }

    /** Comments and string literals blanked out (newlines kept), so neither is read as code. */
    static String blankComments(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < out.length()) {
            char c = out.charAt(i);
            if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '*') {
                int end = out.indexOf("*/", i + 2);
                end = end < 0 ? out.length() : end + 2;
                blank(out, i, end);
                i = end;
            } else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '/') {
                int end = out.indexOf("\n", i);
                end = end < 0 ? out.length() : end;
                blank(out, i, end);
                i = end;
            } else if (c == '"') {
                int end = i + 1;
                while (end < out.length() && out.charAt(end) != '"') {
                    end += out.charAt(end) == '\\' ? 2 : 1;
                }
                blank(out, i + 1, Math.min(end, out.length()));
                i = end + 1;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '\n') {
                text.setCharAt(i, ' ');
            }
        }
    }

    private static int matchingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                depth++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int leadingSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
