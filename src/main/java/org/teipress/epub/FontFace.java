package org.teipress.epub;

/**
 * One face of the book's type: the CSS family, weight and style it is declared with, and the
 * font file it is cut from.
 */
record FontFace(String family, int weight, String style, String fontResource) {

    boolean bold() {
        return weight >= 600;
    }

    boolean italic() {
        return !"normal".equals(style);
    }

    /** Han text first: Noto Serif SC also covers Latin, but Latin runs ask for Noto Serif. */
    static java.util.List<FontFace> bookFaces() {
        return java.util.List.of(
                new FontFace("Noto Serif SC", 400, "normal", "NotoSerifSC-Regular.ttf"),
                new FontFace("Noto Serif SC", 700, "normal", "NotoSerifSC-Bold.ttf"),
                new FontFace("Noto Serif", 400, "normal", "NotoSerif-Regular.ttf"),
                new FontFace("Noto Serif", 700, "normal", "NotoSerif-Bold.ttf"),
                new FontFace("Noto Serif", 400, "italic", "NotoSerif-Italic.ttf"));
    }
}
