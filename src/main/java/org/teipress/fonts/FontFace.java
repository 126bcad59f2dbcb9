package org.teipress.fonts;

/** One face of a family: its file under {@code fonts/}, its weight (100-900) and style (normal or italic). */
public record FontFace(String file, int weight, String style) {

    public boolean bold() {
        return weight >= 600;
    }

    public boolean italic() {
        return !"normal".equals(style);
    }
}
