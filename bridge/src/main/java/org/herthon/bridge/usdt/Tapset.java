package org.herthon.bridge.usdt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The SystemTap tapset that belongs to a libherthon: {@code tapset/herthon.stp} next to the
 * library, naming the library's absolute path (a tapset cannot take it from the command line).
 * native/build.sh writes it for {@code native/target/libherthon.so} with
 * {@code native/tapset/install.sh}; for the copy extracted from the jar, {@link #writeNextTo}
 * writes it from the same template, in the same words. {@code stap -I DIR} then finds it;
 * {@code herthon --probes} names DIR.
 */
public final class Tapset {
    /** The template's placeholder for the library's absolute path. */
    static final String PLACEHOLDER = "@LIBHERTHON@";
    /** Where the jar carries native/tapset/herthon.stp.in (native/build.sh puts it there). */
    static final String TEMPLATE_RESOURCE = "/herthon-native/herthon.stp.in";

    private Tapset() {
    }

    /** The directory to pass to {@code stap -I} for {@code library}. */
    public static Path directoryFor(Path library) {
        return library.toAbsolutePath().getParent().resolve("tapset");
    }

    /** The tapset's directory for {@code library}, or null when none has been written there. */
    public static Path installedFor(Path library) {
        Path directory = directoryFor(library);
        return Files.isRegularFile(directory.resolve("herthon.stp")) ? directory : null;
    }

    /** The tapset's text for {@code library}: what native/tapset/install.sh writes. */
    static String text(String template, Path library) {
        String path = library.toAbsolutePath().toString();
        return "// Written by native/tapset/install.sh from herthon.stp.in for " + path
                + ": edit the template, not this file.\n" + template.replace(PLACEHOLDER, path);
    }

    /** Writes {@code tapset/herthon.stp} next to {@code library} from the jar's template, unless it is there already. */
    static void writeNextTo(Path library) throws IOException {
        String template;
        try (InputStream in = Tapset.class.getResourceAsStream(TEMPLATE_RESOURCE)) {
            if (in == null) {
                return; // a jar built without the template (not by native/build.sh): no tapset to offer
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path target = directoryFor(library).resolve("herthon.stp");
        String text = text(template, library);
        if (Files.isRegularFile(target) && Files.readString(target, StandardCharsets.UTF_8).equals(text)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "herthon", ".stp.tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
