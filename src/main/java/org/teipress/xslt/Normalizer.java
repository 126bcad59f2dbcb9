package org.teipress.xslt;

import java.util.Map;
import java.util.function.Consumer;
import net.sf.saxon.s9api.XdmNode;
import org.teipress.core.PublishException;

/**
 * The normalising pass ({@code xslt/normalize.xsl}): stable ids, numbering and script runs,
 * computed once and read alike by every output driver.
 */
public final class Normalizer {
    private final Stylesheets stylesheets;

    public Normalizer(Stylesheets stylesheets) {
        this.stylesheets = stylesheets;
    }

    public XdmNode normalize(XdmNode tei) throws PublishException {
        return normalize(tei, notice -> { });
    }

    /**
     * Normalises {@code tei}, handing what the pass reports without stopping (elements rendered
     * generically, images shown as placeholders, links shown as text) to {@code notices}.
     */
    public XdmNode normalize(XdmNode tei, Consumer<String> notices) throws PublishException {
        return stylesheets.transform("normalize.xsl", tei,
                Map.of("local-images", LocalImages.asParameter(LocalImages.of(tei))), notices);
    }
}
