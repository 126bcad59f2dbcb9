package org.teipress.xslt;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Destination;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.teipress.core.PublishException;
import org.teipress.core.BundledResources;

/**
 * The tei-press stylesheets, each compiled once per instance and reused for every document:
 * compiling the drivers costs more than running them on a report.
 */
public final class Stylesheets {
    private final Processor processor;
    private final BundledResources resources;
    private final Map<String, XsltExecutable> compiled = new ConcurrentHashMap<>();
    /** One lock per stylesheet: a build asking for one being compiled in the background waits for it. */
    private final Map<String, Object> compiling = new ConcurrentHashMap<>();

    public Stylesheets(Processor processor, BundledResources resources) {
        this.processor = processor;
        this.resources = resources;
    }

    public Processor processor() {
        return processor;
    }

    /** The compiled stylesheet {@code xslt/<name>}, e.g. {@code tei-to-fo.xsl}. */
    public XsltExecutable executable(String name) throws PublishException {
        XsltExecutable executable = compiled.get(name);
        if (executable != null) {
            return executable;
        }
        synchronized (compiling.computeIfAbsent(name, n -> new Object())) {
            executable = compiled.get(name);
            if (executable == null) {
                executable = compile(name);
                compiled.put(name, executable);
            }
            return executable;
        }
    }

    private XsltExecutable compile(String name) throws PublishException {
        URL url = resources.resource("xslt/" + name);
        XsltCompiler compiler = processor.newXsltCompiler();
        List<String> problems = new java.util.ArrayList<>();
        compiler.setErrorReporter(error -> problems.add(error.getLocation().getSystemId() + ":"
                + error.getLocation().getLineNumber() + ": " + error.getMessage()));
        try (InputStream in = url.openStream()) {
            return compiler.compile(new StreamSource(in, url.toURI().toString()));
        } catch (SaxonApiException | IOException | java.net.URISyntaxException e) {
            throw new PublishException("Stylesheet xslt/" + name + " does not compile: "
                    + (problems.isEmpty() ? e.getMessage() : String.join("; ", problems)), e);
        }
    }

    /** Runs {@code name} on {@code input} and returns the result tree. */
    public XdmNode transform(String name, XdmNode input, Map<String, ? extends XdmValue> parameters)
            throws PublishException {
        XdmDestination result = new XdmDestination();
        transform(name, input, parameters, result);
        return result.getXdmNode();
    }

    /** As {@link #transform(String, XdmNode, Map)}, handing each xsl:message to {@code messages}. */
    public XdmNode transform(String name, XdmNode input, Map<String, ? extends XdmValue> parameters,
            java.util.function.Consumer<String> messages) throws PublishException {
        XdmDestination result = new XdmDestination();
        run(name, input, parameters, result, messages);
        return result.getXdmNode();
    }

    /** Runs {@code name} on {@code input} into {@code destination} (a SAX handler such as FOP's). */
    public void transform(String name, XdmNode input, Map<String, ? extends XdmValue> parameters,
            Destination destination) throws PublishException {
        run(name, input, parameters, destination, null);
    }

    private void run(String name, XdmNode input, Map<String, ? extends XdmValue> parameters,
            Destination destination, java.util.function.Consumer<String> messages) throws PublishException {
        Xslt30Transformer transformer = executable(name).load30();
        // Drivers that write several documents (EPUB) capture them in memory themselves; here an
        // xsl:result-document would write a file wherever its href points, so it is refused.
        transformer.setResultDocumentHandler(uri -> {
            throw new net.sf.saxon.trans.UncheckedXPathException(new net.sf.saxon.trans.XPathException(
                    "xslt/" + name + " tried to write " + uri + "; tei-press stylesheets never write files"));
        });
        // A stylesheet that stops (xsl:message terminate="yes") says why in its message, which the
        // exception alone does not carry: it names the element and where it is.
        java.util.List<String> stops = new java.util.concurrent.CopyOnWriteArrayList<>();
        // One handler: a second one would replace the first, and the notices would be lost.
        transformer.setMessageHandler(message -> {
            if (message.isTerminate()) {
                stops.add(message.getStringValue());
            } else if (messages != null) {
                messages.accept(message.getStringValue());
            }
        });
        try {
            transformer.setStylesheetParameters(parameters.entrySet().stream()
                    .collect(Collectors.toMap(e -> new QName(e.getKey()), Map.Entry::getValue)));
            transformer.applyTemplates(input, destination);
        } catch (SaxonApiException e) {
            throw new PublishException("xslt/" + name + " failed on " + input.getBaseURI() + ": "
                    + (stops.isEmpty() ? e.getMessage() : String.join("; ", stops)), e);
        }
    }
}
