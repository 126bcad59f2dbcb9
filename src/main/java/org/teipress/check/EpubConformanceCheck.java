package org.teipress.check;

import com.adobe.epubcheck.api.EpubCheck;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** W3C EPUBCheck finds no error and no warning. */
public final class EpubConformanceCheck implements OutputCheck<EpubUnderTest> {

    /**
     * Checks a tiny EPUB 3 so that EPUBCheck loads its classes and compiles the package, XHTML and
     * navigation schemas (it keeps them for the JVM's lifetime): seconds in a new JVM, spent on a
     * background thread while the build validates its source instead of after the EPUB is written.
     */
    public static void prepare() throws IOException {
        Path epub = Files.createTempFile("tei-press-warm-up-", ".epub");
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(epub))) {
                byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
                ZipEntry first = new ZipEntry("mimetype");
                first.setMethod(ZipEntry.STORED);
                first.setSize(mimetype.length);
                CRC32 crc = new CRC32();
                crc.update(mimetype);
                first.setCrc(crc.getValue());
                zip.putNextEntry(first);
                zip.write(mimetype);
                entry(zip, "META-INF/container.xml", "<?xml version='1.0'?><container version='1.0'"
                        + " xmlns='urn:oasis:names:tc:opendocument:xmlns:container'><rootfiles><rootfile"
                        + " full-path='p.opf' media-type='application/oebps-package+xml'/></rootfiles></container>");
                entry(zip, "p.opf", "<?xml version='1.0'?><package xmlns='http://www.idpf.org/2007/opf' version='3.0'"
                        + " unique-identifier='id' xml:lang='en'><metadata xmlns:dc='http://purl.org/dc/elements/1.1/'>"
                        + "<dc:identifier id='id'>urn:uuid:00000000-0000-4000-8000-000000000000</dc:identifier>"
                        + "<dc:title>w</dc:title><dc:language>en</dc:language><meta property='dcterms:modified'>"
                        + "2026-01-01T00:00:00Z</meta></metadata><manifest><item id='nav' href='n.xhtml'"
                        + " media-type='application/xhtml+xml' properties='nav'/></manifest><spine><itemref"
                        + " idref='nav'/></spine></package>");
                entry(zip, "n.xhtml", "<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'"
                        + " xmlns:epub='http://www.idpf.org/2007/ops' xml:lang='en' lang='en'><head><title>w</title>"
                        + "</head><body><nav epub:type='toc'><ol><li><a href='n.xhtml'>w</a></li></ol></nav></body></html>");
            }
            EpubCheckMessages.of(epub);
        } finally {
            Files.deleteIfExists(epub);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Override
    public String name() {
        return "epubcheck";
    }

    @Override
    public void run(EpubUnderTest epub, SourceText source, CheckResult result) {
        EpubCheckMessages messages = EpubCheckMessages.of(epub.file());
        for (String message : messages.all()) {
            result.error(message, null);
        }
        result.figure("epubcheckVersion", EpubCheck.version());
        result.judgedBy(new Referee("W3C EPUBCheck", EpubCheck.version(), List.of("EPUB 3")));
        result.figure("errors", messages.errors().size());
        result.figure("warnings", messages.warnings().size());
    }
}
