package org.teipress.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Writes an EPUB 3 of {@link SampleRendering} with java.util.zip the way an XHTML renderer
 * would: note references and footnotes linked both ways, web links, a subset of Noto Serif SC
 * embedded through @font-face. Each option spoils one thing.
 */
final class FixtureEpub {
    private static final Map<String, String> NOTE_IDS = Map.of("*", "fn-author", "①", "fn01", "②", "fn02");

    private final Set<String> omittedBlocks = new HashSet<>();
    private final Set<String> omittedLinks = new HashSet<>();
    private final Set<Integer> leftOutOfFont = new HashSet<>();
    private final List<String> extraBlocks = new ArrayList<>();
    private String brokenNote;
    private boolean noBackLinks;

    FixtureEpub without(String block) {
        omittedBlocks.add(block);
        return this;
    }

    FixtureEpub withoutLink(String url) {
        omittedLinks.add(url);
        return this;
    }

    FixtureEpub with(String block) {
        extraBlocks.add(block);
        return this;
    }

    /** The note reference with this mark points to an id that does not exist. */
    FixtureEpub brokenNoteReference(String mark) {
        brokenNote = mark;
        return this;
    }

    FixtureEpub noBackLinks() {
        noBackLinks = true;
        return this;
    }

    /** The embedded font subset lacks {@code codePoint}, as a subsetter that missed it would. */
    FixtureEpub fontWithout(int codePoint) {
        leftOutOfFont.add(codePoint);
        return this;
    }

    Path write(Path target) throws IOException {
        String text = content();
        String nav = nav();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            stored(zip, "mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
            add(zip, "META-INF/container.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                      <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
                    </container>
                    """);
            add(zip, "EPUB/package.opf", packageDocument());
            add(zip, "EPUB/nav.xhtml", nav);
            add(zip, "EPUB/text.xhtml", text);
            add(zip, "EPUB/style.css", """
                    @font-face { font-family: "Noto Serif SC"; src: url(fonts/serif.ttf); }
                    body { font-family: "Noto Serif SC", serif; }
                    """);
            zip.putNextEntry(new ZipEntry("EPUB/fonts/serif.ttf"));
            writeFontSubset(text + nav, zip);
            zip.closeEntry();
        }
        return target;
    }

    private String content() {
        StringBuilder body = new StringBuilder();
        List<SampleRendering.Block> blocks = new ArrayList<>(SampleRendering.body());
        extraBlocks.forEach(b -> blocks.add(SampleRendering.Block.text(b)));
        boolean first = true;
        for (SampleRendering.Block block : blocks) {
            if (!omittedBlocks.contains(block.text())) {
                String tag = first ? "h1" : block.outlineLevel() == 1 ? "h2" : block.outlineLevel() == 2 ? "h3" : "p";
                body.append("<").append(tag).append(">").append(withNoteReferences(block.text()))
                        .append("</").append(tag).append(">\n");
            }
            first = false;
        }
        for (SampleRendering.Block note : SampleRendering.notes()) {
            if (omittedBlocks.contains(note.text())) {
                continue;
            }
            String mark = note.text().substring(0, 1);
            String id = NOTE_IDS.get(mark);
            String rest = note.text().substring(1);
            if (note.link() != null && !omittedLinks.contains(note.link())) {
                rest = rest.replace(note.link(), "<a href=\"" + note.link() + "\">" + note.link() + "</a>");
            }
            String back = noBackLinks ? mark : "<a href=\"#ref-" + id + "\" role=\"doc-backlink\">" + mark + "</a>";
            body.append("<aside epub:type=\"footnote\" role=\"doc-footnote\" id=\"").append(id).append("\"><p>")
                    .append(back).append(rest).append("</p></aside>\n");
        }
        return xhtml(SampleRendering.TITLE, body.toString());
    }

    private String withNoteReferences(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String s = new String(Character.toChars(c));
            String id = NOTE_IDS.get(s);
            if (id == null) {
                out.append(s);
            } else {
                String href = s.equals(brokenNote) ? "#fn99" : "#" + id;
                out.append("<a epub:type=\"noteref\" role=\"doc-noteref\" id=\"ref-").append(id).append("\" href=\"")
                        .append(href).append("\">").append(s).append("</a>");
            }
        });
        return out.toString();
    }

    private static String nav() {
        return xhtml("目录", "<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\"><h1>目录</h1><ol>"
                + "<li><a href=\"text.xhtml\">" + SampleRendering.TITLE + "</a></li></ol></nav>\n");
    }

    private static String xhtml(String title, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\""
                + " xml:lang=\"zh-Hans\" lang=\"zh-Hans\">\n<head><meta charset=\"UTF-8\"/><title>" + title + "</title>"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/></head>\n<body>\n" + body
                + "</body>\n</html>\n";
    }

    private static String packageDocument() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="zh-Hans">
                  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                    <dc:identifier id="uid">urn:uuid:0b6b0a52-3c1e-4d55-9a55-0c4f2f1e7a10</dc:identifier>
                    <dc:title>%s</dc:title>
                    <dc:creator>%s</dc:creator>
                    <dc:language>zh-Hans</dc:language>
                    <meta property="dcterms:modified">2026-11-24T00:00:00Z</meta>
                    <meta property="schema:accessMode">textual</meta>
                    <meta property="schema:accessModeSufficient">textual</meta>
                    <meta property="schema:accessibilityFeature">tableOfContents</meta>
                    <meta property="schema:accessibilityHazard">none</meta>
                    <meta property="schema:accessibilitySummary">Text with a table of contents.</meta>
                  </metadata>
                  <manifest>
                    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                    <item id="text" href="text.xhtml" media-type="application/xhtml+xml"/>
                    <item id="css" href="style.css" media-type="text/css"/>
                    <item id="font" href="fonts/serif.ttf" media-type="font/ttf"/>
                  </manifest>
                  <spine>
                    <itemref idref="text"/>
                  </spine>
                </package>
                """.formatted(SampleRendering.TITLE, SampleRendering.AUTHOR);
    }

    private void writeFontSubset(String text, OutputStream out) throws IOException {
        Set<Integer> characters = new TreeSet<>();
        text.codePoints().filter(c -> !leftOutOfFont.contains(c)).forEach(characters::add);
        try (TrueTypeFont font = new TTFParser().parse(
                new RandomAccessReadBufferedFile(Path.of("fonts/NotoSerifSC-Regular.ttf").toFile()))) {
            TTFSubsetter subsetter = new TTFSubsetter(font);
            subsetter.addAll(characters);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            subsetter.writeToStream(bytes);
            out.write(bytes.toByteArray());
        }
    }

    private static void add(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The mimetype entry must come first and be stored uncompressed (OCF). */
    private static void stored(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
