package org.herthon.interpreter.builtins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local zone's standard and daylight-saving names and offsets, as the C library reads them:
 * the POSIX rule in {@code TZ}, or the one that ends the zone's TZif file ({@code /etc/localtime},
 * or the file {@code TZ} names). {@code time} is imported at every start, and its
 * {@code tzname}/{@code timezone}/{@code altzone}/{@code daylight} are wanted at import; reading
 * them here costs a small file read, where java.time's zone database and locale names cost tens
 * of milliseconds. Null when there is no rule to read (the caller then asks java.time).
 *
 * <p>Offsets are in seconds east of UTC; without daylight saving, its name and offset are the standard ones.
 */
record LocalZoneRule(String standardName, String daylightName, int standardOffset, int daylightOffset) {
    /** A POSIX TZ rule's names and offsets; the transition dates after them are not needed. */
    private static final Pattern RULE = Pattern.compile(
            "(<[^>]+>|[A-Za-z]{3,})([+-]?\\d{1,2}(?::\\d{1,2}){0,2})(?:(<[^>]+>|[A-Za-z]{3,})([+-]?\\d{1,2}(?::\\d{1,2}){0,2})?)?(?:,.*)?");
    private static final Path ZONE_INFO = Path.of("/usr/share/zoneinfo");

    static LocalZoneRule fromEnvironment() {
        String tz = System.getenv("TZ");
        if (tz == null) return fromFile(Path.of("/etc/localtime"));
        if (tz.isEmpty()) return new LocalZoneRule("UTC", "UTC", 0, 0);
        if (tz.startsWith(":")) tz = tz.substring(1);
        else {
            LocalZoneRule rule = parse(tz);
            if (rule != null) return rule;
        }
        LocalZoneRule file = tz.isEmpty() || tz.contains("..") ? null : fromFile(tz.startsWith("/") ? Path.of(tz) : ZONE_INFO.resolve(tz));
        return file != null ? file : unknownZone(tz);
    }

    /** A TZ that is neither a rule nor a zone file: glibc keeps a leading name of 3 letters or more, at UTC. */
    private static LocalZoneRule unknownZone(String tz) {
        Matcher name = Pattern.compile("^[A-Za-z]{3,}").matcher(tz);
        String n = name.find() ? name.group() : "";
        return new LocalZoneRule(n, n, 0, 0);
    }

    /** The rule after a version 2+ TZif file's data: its last line. */
    static LocalZoneRule fromFile(Path file) {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (data.length < 6 || data[0] != 'T' || data[1] != 'Z' || data[2] != 'i' || data[3] != 'f' || data[4] < '2'
                || data[data.length - 1] != '\n') {
            return null;
        }
        int start = data.length - 2;
        while (start >= 0 && data[start] != '\n') start--;
        return parse(new String(data, start + 1, data.length - start - 2, StandardCharsets.US_ASCII));
    }

    /** A POSIX TZ rule ({@code CET-1CEST,M3.5.0,M10.5.0/3}, {@code UTC0}, {@code <+03>-3}), or null. */
    static LocalZoneRule parse(String rule) {
        Matcher m = RULE.matcher(rule);
        if (!m.matches()) return null;
        String standard = unquote(m.group(1));
        int standardOffset = -seconds(m.group(2));
        if (m.group(3) == null) return new LocalZoneRule(standard, standard, standardOffset, standardOffset);
        int daylightOffset = m.group(4) == null ? standardOffset + 3600 : -seconds(m.group(4));
        return new LocalZoneRule(standard, unquote(m.group(3)), standardOffset, daylightOffset);
    }

    /** The zone names of time.tzname: the smaller offset's first, as CPython orders January and July. */
    String[] tzname() {
        return daylightOffset >= standardOffset ? new String[]{standardName, daylightName} : new String[]{daylightName, standardName};
    }

    /** time.timezone: seconds west of UTC of the smaller offset. */
    int timezone() {
        return -Math.min(standardOffset, daylightOffset);
    }

    /** time.altzone: seconds west of UTC of the larger offset. */
    int altzone() {
        return -Math.max(standardOffset, daylightOffset);
    }

    boolean daylight() {
        return standardOffset != daylightOffset;
    }

    private static String unquote(String name) {
        return name.startsWith("<") ? name.substring(1, name.length() - 1) : name;
    }

    /** A POSIX offset ({@code [+-]hh[:mm[:ss]]}, positive west of UTC) in seconds. */
    private static int seconds(String offset) {
        int sign = offset.startsWith("-") ? -1 : 1;
        String[] parts = offset.replaceFirst("^[+-]", "").split(":");
        int s = 0;
        for (int i = 0; i < 3; i++) s = s * 60 + (i < parts.length ? Integer.parseInt(parts[i]) : 0);
        return sign * s;
    }
}
