package dev.slate.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a script the user named, turning every way it can fail into a {@link UserError} with a remedy.
 * A script is UTF-8, or UTF-16 with its byte-order mark (as Windows editors save "Unicode" text); a NUL
 * character anywhere makes it a binary file.
 */
final class Inputs {

    private Inputs() {
    }

    static String readScript(Path file) {
        if (Files.isDirectory(file)) {
            throw UserError.io(file + ": is a directory; name a .fountain file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // A FIFO or a device would block or never end: refuse it before opening it.
            throw UserError.io(file + ": is not a regular file; name a .fountain file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw UserError.io(file + ": no such file; check the path");
        } catch (AccessDeniedException e) {
            throw UserError.io(file + ": permission denied; make the file readable");
        } catch (IOException e) {
            throw UserError.io(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return decode(file, bytes);
    }

    private static UserError binary(Path file) {
        return UserError.io(file + ": looks like a binary file, not a Fountain script (it holds a NUL byte); "
                + "name a plain-text .fountain file");
    }

    /** The text of a script: UTF-8, or UTF-16 with its byte-order mark; one pass over it for a NUL. */
    private static String decode(Path file, byte[] bytes) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        String text = decode(file, bytes, charset, skip);
        if (text.indexOf('\0') >= 0) {
            throw skip == 0 ? nul(file, bytes) : binary(file);
        }
        return text;
    }

    /** Why text with a NUL byte is no script: UTF-16 without its byte-order mark, or not text at all. */
    private static UserError nul(Path file, byte[] bytes) {
        if (looksLikeUtf16(bytes)) {
            return UserError.io(file + ": UTF-16 text without a byte-order mark; save it as UTF-8");
        }
        return binary(file);
    }

    private static String decode(Path file, byte[] bytes, Charset charset, int skip) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return decoder.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            int offset = buffer.position();
            if (skip == 0) {
                for (byte b : bytes) {
                    if (b == 0) { // not text at all, or UTF-16 without its mark: say so rather than "not UTF-8"
                        throw nul(file, bytes);
                    }
                }
            }
            if (charset != StandardCharsets.UTF_8) {
                throw UserError.io(file + ": not valid UTF-16 text (bad byte at offset " + offset
                        + "); save the script as UTF-8");
            }
            int line = 1;
            for (int i = 0; i < offset; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw UserError.io(file + ":" + line + ": not UTF-8 text (bad byte at offset " + offset
                    + "); save the script as UTF-8");
        }
    }

    /** Text of ASCII characters in UTF-16: a NUL in every other byte of the first few hundred. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int pairs = Math.min(bytes.length / 2, 256);
        if (pairs < 2) {
            return false;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < pairs; i++) {
            even += bytes[2 * i] == 0 ? 1 : 0;
            odd += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        return Math.max(even, odd) * 10 >= pairs * 6 && Math.min(even, odd) * 10 <= pairs;
    }
}
