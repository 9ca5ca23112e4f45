package dev.slate.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a script the user named, turning every way it can fail into a {@link UserError} with a remedy. */
final class Inputs {

    private Inputs() {
    }

    static String readScript(Path file) {
        if (Files.isDirectory(file)) {
            throw UserError.io(file + ": is a directory; name a .fountain file");
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
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw UserError.io(file + ": looks like a binary file, not a Fountain script; "
                        + "name a plain-text .fountain file");
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            return utf8.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            int offset = buffer.position();
            int line = 1;
            for (int i = 0; i < offset && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw UserError.io(file + ":" + line + ": not UTF-8 text (bad byte at offset " + offset
                    + "); save the script as UTF-8");
        }
    }
}
