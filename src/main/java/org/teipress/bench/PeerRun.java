package org.teipress.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;

/**
 * The peer tei-press is measured against, run in its own JVM by the bench: the TEI Stylesheets'
 * fo profile ({@code profiles/default/fo/to.xsl} of a checkout the user names) in Saxon-HE,
 * straight into Apache FOP, one layout, no checks. FOP gets the same font files as tei-press,
 * so both embed the same CJK fonts; the stylesheets' font parameters name them. FO validation
 * is relaxed (FOP's {@code -r}), which the profile's FO needs.
 *
 * <p>{@code PeerRun STYLESHEETS FONTS SOURCE OUT.pdf}
 */
public final class PeerRun {
    private PeerRun() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: PeerRun STYLESHEETS-CHECKOUT FONTS-FOLDER SOURCE.xml OUT.pdf");
            System.exit(2);
        }
        Path stylesheets = Path.of(args[0]);
        Path fonts = Path.of(args[1]).toAbsolutePath();
        Path source = Path.of(args[2]);
        Path target = Path.of(args[3]);
        Processor processor = new Processor(false);
        Xslt30Transformer toFo = processor.newXsltCompiler()
                .compile(new StreamSource(stylesheets.resolve("profiles/default/fo/to.xsl").toFile())).load30();
        String family = "Noto Serif SC";
        toFo.setStylesheetParameters(Map.<QName, XdmValue>of(
                new QName("bodyFont"), new XdmAtomicValue(family),
                new QName("divFont"), new XdmAtomicValue(family),
                new QName("sansFont"), new XdmAtomicValue(family)));
        FopFactory factory = new FopConfParser(new ByteArrayInputStream(configuration(fonts)
                .getBytes(StandardCharsets.UTF_8)), new File(".").toURI()).getFopFactoryBuilder().build();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            FOUserAgent agent = factory.newFOUserAgent();
            Fop fop = factory.newFop(MimeConstants.MIME_PDF, agent, out);
            toFo.transform(new StreamSource(source.toFile()), new SAXDestination(fop.getDefaultHandler()));
        }
    }

    /**
     * The source as the peer can take it: its fo profile lays out {@code docTitle} and
     * {@code byline} only inside a {@code titlePage} (elsewhere it writes inlines straight into
     * fo:flow, which FOP refuses), so a {@code front} without one gets them wrapped in one. The
     * text is unchanged.
     */
    static String forPeer(String tei) {
        if (tei.contains("<titlePage")) {
            return tei;
        }
        return java.util.regex.Pattern.compile("<front>(.*?)</front>", java.util.regex.Pattern.DOTALL)
                .matcher(tei).replaceFirst("<front><titlePage>$1</titlePage></front>");
    }

    /** FOP's configuration: the font files registered by family, style and weight, embedded as subsets. */
    private static String configuration(Path fonts) {
        // Relaxed, as FOP's -r: the fo profile puts inlines straight into fo:flow for a front docTitle.
        StringBuilder xml = new StringBuilder("<fop version='1.0'><strict-validation>false</strict-validation><renderers><renderer mime='application/pdf'><fonts>");
        font(xml, fonts.resolve("NotoSerifSC-Regular.ttf"), "Noto Serif SC", "normal", "normal");
        font(xml, fonts.resolve("NotoSerifSC-Bold.ttf"), "Noto Serif SC", "normal", "bold");
        font(xml, fonts.resolve("NotoSerifSC-Regular.ttf"), "Noto Serif SC", "italic", "normal");
        font(xml, fonts.resolve("NotoSerifSC-Bold.ttf"), "Noto Serif SC", "italic", "bold");
        return xml.append("</fonts></renderer></renderers></fop>").toString();
    }

    private static void font(StringBuilder xml, Path file, String family, String style, String weight) {
        xml.append("<font kerning='yes' embed-url='").append(file.toUri()).append("'>")
           .append("<font-triplet name='").append(family).append("' style='").append(style)
           .append("' weight='").append(weight).append("'/></font>");
    }
}
