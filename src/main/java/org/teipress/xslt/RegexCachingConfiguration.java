package org.teipress.xslt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.Configuration;
import net.sf.saxon.regex.RegularExpression;
import net.sf.saxon.str.UnicodeString;
import net.sf.saxon.trans.XPathException;

/**
 * A Saxon configuration that compiles each regular expression once. Saxon binds a regex at
 * stylesheet compile time only when it is a string literal; one built from a variable (the
 * normalising pass's script-run pattern, the locale's abbreviations) is compiled again on every
 * call, which was half of the normalising pass's time on a long book. A compiled expression is
 * immutable and shared between threads, as Saxon shares the ones it binds itself, so the cache
 * changes no result.
 */
public final class RegexCachingConfiguration extends Configuration {
    /** Beyond this many distinct expressions the cache starts again: a bound on memory, not a policy. */
    static final int LIMIT = 4096;

    private final Map<Key, Compiled> cache = new ConcurrentHashMap<>();

    @Override
    public RegularExpression compileRegularExpression(UnicodeString regex, String flags, String hostLanguage,
            List<String> warnings) throws XPathException {
        Key key = new Key(regex.toString(), flags, hostLanguage);
        Compiled compiled = cache.get(key);
        if (compiled == null) {
            List<String> raised = new ArrayList<>();
            RegularExpression expression = super.compileRegularExpression(regex, flags, hostLanguage, raised);
            compiled = new Compiled(expression, List.copyOf(raised));
            if (cache.size() >= LIMIT) {
                cache.clear();
            }
            cache.put(key, compiled);
        }
        if (warnings != null) {
            warnings.addAll(compiled.warnings());
        }
        return compiled.expression();
    }

    /** How many distinct expressions are held; for tests. */
    int cached() {
        return cache.size();
    }

    private record Key(String regex, String flags, String hostLanguage) {
    }

    /** An expression with the warnings its compilation raised, handed to every caller alike. */
    private record Compiled(RegularExpression expression, List<String> warnings) {
    }
}
