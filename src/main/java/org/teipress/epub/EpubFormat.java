package org.teipress.epub;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.teipress.pipeline.OutputFormat;
import org.teipress.check.FontCascade;
import org.teipress.check.FontStyleSheet;
import org.teipress.core.PublishException;
import org.teipress.pipeline.Publication;
import org.teipress.core.BundledResources;
import org.teipress.fonts.ParsedFonts;
import org.teipress.xslt.Stylesheets;

/**
 * EPUB 3: XHTML content documents from {@code xslt/tei-to-xhtml.xsl}, subset Noto fonts, a
 * generated cover, an EPUB 3 package document with navigation document and NCX.
 */
public final class EpubFormat implements OutputFormat {
    static final String STYLE_SHEET = "xslt/xhtml/tei-press.css";

    private final Stylesheets stylesheets;
    private final BundledResources resources;
    private final PackageLayout layout = PackageLayout.standard();
    /** Shared with the other formats, so each font is parsed once per JVM, not on every build. */
    private final ParsedFonts fonts;
    private final CoverImage coverImage;

    /** An EPUB format with its own parsed fonts (tests; the toolchain shares one set). */
    public EpubFormat(Stylesheets stylesheets, BundledResources resources) throws PublishException {
        this(stylesheets, resources, ParsedFonts.of(resources));
    }

    public EpubFormat(Stylesheets stylesheets, BundledResources resources, ParsedFonts fonts) {
        this.stylesheets = stylesheets;
        this.resources = resources;
        this.fonts = fonts;
        this.coverImage = new CoverImage(fonts);
    }

    @Override
    public String name() {
        return "epub";
    }

    @Override
    public void prepare() throws PublishException {
        stylesheets.executable(XhtmlDocuments.STYLESHEET);
    }

    @Override
    public void write(Publication publication, Path target) throws PublishException {
        XhtmlDocuments.Result xhtml = new XhtmlDocuments(stylesheets).transform(publication.normalized(), publication.source(), layout);
        PackagePlan plan = PackagePlan.read(xhtml.plan(), publication.source());

        // The role rules of the book's own languages only: the others match no element of it,
        // and each rule costs the cascade a test on every element.
        String fontRules = EmbeddedFonts.familyRules(fonts.catalog())
                + EmbeddedFonts.roleRules(fonts.catalog(), TextUsage.declaredLanguages(xhtml.documents().values()))
                + "\n" + styleSheet();
        FontStyleSheet styles = new FontStyleSheet();
        styles.read(layout.cssHref(), fontRules);
        TextUsage usage = new TextUsage(new FontCascade(styles));
        xhtml.documents().values().forEach(usage::add);
        List<EmbeddedFonts.EmbeddedFont> embedded = new EmbeddedFonts(fonts).embed(usage);
        byte[] css = (EmbeddedFonts.fontFaceRules(embedded, layout) + "\n" + fontRules)
                .getBytes(StandardCharsets.UTF_8);
        byte[] cover = coverImage.draw(plan.title(), plan.creators(), plan.language(),
                target.toAbsolutePath().getParent());

        List<ManifestItem> manifest = new ArrayList<>();
        List<String> spine = new ArrayList<>();
        for (PackagePlan.Document document : plan.spine()) {
            XdmNode node = xhtml.documents().get(document.href());
            if (node == null) {
                throw new IllegalStateException("xslt/" + XhtmlDocuments.STYLESHEET + " planned " + document.href()
                        + " but did not write it");
            }
            ManifestItem item = "nav".equals(document.role())
                    ? ManifestItem.of(document.href(), ManifestItem.XHTML, serialize(node), "nav")
                    : ManifestItem.of(document.href(), ManifestItem.XHTML, serialize(node));
            manifest.add(item);
            spine.add(item.id());
        }
        ManifestItem ncx = ManifestItem.of(layout.ncxHref(), ManifestItem.NCX, NcxDocument.write(plan));
        ManifestItem coverImage = ManifestItem.of(layout.coverImageHref(), ManifestItem.PNG, cover, "cover-image");
        manifest.add(ncx);
        manifest.add(ManifestItem.of(layout.cssHref(), ManifestItem.CSS, css));
        for (EmbeddedFonts.EmbeddedFont font : embedded) {
            manifest.add(ManifestItem.of(layout.fontDir() + font.fileName(), ManifestItem.TTF, font.subset().data()));
        }
        manifest.add(coverImage);
        manifest.addAll(DocumentImages.of(publication.normalized(), publication.source()));

        byte[] opf = PackageDocument.write(plan, manifest, spine, coverImage.id(), ncx.id());
        try (EpubArchive archive = EpubArchive.create(target, layout.contentDir() + layout.packageHref(),
                plan.date().atStartOfDay())) {
            archive.add(layout.contentDir() + layout.packageHref(), opf);
            for (ManifestItem item : manifest) {
                archive.add(layout.contentDir() + item.href(), item.data());
            }
        }
    }

    private byte[] serialize(XdmNode document) throws PublishException {
        return XhtmlDocuments.serialize(stylesheets.processor(), document);
    }

    private String styleSheet() throws PublishException {
        try (InputStream in = resources.resource(STYLE_SHEET).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PublishException("Cannot read " + STYLE_SHEET + ": " + e.getMessage(), e);
        }
    }
}
