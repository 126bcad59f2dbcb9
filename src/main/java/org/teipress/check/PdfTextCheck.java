package org.teipress.check;

import java.io.IOException;

/** Every TEI paragraph, heading and note is in the PDF text, in order. */
public final class PdfTextCheck implements OutputCheck<PdfUnderTest> {

    @Override
    public String name() {
        return "pdf-text";
    }

    @Override
    public void run(PdfUnderTest pdf, SourceText source, CheckResult result) throws IOException {
        TextFidelity.check(pdf.rendering().text(), source, result, "PDF");
    }
}
