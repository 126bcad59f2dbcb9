package org.teipress.check;

/** Every TEI paragraph, heading and note is in the EPUB's content documents, in reading order. */
public final class EpubTextCheck implements OutputCheck<EpubUnderTest> {

    @Override
    public String name() {
        return "epub-text";
    }

    @Override
    public void run(EpubUnderTest epub, SourceText source, CheckResult result) {
        StringBuilder text = new StringBuilder();
        for (EpubUnderTest.ContentDocument document : epub.documents()) {
            if (!document.nav()) {
                for (var body : EpubUnderTest.elements(document.root(), EpubUnderTest.XHTML, "body")) {
                    text.append(body.getStringValue()).append('\n');
                }
            }
        }
        TextFidelity.check(text.toString(), source, result, "EPUB");
    }
}
