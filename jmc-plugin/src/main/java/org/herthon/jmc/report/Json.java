package org.herthon.jmc.report;

/**
 * A small JSON writer for the report's data block. Output is safe inside an HTML
 * {@code <script>} element: {@code <} is written as {@code \u003c}, so no {@code </script>} or
 * comment opener can appear in it.
 */
final class Json {
    private final StringBuilder out;
    private boolean first = true;

    Json(StringBuilder out) {
        this.out = out;
    }

    Json open(char bracket) {
        comma();
        out.append(bracket);
        first = true;
        return this;
    }

    Json close(char bracket) {
        out.append(bracket);
        first = false;
        return this;
    }

    Json key(String key) {
        comma();
        string(key);
        out.append(':');
        first = true;
        return this;
    }

    Json value(String s) {
        comma();
        if (s == null) {
            out.append("null");
        } else {
            string(s);
        }
        return this;
    }

    Json value(long n) {
        comma();
        out.append(n);
        return this;
    }

    Json value(double d) {
        comma();
        out.append(Double.isFinite(d) ? Double.toString(d) : "0");
        return this;
    }

    Json value(boolean b) {
        comma();
        out.append(b);
        return this;
    }

    Json field(String key, String value) {
        return key(key).value(value);
    }

    Json field(String key, long value) {
        return key(key).value(value);
    }

    Json field(String key, boolean value) {
        return key(key).value(value);
    }

    private void comma() {
        if (!first) {
            out.append(',');
        }
        first = false;
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '<' -> out.append("\\u003c");
            case '>' -> out.append("\\u003e");
            case '&' -> out.append("\\u0026");
            default -> {
                if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            }
        }
        out.append('"');
    }
}
