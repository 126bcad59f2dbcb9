package org.teipress.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one check found in one output: its figures (counts, coverage) and its findings. */
public final class CheckResult {
    private final String check;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<Referee> referees = new ArrayList<>();
    private long millis;

    public CheckResult(String check) {
        this.check = check;
    }

    public String check() {
        return check;
    }

    public void figure(String name, Object value) {
        figures.put(name, value);
    }

    /** Names a program whose judgement this result reports. */
    public void judgedBy(Referee referee) {
        if (!referees.contains(referee)) {
            referees.add(referee);
        }
    }

    public List<Referee> referees() {
        return Collections.unmodifiableList(referees);
    }

    public void error(String message, SourcePlace place) {
        findings.add(new Finding(check, Finding.Severity.ERROR, message, place));
    }

    public void warning(String message, SourcePlace place) {
        findings.add(new Finding(check, Finding.Severity.WARNING, message, place));
    }

    public void note(String message, SourcePlace place) {
        findings.add(new Finding(check, Finding.Severity.NOTE, message, place));
    }

    void took(long milliseconds) {
        this.millis = milliseconds;
    }

    public long millis() {
        return millis;
    }

    public Map<String, Object> figures() {
        return Collections.unmodifiableMap(figures);
    }

    public List<Finding> findings() {
        return Collections.unmodifiableList(findings);
    }

    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
    }

    public boolean passed() {
        return errors().isEmpty();
    }
}
