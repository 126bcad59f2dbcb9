package org.teipress.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import net.sf.saxon.s9api.Axis;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.teipress.core.BundledResources;
import org.teipress.core.PublishException;
import org.teipress.fonts.ParsedFonts;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Per-document subsets of the catalog's fonts for FOP. FOP parses every font it uses on every
 * layout pass and again when it writes the PDF, and a CJK font is 15 MB with 65,000 glyphs; cut
 * to the characters a document can set (its text, the stylesheets' generated text, and the
 * ranges numbers, marks and spaces are drawn from) it is a few hundred kilobytes. FontBox has
 * each full font parsed once per JVM. A character outside the subset is still set: the full
 * fonts stay registered behind the subsets, see {@link FopFactories}.
 */
final class DocumentFonts {
    /**
     * What the stylesheets and FOP may set that is in neither the text nor the stylesheets'
     * literals: Latin, Greek and Cyrillic letters, general punctuation and spaces, number forms
     * (Roman numerals), circled and parenthesised numbers, CJK punctuation, enclosed CJK numbers
     * and the full-width forms.
     */
    private static final int[][] GENERATED_RANGES = {{0x20, 0x24F}, {0x370, 0x3FF}, {0x400, 0x4FF},
            {0x2000, 0x206F}, {0x2150, 0x218F}, {0x2460, 0x24FF}, {0x3000, 0x303F}, {0x3200, 0x32FF},
            {0xFF00, 0xFFEF}};
    /** Chinese numerals, which heading and note numbers are computed from. */
    private static final String CHINESE_NUMERALS = "〇零一二三四五六七八九十百千万";

    /** A file at the top of the stylesheets' folder, to find the folder by. */
    private static final String STYLESHEET = "xslt/tei-to-fo.xsl";

    /** How many documents' subsets are kept for a rebuild (a watch loop, the bench's warm runs). */
    private static final int KEPT_DOCUMENTS = 4;

