package org.teipress.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The main language of a text that does not declare one, from its letters: the script most of
 * them are in, then, for Han, whether traditional or simplified forms prevail, and for Latin
 * script, whose frequent words occur most often. The word lists and character pairs are data
 * ({@code stop-words.properties}, {@code han-variants.txt}); a text with no letters, or Latin
 * letters and none of the listed words, is taken to be English.
 */
public final class MainLanguage {
    /** What tei-press assumes when the text says nothing about its language. */
    public static final String FALLBACK = "en";
    private static final int SAMPLE = 200_000;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** The language found and why, for the progress output. */
    public record Guess(String language, String reason) { }

    private final Map<String, Set<String>> stopWords;
    private final Set<Integer> simplified = new HashSet<>();
    private final Set<Integer> traditional = new HashSet<>();

    public MainLanguage() {
        this.stopWords = readStopWords();
        readHanVariants();
    }

    public Guess of(CharSequence text) {
        String sample = text.length() > SAMPLE ? text.subSequence(0, SAMPLE).toString() : text.toString();
        Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
        int letters = 0;
        for (int i = 0; i < sample.length(); ) {
            int c = sample.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c) || Character.isIdeographic(c)) {
                scripts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
                letters++;
            }
        }
        if (letters == 0) {
            return new Guess(FALLBACK, "the text has no letters");
        }
        Character.UnicodeScript main = scripts.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String share = Math.round(100.0 * scripts.get(main) / letters) + "% of the letters";
        return switch (main) {
            case HAN -> han(sample, share);
            case CYRILLIC -> new Guess("ru", "Cyrillic script, " + share);
            case GREEK -> new Guess("el", "Greek script, " + share);
            case LATIN -> latin(sample, share);
            default -> new Guess(FALLBACK, main.name().toLowerCase(Locale.ROOT) + " script (" + share
                    + "), a language tei-press does not detect");
        };
    }

    private Guess han(String sample, String share) {
        int traditionalForms = 0;
        int simplifiedForms = 0;
        for (int i = 0; i < sample.length(); ) {
            int c = sample.codePointAt(i);
            i += Character.charCount(c);
            if (traditional.contains(c)) {
                traditionalForms++;
            } else if (simplified.contains(c)) {
                simplifiedForms++;
            }
        }
        String counts = " (" + traditionalForms + " traditional, " + simplifiedForms + " simplified forms)";
        return traditionalForms > simplifiedForms
                ? new Guess("zh-Hant", "Han script, " + share + ", traditional characters" + counts)
                : new Guess("zh-Hans", "Han script, " + share + ", simplified characters" + counts);
    }

    private Guess latin(String sample, String share) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        stopWords.keySet().forEach(language -> hits.put(language, 0));
        Matcher words = WORD.matcher(sample.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            stopWords.forEach((language, list) -> {
                if (list.contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        Map.Entry<String, Integer> best = hits.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElse(Map.entry(FALLBACK, 0));
        if (best.getValue() == 0) {
            return new Guess(FALLBACK, "Latin script, " + share + ", none of the listed frequent words");
        }
        return new Guess(best.getKey(), "Latin script, " + share + ", frequent words " + hits);
    }

    private static Map<String, Set<String>> readStopWords() {
        Properties properties = new Properties();
        try (InputStream in = resource("stop-words.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("stop-words.properties cannot be read: " + e.getMessage(), e);
        }
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(language ->
                lists.put(language, Set.of(properties.getProperty(language).strip().split("\\s+"))));
        return lists;
    }

    private void readHanVariants() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource("han-variants.txt"), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> {
                        String[] pair = line.split("\\s+");
                        simplified.add(pair[0].codePointAt(0));
                        traditional.add(pair[1].codePointAt(0));
                    });
        } catch (IOException e) {
            throw new IllegalStateException("han-variants.txt cannot be read: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = MainLanguage.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the class path; rebuild with 'mvn package'.");
        }
        return in;
    }
}
