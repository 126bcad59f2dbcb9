package org.teipress.xslt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.teipress.core.PublishException;

/**
 * The normalising pass ({@code xslt/normalize.xsl}): stable ids, numbering, script runs and what
 * the reader sees (labels, note marks, quotation marks), computed once and read alike by every
 * output driver.
 */
public final class Normalizer {
    private final Stylesheets stylesheets;
    private final Map<String, XdmValue> conventions;

    public Normalizer(Stylesheets stylesheets) {
        this(stylesheets, Map.of());
    }

    /**
     * {@code conventions}: name to value, e.g. note-numbering=continuous, as {@link Conventions}
     * allows them; an unset convention takes its default (the locale's, or the first value).
     */
    public Normalizer(Stylesheets stylesheets, Map<String, String> conventions) {
        this.stylesheets = stylesheets;
        Map<String, XdmValue> parameters = new LinkedHashMap<>();
        if (!conventions.isEmpty()) {
            Conventions allowed = allowedConventions();
            conventions.forEach((name, value) -> parameters.put(name, new XdmAtomicValue(allowed.checked(name, value))));
        }
        this.conventions = Map.copyOf(parameters);
    }

    private static Conventions allowedConventions() {
        try {
            return Conventions.bundled();
        } catch (PublishException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public XdmNode normalize(XdmNode tei) throws PublishException {
        return normalize(tei, message -> { });
    }

    /**
     * {@code notices}: what the pass tells the user, such as a language that falls back to
     * English, an element rendered generically or an image shown as a placeholder. The image
     * files next to the source are looked up here ({@link LocalImages}): XSLT cannot.
     */
    public XdmNode normalize(XdmNode tei, Consumer<String> notices) throws PublishException {
        Map<String, XdmValue> parameters = new LinkedHashMap<>(conventions);
        parameters.put("local-images", LocalImages.asParameter(LocalImages.of(tei)));
        return stylesheets.transform("normalize.xsl", tei, parameters, notices);
    }
}
