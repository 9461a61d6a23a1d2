package org.herthon.bridge.usdt;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a library file before {@code System.load} hands it to the dynamic loader: the loader
 * maps a truncated library's segments past the end of the file and the JVM dies of SIGBUS
 * (an hs_err file, no message), and names a library for another machine only as "cannot open
 * shared object file". Here each is one reason in words. On macOS (Mach-O) nothing is checked.
 */
final class ElfCheck {
    private ElfCheck() {
    }

    private static final int PT_LOAD = 1;
    private static final int ET_DYN = 3;

    static void check(Path library) throws IOException {
        if (System.getProperty("os.name").startsWith("Mac")) {
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(library);
        } catch (AccessDeniedException e) {
            throw new IOException(library + ": cannot read it (permission denied)");
        }
        ByteBuffer elf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 64 || elf.getInt(0) != 0x464c457f) {
            throw new IOException(library + ": not an ELF shared library (" + bytes.length + " bytes)");
        }
        if (bytes[4] != 2 || bytes[5] != 1) {
            throw new IOException(library + ": not a 64-bit little-endian ELF library");
        }
        if (elf.getShort(16) != ET_DYN) {
            throw new IOException(library + ": not a shared library (ELF type " + elf.getShort(16) + ")");
        }
        int machine = elf.getShort(18) & 0xffff;
        int expected = expectedMachine();
        if (expected != 0 && machine != expected) {
            throw new IOException(library + ": built for " + machineName(machine) + ", this JVM runs on "
                    + System.getProperty("os.arch"));
        }
        long phoff = elf.getLong(32);
        int phentsize = elf.getShort(54) & 0xffff;
        int phnum = elf.getShort(56) & 0xffff;
        long shoff = elf.getLong(40);
        int shentsize = elf.getShort(58) & 0xffff;
        int shnum = elf.getShort(60) & 0xffff;
        long needed = Math.max(phoff + (long) phentsize * phnum, shnum == 0 ? 0 : shoff + (long) shentsize * shnum);
        if (phoff + (long) phentsize * phnum <= bytes.length) {
            for (int i = 0; i < phnum; i++) {
                int at = (int) (phoff + (long) i * phentsize);
                if (elf.getInt(at) == PT_LOAD) {
                    needed = Math.max(needed, elf.getLong(at + 8) + elf.getLong(at + 32));
                }
            }
        }
        if (needed > bytes.length) {
            throw new IOException(library + ": truncated (" + bytes.length + " bytes, its headers and segments need "
                    + needed + ")");
        }
    }

    private static int expectedMachine() {
        switch (System.getProperty("os.arch")) {
            case "amd64":
            case "x86_64":
                return 62;
            case "aarch64":
            case "arm64":
                return 183;
            default:
                return 0;
        }
    }

    private static String machineName(int machine) {
        switch (machine) {
            case 3: return "x86 (32-bit)";
            case 40: return "ARM (32-bit)";
            case 62: return "x86-64";
            case 183: return "aarch64";
            case 243: return "RISC-V";
            default: return "ELF machine " + machine;
        }
    }
}
