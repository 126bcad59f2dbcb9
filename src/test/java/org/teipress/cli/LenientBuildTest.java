package org.teipress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.app.Toolchain;
import org.teipress.core.PublishException;

/**
 * A French document the house schema does not describe (an attribute it lacks) and whose header
 * has no xml:lang, idno or date: build publishes it, warning once about the departure and saying
 * what it supplied; build --strict refuses it with the house schema's located messages.
 */
class LenientBuildTest {
    private static final String SOURCE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0">
            <teiHeader><fileDesc><titleStmt><title>Le jardin</title></titleStmt>
            <publicationStmt><p>Publié par personne</p></publicationStmt>
            <sourceDesc><p>Né numérique</p></sourceDesc></fileDesc></teiHeader>
            <text><body><div><head>Premier chapitre</head>
            <p n="1">Le chat est sur la table et il dort dans la maison pendant que les enfants jouent.</p>
            <p n="2">Les enfants sont dans le jardin avec leur mère, qui ne dit rien de plus.</p>
            </div></body></text></TEI>
            """;

    @TempDir
    Path dir;

    @Test
    void publishesWithWarningsByDefaultAndRefusesUnderStrict() throws IOException, PublishException {
        Path source = CliRun.write(dir.resolve("jardin.xml"), SOURCE);
        // One toolchain for both builds, as a corpus run shares it.
        Toolchain toolchain = new Toolchain();
        Path out = dir.resolve("out");
        CliRun build = CliRun.run(() -> toolchain, "build", source.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, build.exit(), build.toString());
        assertTrue(build.err().contains("validate: warning: attribute \"n\" not allowed here (2 times, first at "
                + source + ":7:"), build.toString());
        assertTrue(build.err().contains("main language \"fr\" detected from the text"), build.toString());
        assertTrue(build.err().contains("derived from the content"), build.toString());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("jardin.pdf").toFile())) {
            assertEquals("fr", pdf.getDocumentCatalog().getLanguage(), "the detected language reaches the PDF");
        }
        assertTrue(Files.exists(out.resolve("jardin.epub")));

        Path strictOut = dir.resolve("strict");
        CliRun strict = CliRun.run(() -> toolchain, "build", source.toString(), "--out", strictOut.toString(), "--strict");
        assertEquals(ExitCodes.INVALID_INPUT, strict.exit(), strict.toString());
        assertTrue(strict.err().contains(source + ":7:10: attribute \"n\" not allowed here; expected attribute"),
                strict.toString());
        assertTrue(strict.err().contains(source + ":8:10: attribute \"n\""), strict.toString());
        assertEquals("", strict.out());
    }
}
