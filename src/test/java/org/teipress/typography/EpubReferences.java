package org.teipress.typography;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The cited works of a TEI source, counted independently of the stylesheets: one per address. */
final class EpubReferences {
    private static final Pattern NOTE = Pattern.compile("<note\\b.*?</note>", Pattern.DOTALL);
    private static final Pattern PTR = Pattern.compile("<ptr\\s+target=\"([^\"]*)\"");

    private EpubReferences() {
    }

    /** Addresses cited in notes; http/https and a trailing slash do not make another work. */
    static Set<String> citedAddresses(Path source) throws IOException {
        Set<String> addresses = new LinkedHashSet<>();
        Matcher note = NOTE.matcher(Files.readString(source));
        while (note.find()) {
            Matcher ptr = PTR.matcher(note.group());
            while (ptr.find()) {
                addresses.add(comparable(ptr.group(1)));
            }
        }
        return addresses;
    }

    static String comparable(String address) {
        return address.replaceFirst("^https?://", "").replaceFirst("/$", "").toLowerCase(Locale.ROOT);
    }

    static long expectedWorks(Path source) throws IOException {
        return citedAddresses(source).size();
    }
}
