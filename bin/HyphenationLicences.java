import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Writes docs/hyphenation-licences.md: for every compiled pattern file the offo jar
 * (net.sf.offo:fop-hyph 2.0) ships, the licence and authors its source states.
 *
 * The compiled hyph/*.hyp are serialised Java objects and carry no text, so each is traced
 * to the hyph-utf8 source it was converted from, read from a clone of the hyph-utf8
 * repository (github.com/hyphenation/tex-hyphen) at two revisions: the last one before the
 * offo 2.0 build of 2010-10-29, whose header is the licence the shipped patterns came with,
 * and the newest, whose structured header says how the authors license them today.
 *
 * Usage: java bin/HyphenationLicences.java OFFO_JAR TEX_HYPHEN_CLONE [DROPPED...] > docs/hyphenation-licences.md
 * DROPPED are the offo file names (cs, it, ...) the build leaves out of the shaded jar.
 */
public final class HyphenationLicences {
    /** The last hyph-utf8 commit before the offo 2.0 jar was built (2010-10-29). */
    private static final String SHIPPED_REVISION = "8546414b";
    private static final String PATTERNS = "hyph-utf8/tex/generic/hyph-utf8/patterns/tex/";

    /** offo file names that differ from hyph-utf8's: offo keeps the language's plain tag for one variety. */
    private static final Map<String, String> SOURCE_NAMES = Map.of(
            "de", "de-1996", "de_CH", "de-ch-1901", "el", "el-monoton", "en", "en-us",
            "mn", "mn-cyrl", "sr_Latn", "sh-latn");

    private static final Pattern LICENCE_LINE = Pattern.compile(
            "(?i)licen[cs]e|\\bGPL\\b|\\bLPPL\\b|public domain|permitted|commercial|not modified|copyright statement");
    private static final Pattern AUTHOR_LINE = Pattern.compile(
            "(?i)^(copyright\\b|\\(c\\)|©|author\\b|authors?:|created by)");

    private final Path clone;

