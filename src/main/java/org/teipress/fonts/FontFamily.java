package org.teipress.fonts;

import java.util.ArrayList;
import java.util.List;

/**
 * A family of {@code fonts/fonts.xml}: its name in XSL-FO and CSS, its faces, its roles (body,
 * heading, abstract, fallback), the script runs and languages it sets first, and its licence file.
 */
public record FontFamily(String name, List<String> roles, List<String> scripts, List<String> languages,
        String licence, List<FontFace> faces) {
    public static final String BODY = "body";
    public static final String HEADING = "heading";
    public static final String ABSTRACT = "abstract";
    public static final String FALLBACK = "fallback";

    public FontFamily {
        roles = List.copyOf(roles);
        scripts = scripts.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
        languages = List.copyOf(languages);
        faces = List.copyOf(faces);
    }

    /**
     * How specifically this family serves {@code language}: the length of the longest of its
     * languages that is the tag or a prefix of it ({@code zh} and {@code zh-Hant} both serve
     * {@code zh-Hant-TW}; the latter more so), 0 if none does.
     */
    public int languageMatch(String language) {
        String tag = language == null ? "" : language.toLowerCase(java.util.Locale.ROOT);
        int best = 0;
        for (String served : languages) {
            String prefix = served.toLowerCase(java.util.Locale.ROOT);
            if (tag.equals(prefix) || tag.startsWith(prefix + "-")) {
                best = Math.max(best, prefix.length());
            }
        }
        return best;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /**
     * The face that sets text asked for in {@code bold} and {@code italic}: the exact face, or
     * the nearest, where a wrong weight counts worse than a missing slant (a reader or renderer
     * can slant a face, but a regular face cannot carry bold emphasis).
     */
    public FontFace closest(boolean bold, boolean italic) {
        FontFace best = null;
        int bestScore = Integer.MAX_VALUE;
        for (FontFace face : faces) {
            int score = (face.bold() != bold ? 2 : 0) + (face.italic() != italic ? 1 : 0);
            if (score < bestScore) {
                best = face;
                bestScore = score;
            }
        }
        return best;
    }

    static final class Builder {
        private final String name;
        private final List<String> roles;
        private final List<String> scripts;
        private final List<String> languages;
        private final String licence;
        private final List<FontFace> faces = new ArrayList<>();

        Builder(String name, List<String> roles, List<String> scripts, List<String> languages, String licence) {
            this.name = name;
            this.roles = roles;
            this.scripts = scripts;
            this.languages = languages;
            this.licence = licence;
        }

        String name() {
            return name;
        }

        List<FontFace> faces() {
            return faces;
        }

        void add(FontFace face) {
            faces.add(face);
        }

        FontFamily build() {
            return new FontFamily(name, roles, scripts, languages, licence, faces);
        }
    }
}
