package org.teipress.pdf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.transform.sax.SAXResult;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.intermediate.IFSerializer;
import org.teipress.pipeline.Publication;
import org.teipress.core.PublishException;
import org.teipress.xslt.Stylesheets;

/**
 * Lays a publication out into FOP's intermediate format until every footnote shows its number
 * on its page. XSL-FO has no page counter: the first pass uses predicted numbers, and the
 * per-page numbers are read from where its marks fell. When the new numbers cannot move a line
 * ({@link FootnoteRenumbering}: circled numbers of one width), they are written into that layout
 * and it is the only one; otherwise each further pass uses the numbers read from the previous
 * one, until a pass confirms them. The passes are bounded, and the last layout is kept when they
 * do not settle.
 */
final class PagedLayout {
    static final int MAX_PASSES = 4;
    private static final QName FOOTNOTE_MARK = new QName("urn:tei-press:functions", "footnote-mark");

    private final Stylesheets stylesheets;
    private final FopFactory factory;
    private final Map<String, XdmValue> parameters;
    private final RenderingProblems problems;
    private final boolean renumberInPlace;
    private final Map<Integer, String> marks = new HashMap<>();

    private final java.util.Date created;

    PagedLayout(Stylesheets stylesheets, FopFactory factory, Map<String, XdmValue> parameters,
            RenderingProblems problems, java.util.Date created) {
        this(stylesheets, factory, parameters, problems, created, true);
    }

    /** {@code renumberInPlace} false: every change of numbers is laid out again (tests compare both ways). */
    PagedLayout(Stylesheets stylesheets, FopFactory factory, Map<String, XdmValue> parameters,
            RenderingProblems problems, java.util.Date created, boolean renumberInPlace) {
        this.renumberInPlace = renumberInPlace;
        this.stylesheets = stylesheets;
        this.factory = factory;
        this.parameters = Map.copyOf(parameters);
        this.problems = problems;
        this.created = created;
    }

    /** {@code footnoteIds}: the footnotes numbered by the stylesheets, in document order. */
    FootnoteLayout layOut(Publication publication, List<String> footnoteIds) throws PublishException {
        return layOut(publication, footnoteIds, Map.of());
    }

    /**
     * As {@link #layOut(Publication, List)}, starting from {@code predicted} numbers instead of
     * continuous ones: when the first layout confirms them, it is the only one. A prediction that
     * does not hold costs nothing over no prediction, since the passes go on from what it gave.
     */
    FootnoteLayout layOut(Publication publication, List<String> footnoteIds, Map<String, Integer> predicted)
            throws PublishException {
        Set<String> markIds = new LinkedHashSet<>();
        footnoteIds.forEach(id -> markIds.add(FootnotePages.markId(id)));
        long start = System.nanoTime();
        Duration firstPass = null;
        Map<String, Integer> used = Map.copyOf(predicted);
        for (int pass = 1; ; pass++) {
            problems.forgetWarnings();
            Pass laidOut = layOut(publication, used);
            XdmNode intermediate = laidOut.intermediate();
            if (firstPass == null) {
                firstPass = Duration.ofNanos(System.nanoTime() - start);
            }
            Map<String, Integer> pages = MarkPages.read(intermediate, markIds);
            Map<String, Integer> recomputed = FootnotePages.number(footnoteIds, pages);
            List<String> unplaced = FootnotePages.unplaced(footnoteIds, pages);
            Optional<FootnoteRenumbering> inPlace = !renumberInPlace || !unplaced.isEmpty() || recomputed.equals(used)
                    ? Optional.empty() : renumbering(laidOut, footnoteIds, used, recomputed);
            if (inPlace.isPresent()) {
                return new FootnoteLayout(apply(inPlace.get(), intermediate, publication), recomputed, recomputed,
                        pass, List.of(), Duration.ofNanos(System.nanoTime() - start), firstPass, true);
            }
            if (recomputed.equals(used) || pass == MAX_PASSES) {
                List<String> unsettled = new ArrayList<>(unplaced);
                for (String id : footnoteIds) {
                    if (!unsettled.contains(id) && !recomputed.get(id).equals(used.get(id))) {
                        unsettled.add(id);
                    }
                }
                return new FootnoteLayout(intermediate, used, recomputed, pass, List.copyOf(unsettled),
                        Duration.ofNanos(System.nanoTime() - start), firstPass, false);
            }
            used = recomputed;
        }
    }