    private HyphenationLicences(Path clone) {
        this.clone = clone;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java bin/HyphenationLicences.java OFFO_JAR TEX_HYPHEN_CLONE [DROPPED...]");
            System.exit(2);
        }
        Set<String> dropped = new TreeSet<>(List.of(args).subList(2, args.length));
        new HyphenationLicences(Path.of(args[1])).write(Path.of(args[0]), dropped);
    }

    private void write(Path jar, Set<String> dropped) throws IOException, InterruptedException {
        List<String> files = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                Matcher name = Pattern.compile("hyph/(.+)\\.hyp").matcher(entry.getName());
                if (name.matches()) {
                    files.add(name.group(1));
                }
            }
        }
        Collections.sort(files);
        String today = git("log", "-1", "--format=%h %cs", "HEAD").strip();
        System.out.println("# Licences of the hyphenation patterns\n");
        System.out.println("Generated from the offo jar and a clone of hyph-utf8; do not edit by hand. To regenerate:\n");
        System.out.println("```sh\ngit clone https://github.com/hyphenation/tex-hyphen /tmp/tex-hyphen\n"
                + "java bin/HyphenationLicences.java ~/.m2/repository/net/sf/offo/fop-hyph/2.0/fop-hyph-2.0.jar /tmp/tex-hyphen \\\n"
                + "    " + String.join(" ", dropped) + " > docs/hyphenation-licences.md\n```\n");
        System.out.println("The trailing names are the files the build leaves out (the shade filter in `pom.xml`); the"
                + " program warns when they differ from the files it finds incompatible.\n");
        System.out.println("The PDF is hyphenated with the compiled patterns of `" + jar.getFileName() + "` (offo project,"
                + " built 2010-10-29). A compiled `hyph/*.hyp` is a serialised Java object and states no licence, so"
                + " each row names the hyph-utf8 source it was converted from and quotes that source's header at"
                + " hyph-utf8 revision " + SHIPPED_REVISION + " (2010-10-26, the last before the offo build): that is"
                + " the licence the shipped patterns came with. The last column is what the newest hyph-utf8 header ("
                + today + ") says of the same language; the patterns may have changed since, and a later licence"
                + " applies to the shipped file only where the authors say so.\n");
        System.out.println("Shipped: " + (files.size() - dropped.size()) + " of the jar's " + files.size()
                + " files. Dropped by default (left out of the shaded jar and of `hyphenation-languages`): "
                + (dropped.isEmpty() ? "none" : String.join(", ", dropped)) + ".\n");
        System.out.println("| offo file | source (hyph-utf8) | licence (2010) | Apache-2.0 toolchain may ship it | shipped by default | authors (2010 header) | licence today | statement (2010 header) |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        List<String> incompatible = new ArrayList<>();
        for (String file : files) {
            String source = "hyph-" + SOURCE_NAMES.getOrDefault(file, file.replace('_', '-').toLowerCase(Locale.ROOT)) + ".tex";
            List<String> shipped = header(SHIPPED_REVISION, source).orElseThrow(
                    () -> new IOException(source + " is not in hyph-utf8 at " + SHIPPED_REVISION));
            List<String> statements = licenceParagraphs(shipped);
            String[] licence = classify(statements);
            if (licence[1].equals("no")) {
                incompatible.add(file);
            }
            String todayLicence = header("HEAD", source).map(HyphenationLicences::structuredLicence).orElse("no longer in hyph-utf8");
            System.out.println("| `hyph/" + file + ".hyp` | `" + source + "` | " + licence[0] + " | " + licence[1] + " | "
                    + (dropped.contains(file) ? "no" : "yes") + " | " + cell(authorLines(shipped)) + " | " + cell(List.of(todayLicence))
                    + " | " + cell(statements.isEmpty() ? List.of("(none)") : statements.stream().map(HyphenationLicences::excerpt).toList()) + " |");
        }
        System.out.println();
        System.out.println("Copyleft (GPL, LGPL) and use-restricting statements (no modification, non-commercial) answer"
                + " \"no\": a compiled `.hyp` is a modified, object form of its source, which such licences allow only"
                + " with the source and under their own terms, and the Apache Software Foundation lists GPL and LGPL among"
                + " the licences an Apache-2.0 distribution may not include. \"none stated\" means the 2010 header names no"
                + " licence; TeX Live, which takes only free software, distributed them, and most of their authors"
                + " license them freely today (last column), so they are shipped.");
        if (!incompatible.equals(new ArrayList<>(dropped))) {
            System.err.println("warning: the files answered \"no\" are " + incompatible + ", but the build drops " + dropped);
        }
    }

    /** The comment lines at the head of a pattern file, without their '%'. */
    private Optional<List<String>> header(String revision, String source) throws IOException, InterruptedException {
        if (git("ls-tree", "--name-only", revision, PATTERNS + source).isBlank()) {
            return Optional.empty();
        }
        String text = git("show", revision + ":" + PATTERNS + source);
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("\\patterns")) {
                break;
            }
            if (line.startsWith("%")) {
                lines.add(line.replaceFirst("^%+\\s?", "").stripTrailing());
            }
        }
        return Optional.of(lines);
    }

    /**
     * The paragraphs of the header that state a licence, whole. hyph-utf8's own conversion
     * notice ("the copyright/copyleft owner of patterns remains the original author") states
     * none of the patterns and is left out.
     */
    private static List<String> licenceParagraphs(List<String> header) {
        List<String> found = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : header) {
            String stripped = line.strip();
            boolean rule = stripped.matches("[-=*]{5,}.*");
            if (stripped.isEmpty() || rule) {
                keepIfLicence(paragraph.toString(), found);
                paragraph.setLength(0);
            } else {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(stripped);
            }
        }
        keepIfLicence(paragraph.toString(), found);
        return found;
    }

    private static void keepIfLicence(String paragraph, List<String> found) {
        if (LICENCE_LINE.matcher(paragraph).find() && !paragraph.contains("copyright/copyleft")
                && !paragraph.contains("copyright statement of this file")) {
            found.add(paragraph);
        }
    }

    /** A long paragraph shown from a little before its first licence word. */
    private static String excerpt(String paragraph) {
        if (paragraph.length() <= 320) {
            return paragraph;
        }
        Matcher word = LICENCE_LINE.matcher(paragraph);
        int from = word.find() ? Math.max(0, paragraph.lastIndexOf(' ', Math.max(0, word.start() - 60)) + 1) : 0;
        int to = Math.min(paragraph.length(), from + 300);
        return (from > 0 ? "\u2026 " : "") + paragraph.substring(from, to) + (to < paragraph.length() ? " \u2026" : "");
    }

    /** A short name for what the statements say, and whether an Apache-2.0/OFL toolchain may ship the compiled file. */
    private static String[] classify(List<String> statements) {
        String text = String.join(" ", statements);
        List<String> names = new ArrayList<>();
        boolean restricted = false;
        if (Pattern.compile("(?i)Lesser General Public|\\bLGPL\\b").matcher(text).find()) {
            names.add("LGPL" + version(text, "(?i)(?:Lesser General Public Licen[cs]e|LGPL)[^.]*?"));
            restricted = true;
        }
        if (Pattern.compile("(?i)(?<!Lesser )General Public Licen[cs]e|GNU GPL|GNU licence").matcher(text.replaceAll("(?i)Lesser General Public Licen[cs]e", "")).find()) {
            names.add("GPL" + version(text.replaceAll("(?i)Lesser General Public Licen[cs]e[^.]*", ""), "(?i)(?:General Public|GNU)[^.]*?"));
            restricted = true;
        }
        if (Pattern.compile("(?i)LaTeX Project Public|\\bLPPL\\b").matcher(text).find()) {
            names.add("LPPL" + version(text, "(?i)(?:LaTeX Project Public Licen[cs]e|LPPL)[^.]*?"));
        }
        if (text.contains("permitted in any medium without royalty")) {
            names.add("all-permissive notice");
        }
        if (text.contains("Free enough for Debian")) {
            names.add("informal: free for distributors");
        }
        if (text.contains("not modified")) {
            names.add("no modification");
            restricted = true;
        }
        if (Pattern.compile("(?i)non-commercial").matcher(text).find()) {
            names.add("non-commercial");
            restricted = true;
        }
        if (names.isEmpty()) {
            names.add("none stated");
        }
        return new String[] {String.join(" + ", names), restricted ? "no" : "yes"};
    }

    /** " 1.3+" from "... version 1.3 of this license or (at your option) any later version". */
    private static String version(String text, String lead) {
        Matcher matcher = Pattern.compile(lead + "version\\s+(\\d(?:\\.\\d+)?)([^.]{0,80})").matcher(text);
        if (!matcher.find()) {
            return "";
        }
        return " " + matcher.group(1) + (matcher.group(2).matches("(?i).*(later|\\+).*") ? "+" : "");
    }

    private static List<String> authorLines(List<String> header) {
        Set<String> found = new LinkedHashSet<>();
        for (String line : header) {
            String stripped = line.strip();
            if (AUTHOR_LINE.matcher(stripped).find() && !stripped.contains("\"copyright/copyleft\"")) {
                found.add(stripped.replaceAll("<[^>]*>|\\S+@\\S+", "").strip());
            }
        }
        return found.isEmpty() ? List.of("not named") : found.stream().limit(2).toList();
    }

    /** The names (and versions) under the "licence:" key of hyph-utf8's YAML-style header. */
    private static String structuredLicence(List<String> header) {
        List<String> names = new ArrayList<>();
        boolean inLicence = false;
        String pending = null;
        String firstText = null;
        boolean textFollows = false;
        for (String line : header) {
            if (line.matches("licence:.*")) {
                inLicence = true;
                continue;
            }
            if (inLicence && !line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
                break;
            }
            if (inLicence && textFollows && firstText == null && !line.isBlank()) {
                firstText = "text only: \u201c" + line.strip() + " \u2026\u201d";
            }
            if (inLicence && line.matches("\\s*-?\\s*text:.*")) {
                textFollows = true;
            }
            if (inLicence) {
                Matcher name = Pattern.compile("\\s*-?\\s*name:\\s*(.+)").matcher(line);
                Matcher version = Pattern.compile("\\s*version:\\s*(.+)").matcher(line);
                Matcher later = Pattern.compile("\\s*or_later:\\s*true").matcher(line);
                if (name.matches()) {
                    if (pending != null) {
                        names.add(pending);
                    }
                    pending = name.group(1).strip();
                } else if (version.matches() && pending != null) {
                    pending += " " + version.group(1).strip();
                } else if (later.matches() && pending != null) {
                    pending += " or later";
                }
            }
        }
        if (pending != null) {
            names.add(pending);
        }
        if (names.isEmpty()) {
            return firstText != null ? firstText : "not given";
        }
        return String.join(" / ", names);
    }

    private static String cell(List<String> lines) {
        return String.join("<br>", lines).replace("|", "\\|");
    }

    private String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "--git-dir", gitDir().toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out;
        try (InputStream in = process.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (process.waitFor() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed in " + clone);
        }
        return out;
    }

    /** A working clone has .git; a bare or mirror clone is itself the git directory. */
    private Path gitDir() {
        return Files.isDirectory(clone.resolve(".git")) ? clone.resolve(".git") : clone;
    }
}
