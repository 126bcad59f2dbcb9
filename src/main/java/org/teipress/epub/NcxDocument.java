package org.teipress.epub;

import io.documentnode.epub4j.domain.Author;
import io.documentnode.epub4j.domain.Identifier;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.domain.TableOfContents;
import io.documentnode.epub4j.epub.NCXDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teipress.pipeline.PublishException;

/**
 * The NCX for EPUB 2 reading systems, written by epub4j from the same table of contents the
 * navigation document shows.
 */
final class NcxDocument {
    private NcxDocument() {
    }

    static byte[] write(PackagePlan plan) throws PublishException {
        Map<String, Resource> resources = new HashMap<>();
        TableOfContents toc = new TableOfContents(references(plan.toc(), resources));
        List<Author> authors = plan.creators().stream().map(name -> new Author("", name)).toList();
        try {
            Resource ncx = NCXDocument.createNCXResource(
                    List.of(new Identifier(Identifier.Scheme.UUID, plan.identifier())), plan.title(), authors, toc);
            return ncx.getData();
        } catch (IOException | RuntimeException e) {
            throw new PublishException("epub4j could not write the NCX: " + e.getMessage(), e);
        }
    }

    private static List<TOCReference> references(List<PackagePlan.TocEntry> entries, Map<String, Resource> resources) {
        List<TOCReference> references = new ArrayList<>();
        for (PackagePlan.TocEntry entry : entries) {
            String[] parts = entry.href().split("#", 2);
            Resource resource = resources.computeIfAbsent(parts[0], href -> {
                Resource r = new Resource(new byte[0], href);
                r.setHref(href);
                return r;
            });
            references.add(new TOCReference(entry.label(), resource, parts.length > 1 ? parts[1] : null,
                    references(entry.children(), resources)));
        }
        return references;
    }
}