    /** The changes from {@code used} to {@code wanted} numbers, if they can be written into the layout. */
    private Optional<FootnoteRenumbering> renumbering(Pass laidOut, List<String> footnoteIds,
            Map<String, Integer> used, Map<String, Integer> wanted) throws PublishException {
        Map<String, FootnoteRenumbering.Change> changes = new HashMap<>();
        for (String id : footnoteIds) {
            if (!used.containsKey(id)) {
                return Optional.empty();
            }
            if (!used.get(id).equals(wanted.get(id))) {
                changes.put(id, new FootnoteRenumbering.Change(mark(used.get(id)), mark(wanted.get(id))));
            }
        }
        return FootnoteRenumbering.plan(laidOut.intermediate(), laidOut.fonts(), markFamilies(), changes);
    }

    private XdmNode apply(FootnoteRenumbering renumbering, XdmNode intermediate, Publication publication)
            throws PublishException {
        try {
            return renumbering.applyTo(intermediate, stylesheets.processor());
        } catch (SaxonApiException e) {
            throw new PublishException("Cannot renumber the footnotes of the layout of " + publication.baseName()
                    + ": " + e.getMessage() + ". This is a defect of tei-press, not of the document; please report it.", e);
        }
    }

    /** A per-page footnote number as the stylesheets show it (f:footnote-mark). */
    private String mark(int number) throws PublishException {
        String known = marks.get(number);
        if (known != null) {
            return known;
        }
        try {
            String shown = stylesheets.executable("tei-to-fo.xsl").load30().callFunction(FOOTNOTE_MARK,
                    new XdmValue[] {new XdmAtomicValue((long) number), new XdmAtomicValue("per-page")})
                    .itemAt(0).getStringValue();
            marks.put(number, shown);
            return shown;
        } catch (SaxonApiException e) {
            throw new PublishException("Cannot compute footnote mark " + number + ": " + e.getMessage(), e);
        }
    }

    /** The families note marks are set in: the stylesheet's {@code han-font} list (xslt/fo/notes.xsl). */
    private List<String> markFamilies() {
        XdmValue list = parameters.get("han-font");
        if (list == null) {
            return List.of();
        }
        List<String> families = new ArrayList<>();
        for (String family : list.itemAt(0).getStringValue().split(",")) {
            families.add(family.strip().replace("'", "").replace("\"", ""));
        }
        return families;
    }

    /** One layout: FOP's intermediate format and the fonts it was laid out with. */
    private record Pass(XdmNode intermediate, FontInfo fonts) {
    }

    private Pass layOut(Publication publication, Map<String, Integer> numbers) throws PublishException {
        FOUserAgent agent = factory.newFOUserAgent();
        agent.getEventBroadcaster().addEventListener(problems);
        agent.setCreationDate(created);
        // Kept as a tree, not as text: FOP's serialiser leaves the fo: prefix of the structure
        // tree undeclared, so the text would not parse back.
        BuildingContentHandler intermediate;
        IFDocumentHandler pdf;
        try {
            // Laid out for the PDF renderer's fonts and settings, written as intermediate format.
            pdf = agent.getRendererFactory().createDocumentHandler(agent, MimeConstants.MIME_PDF);
            IFSerializer serializer = new IFSerializer(new IFContext(agent));
            serializer.mimicDocumentHandler(pdf);
            intermediate = stylesheets.processor().newDocumentBuilder().newBuildingContentHandler();
            serializer.setResult(new SAXResult(intermediate));
            agent.setDocumentHandlerOverride(serializer);
            Fop fop = factory.newFop(agent);
            Map<String, XdmValue> withNumbers = new HashMap<>(parameters);
            withNumbers.put("note-numbers", toXdm(numbers));
            stylesheets.transform("tei-to-fo.xsl", publication.normalized(), withNumbers,
                    new SAXDestination(fop.getDefaultHandler()));
        } catch (FOPException | IFException | SaxonApiException e) {
            throw new PublishException("Apache FOP could not start laying out " + publication.baseName() + ": "
                    + e.getMessage(), publication.source(), -1, -1, e);
        } catch (PublishException e) {
            problems.throwIfAny(publication.source());
            throw e;
        } catch (RuntimeException e) {
            // FOP's layout engine reports some of its own limits as unchecked exceptions.
            throw new PublishException("Apache FOP failed while laying out " + publication.baseName() + ": " + e
                    + ". This is a defect of tei-press or FOP, not of the document; please report it.",
                    publication.source(), -1, -1, e);
        }
        problems.throwIfAny(publication.source());
        try {
            return new Pass(intermediate.getDocumentNode(), pdf.getFontInfo());
        } catch (SaxonApiException e) {
            throw new PublishException("FOP did not finish its page layout of " + publication.baseName() + ": "
                    + e.getMessage() + ". This is a defect of tei-press, not of the document; please report it.", e);
        }
    }

    private static XdmMap toXdm(Map<String, Integer> numbers) {
        Map<XdmAtomicValue, XdmValue> entries = new HashMap<>();
        numbers.forEach((id, n) -> entries.put(new XdmAtomicValue(id), new XdmAtomicValue((long) n)));
        return new XdmMap(entries);
    }
}
