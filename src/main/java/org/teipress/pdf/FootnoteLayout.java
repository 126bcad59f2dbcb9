package org.teipress.pdf;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;

/**
 * A document laid out until its per-page footnote numbers hold: the layout in FOP's
 * intermediate format, the numbers it was laid out with, the numbers read back from where its
 * marks fell (equal to those when stable), and what it cost.
 *
 * @param unsettled notes whose number still moved on the last pass, or whose mark was not
 *                  found in the layout; empty when stable
 * @param firstPass time of the first layout, the one a continuous numbering would need alone
 * @param renumbered whether the last layout's numbers were written into it instead of laid out
 *                   ({@link FootnoteRenumbering})
 */
record FootnoteLayout(XdmNode intermediate, Map<String, Integer> numbers, Map<String, Integer> recomputed,
        int passes, List<String> unsettled, Duration took, Duration firstPass, boolean renumbered) {

    boolean stable() {
        return unsettled.isEmpty();
    }

    /** What the extra passes cost over a single layout with continuous numbers. */
    Duration extra() {
        return took.minus(firstPass);
    }
}
