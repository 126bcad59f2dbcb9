package org.teipress.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import org.teipress.core.BundledResources;
import org.teipress.core.PublishException;
import org.teipress.xslt.Normalizer;
import org.teipress.xslt.Stylesheets;

/** The sample TEI source of the tests, copied into a test folder, optionally with an extra paragraph. */
final class Sample {
    static final String HIEROGLYPH = "\uD80C\uDC00";
    static final String PARAGRAPH_NO_FONT_COVERS = "古埃及文字" + HIEROGLYPH + "的例子。";

    private Sample() {
    }

    static Path copy(Path dir) throws IOException {
        return write(dir, "");
    }

    /** The sample with {@code extraParagraph} at the end of the body. */
    static Path write(Path dir, String extraParagraph) throws IOException {
        String tei;
        try (InputStream in = Sample.class.getResourceAsStream("/check/sample.xml")) {
            tei = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!extraParagraph.isEmpty()) {
            tei = tei.replace("    </body>", "      <p>" + extraParagraph + "</p>\n    </body>");
        }
        Path file = dir.resolve("sample.xml");
        Files.writeString(file, tei, StandardCharsets.UTF_8);
        return file;
    }

    /** The line of {@code file} where {@code text} first occurs (1-based). */
    static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    /** What the outputs of {@code file} must show, read as the gate reads it (normalised, default conventions). */
    static SourceText read(Path file) throws PublishException {
        Stylesheets stylesheets = new Stylesheets(new Processor(false), new BundledResources());
        return SourceText.read(stylesheets, new Normalizer(stylesheets), file);
    }
}
