package org.teipress.epub;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;

/** An EPUB opened for tests: its entries in container order, XML parts parsed on demand. */
final class EpubFile {
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, ZipEntry> zipEntries = new LinkedHashMap<>();
    private final Processor processor;
    private final XPathCompiler xpath;

    EpubFile(Path epub, Processor processor) throws IOException {
        this.processor = processor;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(epub))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
                zipEntries.put(entry.getName(), entry);
            }
        }
        xpath = processor.newXPathCompiler();
        xpath.declareNamespace("h", "http://www.w3.org/1999/xhtml");
        xpath.declareNamespace("epub", "http://www.idpf.org/2007/ops");
        xpath.declareNamespace("opf", "http://www.idpf.org/2007/opf");
        xpath.declareNamespace("dc", "http://purl.org/dc/elements/1.1/");
        xpath.declareNamespace("ncx", "http://www.daisy.org/z3986/2005/ncx/");
        xpath.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
    }

    List<String> names() {
        return List.copyOf(entries.keySet());
    }

    ZipEntry entry(String name) {
        return zipEntries.get(name);
    }

    byte[] bytes(String name) {
        byte[] data = entries.get(name);
        if (data == null) {
            throw new AssertionError("The EPUB has no entry " + name + "; it has " + entries.keySet());
        }
        return data;
    }

    XdmNode xml(String name) throws SaxonApiException {
        return parse(new ByteArrayInputStream(bytes(name)), "epub:/" + name);
    }

    XdmNode parse(InputStream in, String systemId) throws SaxonApiException {
        return processor.newDocumentBuilder().build(new StreamSource(in, systemId));
    }

    /** The XHTML content documents, by href relative to the package document. */
    Map<String, XdmNode> contentDocuments() throws SaxonApiException {
        Map<String, XdmNode> documents = new LinkedHashMap<>();
        for (String name : entries.keySet()) {
            if (name.endsWith(".xhtml")) {
                documents.put(name.substring("OEBPS/".length()), xml(name));
            }
        }
        return documents;
    }

    XdmValue select(XdmItem context, String expression) throws SaxonApiException {
        return xpath.evaluate(expression, context);
    }

    String string(XdmItem context, String expression) throws SaxonApiException {
        return xpath.evaluate("string(" + expression + ")", context).itemAt(0).getStringValue();
    }
}
