package org.teipress.xslt;

import java.util.Map;
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
        return stylesheets.transform("normalize.xsl", tei, Map.of());
    }
}
