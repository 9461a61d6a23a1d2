package org.herthon.interpreter.runtime;

import java.util.Locale;

/**
 * str's case conversions with CPython's rules (unicodeobject.c's do_lower/do_title/do_swapcase/
 * do_capitalize/do_casefold): full (multi-character) mappings, the Final_Sigma context for capital
 * sigma wherever a character is lowercased, and full titlecase mappings (SpecialCasing.txt), which
 * Java only has for single characters.
 */
final class CaseMapping {
    private CaseMapping() {}

    private static final int CAPITAL_SIGMA = 0x3A3;

    static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /** Unicode's Case_Ignorable: Word_Break MidLetter/MidNumLet/Single_Quote, or Mn, Me, Cf, Lm, Sk. */
    static boolean isCaseIgnorable(int c) {
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK: case Character.ENCLOSING_MARK: case Character.FORMAT:
            case Character.MODIFIER_LETTER: case Character.MODIFIER_SYMBOL:
                return true;
            default:
                break;
        }
        switch (c) {
            case '\'': case '.': case ':': case 0xB7: case 0x387: case 0x5F4: case 0x2018: case 0x2019: case 0x2024:
            case 0x2027: case 0xFE13: case 0xFE52: case 0xFE55: case 0xFF07: case 0xFF0E: case 0xFF1A:
                return true;
            default:
                return false;
        }
    }

    /** The lowercase of the capital sigma at char index i of s: final (U+03C2) or not (U+03C3). */
    private static int sigma(String s, int i) {
        int j = i;
        int c = 0;
        boolean found = false;
        while (j > 0) {
            c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!isCaseIgnorable(c)) { found = true; break; }
        }
        boolean fin = found && isCased(c);
        if (fin) {
            j = i + 1;
            while (j < s.length()) {
                c = s.codePointAt(j);
                if (!isCaseIgnorable(c)) return isCased(c) ? 0x3C3 : 0x3C2;
                j += Character.charCount(c);
            }
        }
        return fin ? 0x3C2 : 0x3C3;
    }

    /** Appends the full lowercase of the code point c found at char index i of s. */
    private static void lower(StringBuilder sb, String s, int i, int c) {
        if (c == CAPITAL_SIGMA) sb.appendCodePoint(sigma(s, i));
        else if (c < 0x80) sb.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
        else sb.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
    }

    private static void upper(StringBuilder sb, int c) {
        if (c < 0x80) sb.append((char) (c >= 'a' && c <= 'z' ? c - 32 : c));
        else sb.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT));
    }

    /** The full titlecase mapping of c (SpecialCasing.txt's title column where it differs). */
    static void title(StringBuilder sb, int c) {
        int t = Character.toTitleCase(c);
        if (Character.isTitleCase(t)) { sb.appendCodePoint(t); return; }
        String up = new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
        if (up.codePointCount(0, up.length()) == 1) { sb.appendCodePoint(t); return; }
        if (c == 0xDF || (c >= 0xFB00 && c <= 0xFB06) || (c >= 0xFB13 && c <= 0xFB17) || c == 0x587) {
            // ß -> Ss, the Latin and Armenian ligatures -> first letter capital, the rest small
            int first = up.codePointAt(0);
            sb.appendCodePoint(first);
            sb.append(up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT));
        } else if (c >= 0x1F80 && c <= 0x1FFF && up.endsWith("\u0399")) {
            // Greek with ypogegrammeni: the iota stays a combining mark in titlecase
            sb.append(up, 0, up.length() - 1).append('\u0345');
        } else {
            sb.append(up);
        }
    }

    static String lower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            lower(sb, s, i, c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) sb.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
            else if (c == 0x1E9E) sb.append("ss");
            else if (c == 0x3C2 || c == CAPITAL_SIGMA) sb.append('\u03C3');
            else sb.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isUpperCase(c)) lower(sb, s, i, c);
            else if (Character.isLowerCase(c)) upper(sb, c);
            else sb.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    static String capitalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (i == 0) title(sb, c);
            else lower(sb, s, i, c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (prevCased) lower(sb, s, i, c);
            else title(sb, c);
            prevCased = isCased(c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }
}