    private final ParsedFonts fonts;
    private final BundledResources resources;
    private Set<Integer> always;
    /**
     * The subsets made for the last few character sets, by file: FontBox cuts the CJK files in
     * 20-40 ms each, and a rebuild of the same document wants the same characters. Equal sets
     * give equal bytes, so a kept subset changes no output.
     */
    private final Map<Set<Integer>, Map<String, byte[]>> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Set<Integer>, Map<String, byte[]>> eldest) {
            return size() > KEPT_DOCUMENTS;
        }
    };

    DocumentFonts(ParsedFonts fonts, BundledResources resources) {
        this.fonts = fonts;
        this.resources = resources;
    }

    /** Reads the stylesheets' text now, ahead of the first document. */
    void prepare() throws PublishException {
        always();
    }

    /**
     * The catalog's files cut to what {@code normalized} (the tree the FO stylesheet reads) can
     * set. Each subset is made when FOP first asks for it: FOP loads a font only when text needs
     * it, so a face the document never reaches (Noto Serif TC in Simplified text) costs nothing.
     */
    Subsets subsets(XdmNode normalized) throws PublishException {
        Set<Integer> collected = new TreeSet<>(always());
        collect(normalized, collected);
        Set<Integer> wanted = Set.copyOf(collected);
        Map<String, byte[]> made;
        synchronized (recent) {
            made = recent.computeIfAbsent(wanted, w -> new ConcurrentHashMap<>());
        }
        return new Subsets(fonts, fonts.catalog().files(), wanted, made);
    }

    /** One document's subsets, made on first use and kept for its layout passes and rendering. */
    static final class Subsets {
        private final ParsedFonts fonts;
        private final List<String> files;
        private final Set<Integer> wanted;
        /** The subsets of {@code wanted} made so far, shared with any document that wants the same. */
        private final Map<String, byte[]> made;

        Subsets(ParsedFonts fonts, List<String> files, Set<Integer> wanted, Map<String, byte[]> made) {
            this.fonts = fonts;
            this.files = List.copyOf(files);
            this.wanted = Set.copyOf(wanted);
            this.made = made;
        }

        /** No subsets: FOP reads the complete files. */
        static Subsets none() {
            return new Subsets(null, List.of(), Set.of(), Map.of());
        }

        /** Whether the document has right-to-left letters (Hebrew, Arabic), which FOP must reorder. */
        boolean rightToLeft() {
            return wanted.stream().anyMatch(c -> {
                byte direction = Character.getDirectionality(c);
                return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
            });
        }

        boolean has(String file) {
            return files.contains(file);
        }

        byte[] bytes(String file) throws PublishException {
            byte[] subset = made.get(file);
            if (subset == null) {
                // Two builds of one document at once may both cut a file; they get equal bytes.
                subset = fonts.subset(file, wanted).data();
                byte[] earlier = made.putIfAbsent(file, subset);
                return earlier == null ? subset : earlier;
            }
            return subset;
        }
    }

    /** Text and attribute values: labels, note marks and URLs are printed from attributes. */
    private static void collect(XdmNode tree, Set<Integer> wanted) {
        tree.axisIterator(Axis.DESCENDANT_OR_SELF).forEachRemaining(node -> {
            if (node.getNodeKind() == XdmNodeKind.TEXT) {
                node.getStringValue().codePoints().forEach(wanted::add);
            } else if (node.getNodeKind() == XdmNodeKind.ELEMENT) {
                node.axisIterator(Axis.ATTRIBUTE).forEachRemaining(
                        attribute -> attribute.getStringValue().codePoints().forEach(wanted::add));
            }
        });
    }

    /** The ranges and the characters of every file of the stylesheets, read once. */
    private synchronized Set<Integer> always() throws PublishException {
        if (always == null) {
            Set<Integer> set = new TreeSet<>();
            for (int[] range : GENERATED_RANGES) {
                for (int c = range[0]; c <= range[1]; c++) {
                    set.add(c);
                }
            }
            CHINESE_NUMERALS.codePoints().forEach(set::add);
            set.addAll(stylesheetCharacters());
            always = Set.copyOf(set);
        }
        return always;
    }

    /**
     * The characters of every file under {@code xslt/}, from the folder or from the jar. The XML
     * files are parsed, so that a character the stylesheets write as a reference ({@code &#xFEFF;}
     * before every note mark) counts as itself: read as raw text it was missed, and FOP then
     * parsed the complete 15 MB font files on every layout pass to find it.
     */
    private Set<Integer> stylesheetCharacters() throws PublishException {
        URL folder = resources.resource(STYLESHEET);
        Set<Integer> characters = new TreeSet<>();
        try {
            if ("file".equals(folder.getProtocol())) {
                try (Stream<Path> files = Files.walk(Path.of(folder.toURI()).getParent())) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        try (InputStream in = Files.newInputStream(file)) {
                            addCharacters(file.toString(), in, characters);
                        }
                    }
                }
            } else if (folder.openConnection() instanceof JarURLConnection connection) {
                String entryName = connection.getEntryName();
                String prefix = entryName.substring(0, entryName.lastIndexOf('/') + 1);
                try (JarFile jar = new JarFile(Path.of(connection.getJarFileURL().toURI()).toFile())) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry entry = entries.nextElement();
                        if (entry.getName().startsWith(prefix) && !entry.isDirectory()) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                addCharacters(entry.getName(), in, characters);
                            }
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | UncheckedIOException e) {
            throw new PublishException("Cannot read the stylesheets' text from " + folder + ": " + e.getMessage(), e);
        }
        return characters;
    }

    /** An XML file's text and attribute values with references resolved; any other file's text as it is. */
    private static void addCharacters(String name, InputStream in, Set<Integer> characters) throws IOException {
        if (!name.endsWith(".xsl") && !name.endsWith(".xml")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).codePoints().forEach(characters::add);
            return;
        }
        DefaultHandler collector = new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                for (int i = 0; i < attributes.getLength(); i++) {
                    attributes.getValue(i).codePoints().forEach(characters::add);
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                new String(ch, start, length).codePoints().forEach(characters::add);
            }
        };
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            // The stylesheets are tei-press's own files; nothing outside them is read.
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.newSAXParser().parse(in, collector, name);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(name + " is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
