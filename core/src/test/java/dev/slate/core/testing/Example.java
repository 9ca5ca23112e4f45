package dev.slate.core.testing;

/**
 * One example of a spec file: its input, what is expected, and where it stands.
 *
 * @param file    the spec file's name
 * @param section the heading the example stands under
 * @param number  1-based number of the example in its file
 * @param line    the line of the example's opening fence
 */
public record Example(String file, String section, int number, int line, String input, String expected) {

    @Override
    public String toString() {
        return file + ", " + section + ", example " + number;
    }
}
