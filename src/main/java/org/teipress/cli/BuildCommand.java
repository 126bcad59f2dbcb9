package org.teipress.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import net.sf.saxon.s9api.Processor;
import org.teipress.pipeline.OutputFormat;
import org.teipress.pipeline.Pipeline;
import org.teipress.pipeline.Progress;
import org.teipress.pipeline.PublishException;
import org.teipress.pipeline.Toolkit;
import org.teipress.validate.TeiValidator;
import org.teipress.xslt.Normalizer;
import org.teipress.xslt.Stylesheets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Validates a TEI document and publishes it into the output folder.")
final class BuildCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SOURCE", description = "The TEI P5 file to publish.")
    Path source;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "dist",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "pdf,epub",
            description = "Formats to produce, comma-separated (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Override
    public Integer call() {
        Processor processor = new Processor(false);
        Toolkit toolkit = new Toolkit();
        Stylesheets stylesheets = new Stylesheets(processor, toolkit);
        Progress progress = Progress.to(System.err);
        try {
            Pipeline pipeline = new Pipeline(new TeiValidator(processor, toolkit),
                    new Normalizer(stylesheets), progress, new org.teipress.check.OutputGate(processor, progress));
            List<Path> written = pipeline.build(source, out, outputFormats(stylesheets, toolkit, progress));
            written.forEach(System.out::println);
            return 0;
        } catch (PublishException e) {
            System.err.println("tei-press: " + e.located());
            return 1;
        }
    }

    private List<OutputFormat> outputFormats(Stylesheets stylesheets, Toolkit toolkit, Progress progress) throws PublishException {
        List<OutputFormat> selected = new ArrayList<>();
        for (String name : formats) {
            switch (name.trim()) {
                case "pdf" -> selected.add(new org.teipress.pdf.PdfFormat(stylesheets, toolkit,
                        org.teipress.pdf.PdfFormat.DEFAULT_PAGE_SIZE, progress));
                case "epub" -> selected.add(new org.teipress.epub.EpubFormat(stylesheets, toolkit));
                default -> throw new PublishException("Unknown format '" + name + "'; expected pdf or epub.");
            }
        }
        return selected;
    }
}
