package org.teipress.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EPUB as Chromium, the engine of most reading systems, lays it out: each chapter is opened
 * headless with a script that measures it (compressed punctuation, the spacing between Han and
 * Western text) and writes the figures into an attribute of the body. Chromium is required
 * (property teipress.chromium, by default Debian's /usr/bin/chromium); without it the test fails
 * rather than pass unmeasured.
 */
class ReportEpubInChromiumIT {
    @Test
    void adjacentFullWidthMarksMeasureOneAndAHalfEm(@TempDir Path unpacked) throws Exception {
        Path chromium = chromium();
        List<Path> chapters = unpack(unpacked, "measure-squeeze.js");
        List<String> wrong = new ArrayList<>();
        int pairs = 0;
        for (Path chapter : chapters) {
            for (String pair : measure(chromium, chapter, "data-squeeze")) {
                pairs++;
                // From the first mark's start to the second's: 0.5 em when compressed, 1 em when not.
                double advance = Double.parseDouble(pair.substring(pair.indexOf(':') + 1));
                if (advance < 0.4 || advance > 0.6) {
                    wrong.add(chapter.getFileName() + " " + pair);
                }
            }
        }
        assertTrue(pairs > 0, "no compressed pair measured in " + chapters.size() + " chapters");
        assertTrue(wrong.isEmpty(), pairs + " pairs; first mark not half an em: " + wrong);
    }

    /**
     * The quarter-em space between Han and Western text is spacing only: the text holds no white
     * space there (so "7月4日" is found and copied as written), yet Chromium sets a quarter em
     * on each side of the run (a generated space, span.qs-before::before, span.qs-after::after).
     */
    @Test
    void hanAndWesternTextAreSetApartWithoutASpaceCharacter(@TempDir Path unpacked) throws Exception {
        Path chromium = chromium();
        List<Path> chapters = unpack(unpacked, "measure-autospace.js");
        List<String> wrong = new ArrayList<>();
        List<String> spaced = new ArrayList<>();
        int pairs = 0;
        for (Path chapter : chapters) {
            String dom = dom(chromium, chapter);
            for (String pair : attribute(dom, "data-autospace", chapter)) {
                pairs++;
                double gap = Double.parseDouble(pair.substring(pair.indexOf(':') + 1));
                if (gap < 0.2 || gap > 0.3) {
                    wrong.add(chapter.getFileName() + " " + pair);
                }
            }
            attribute(dom, "data-spaced-text", chapter).forEach(s -> spaced.add(chapter.getFileName() + " " + s));
        }
        assertTrue(pairs > 50, "only " + pairs + " Han–Western pairs measured in " + chapters.size() + " chapters");
        assertTrue(wrong.isEmpty(), pairs + " runs; gap not 0.2–0.3 em a side: " + wrong);
        assertTrue(spaced.isEmpty(), "white space in the text between Han and Western characters: " + spaced);
    }

    /**
     * Chromium draws the headings' Han text in Noto Sans SC Bold (黑体) and the abstract's in LXGW
     * WenKai (楷体), as fonts/fonts.xml asks for Chinese: each element's text drawn in its
     * computed font must be pixel for pixel the text drawn in that embedded family alone, and
     * unlike the other candidates (the body's Noto Serif SC among them).
     */
    @Test
    void headingsAndAbstractAreDrawnInTheirRoleFaces(@TempDir Path unpacked) throws Exception {
        Path chromium = chromium();
        List<String> drawn = new ArrayList<>();
        for (Path page : unpack(unpacked, "measure-faces.js", "titlepage\\.xhtml|sec[12]\\.xhtml")) {
            measure(chromium, page, "data-faces").forEach(probe -> drawn.add(page.getFileName() + ":" + probe));
        }
        assertEquals(List.of("sec1.xhtml:h1=Noto_Sans_SC@700", "sec1.xhtml:h2=Noto_Sans_SC@700",
                "sec2.xhtml:h1=Noto_Sans_SC@700", "sec2.xhtml:h2=Noto_Sans_SC@700",
                "titlepage.xhtml:h1=Noto_Sans_SC@700", "titlepage.xhtml:.abstract_p=LXGW_WenKai@400"),
                drawn.stream().sorted(java.util.Comparator.comparing((String probe) -> probe.substring(0, probe.indexOf(':')))).toList());
    }

    private static Path chromium() {
        Path chromium = Path.of(System.getProperty("teipress.chromium", "/usr/bin/chromium"));
        assertTrue(Files.isExecutable(chromium), "Chromium is needed to measure the EPUB: " + chromium);
        return chromium;
    }

    /** The report's chapters, unpacked into {@code into}, each loading the measuring script. */
    private static List<Path> unpack(Path into, String scriptName) throws IOException {
        return unpack(into, scriptName, "sec.*\\.xhtml");
    }

    /** The report's content documents whose names match {@code pages}, each loading the script. */
    private static List<Path> unpack(Path into, String scriptName, String pages) throws IOException {
        Path script = into.resolve(scriptName);
        try (InputStream in = ReportEpubInChromiumIT.class.getResourceAsStream("/typography/" + scriptName)) {
            Files.copy(in, script);
        }
        Path epub = PublishedReport.epub();
        List<Path> chapters = new ArrayList<>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (entry.isDirectory() || !target.startsWith(into)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(zip.getInputStream(entry), target);
                if (target.getFileName().toString().matches(pages)) {
                    String text = Files.readString(target, StandardCharsets.UTF_8);
                    Files.writeString(target, text.replace("</head>",
                            "<script src=\"" + script.toUri() + "\"></script></head>"), StandardCharsets.UTF_8);
                    chapters.add(target);
                }
            }
        }
        return chapters;
    }

    private static List<String> measure(Path chromium, Path chapter, String attribute)
            throws IOException, InterruptedException {
        return attribute(dom(chromium, chapter), attribute, chapter);
    }

    private static String dom(Path chromium, Path chapter) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--allow-file-access-from-files", "--virtual-time-budget=3000", "--dump-dom", chapter.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("Chromium did not finish on " + chapter);
        }
        return dom;
    }

    /** The space-separated items the script wrote into {@code name}; failing when it wrote none. */
    private static List<String> attribute(String dom, String name, Path chapter) throws IOException {
        Matcher measured = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
        if (!measured.find()) {
            throw new IOException("Chromium ran no measurement (" + name + ") on " + chapter);
        }
        return measured.group(1).isEmpty() ? List.of() : List.of(measured.group(1).split(" "));
    }
}
