package org.teipress.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.teipress.core.PublishException;
import org.teipress.core.BundledResources;

/**
 * Writes the synthetic books of the scale series: a source's body repeated as chapters. They are
 * generated, never committed, so the series always follows the current report.
 */
public final class ScaleBook {
    private final Processor processor;
    private final XsltExecutable repeat;

    public ScaleBook(Processor processor, BundledResources resources) throws PublishException {
        this.processor = processor;
        URL stylesheet = resources.resource("bench/repeat-as-chapters.xsl");
        try (InputStream in = stylesheet.openStream()) {
            this.repeat = processor.newXsltCompiler().compile(new StreamSource(in, stylesheet.toString()));
        } catch (IOException | SaxonApiException e) {
            throw new PublishException("Cannot load the scale-book stylesheet: " + e.getMessage(), e);
        }
    }

    /** The footnotes of a book, as the table reports them beside its pages. */
    public int countNotes(Path book) throws PublishException {
        try {
            net.sf.saxon.s9api.XPathCompiler xpath = processor.newXPathCompiler();
            xpath.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
            return xpath.evaluate("//tei:text//tei:note[@place = 'foot']",
                    processor.newDocumentBuilder().build(book.toFile())).size();
        } catch (SaxonApiException e) {
            throw new PublishException("Cannot read " + book + ": " + e.getMessage(), book, -1, -1, e);
        }
    }

    /** Writes {@code source}'s body repeated {@code copies} times into {@code target}. */
    public Path write(Path source, int copies, Path target) throws PublishException {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1, was " + copies);
        }
        Xslt30Transformer transformer = repeat.load30();
        try {
            transformer.setStylesheetParameters(java.util.Map.of(new QName("copies"), new XdmAtomicValue(copies)));
            Serializer out = processor.newSerializer(target.toFile());
            transformer.transform(new StreamSource(source.toFile()), out);
            return target;
        } catch (SaxonApiException e) {
            throw new PublishException("Cannot write the " + copies + "× book from " + source + ": " + e.getMessage(),
                    source, -1, -1, e);
        }
    }
}
