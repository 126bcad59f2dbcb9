package org.teipress.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.teipress.core.PublishException;

class HyphenationFaultTest {
    @Test
    void aFailureInsideFopsHyphenationIsRecognisedThroughItsWrappers() {
        NullPointerException fop = new NullPointerException("prevLM is null");
        fop.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.apache.fop.layoutmgr.inline.InlineStackingLayoutManager",
                    "getChangedKnuthElements", "InlineStackingLayoutManager.java", 364),
            new StackTraceElement("org.apache.fop.layoutmgr.inline.LineLayoutManager",
                    "findHyphenationPoints", "LineLayoutManager.java", 1368)});
        PublishException wrapped = new PublishException("FOP failed", new RuntimeException("template rule", fop));
        assertTrue(HyphenationFault.causedBy(wrapped));
        assertSame(fop, HyphenationFault.rootOf(wrapped));
    }

    @Test
    void anyOtherLayoutFailureIsNot() {
        PublishException other = new PublishException("FOP failed", new IllegalStateException("factor < 0"));
        assertFalse(HyphenationFault.causedBy(other));
    }
}
