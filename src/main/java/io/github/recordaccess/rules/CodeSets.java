package io.github.recordaccess.rules;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which codings stand for which {@link CodeKind}. Matching is on system and code together: the same
 * digits under another system do not count. ICBs may add local equivalents through configuration.
 */
public final class CodeSets {

    public static final String SNOMED = "http://snomed.info/sct";
    public static final Coding SNOMED_103 = new Coding(SNOMED, "1290331000000103");
    public static final Coding SNOMED_104 = new Coding(SNOMED, "1364731000000104");
    public static final Coding SNOMED_106 = new Coding(SNOMED, "1364751000000106");

    private final Map<CodeKind, Set<Coding>> codings;

    public CodeSets(Collection<Coding> declined, Collection<Coding> reviewIndicated, Collection<Coding> reviewNotIndicated) {
        Map<CodeKind, Set<Coding>> map = new EnumMap<>(CodeKind.class);
        map.put(CodeKind.DECLINED_103, Set.copyOf(declined));
        map.put(CodeKind.REVIEW_INDICATED_104, Set.copyOf(reviewIndicated));
        map.put(CodeKind.REVIEW_NOT_INDICATED_106, Set.copyOf(reviewNotIndicated));
        map.forEach((kind, set) -> {
            if (set.isEmpty()) {
                throw new IllegalArgumentException("no codes configured for " + kind);
            }
        });
        for (Coding coding : map.get(CodeKind.REVIEW_NOT_INDICATED_106)) {
            if (map.get(CodeKind.DECLINED_103).contains(coding) || map.get(CodeKind.REVIEW_INDICATED_104).contains(coding)) {
                throw new IllegalArgumentException(coding + " is configured both as a 106 and as a 103 or 104");
            }
        }
        this.codings = map;
    }

    /** The SNOMED CT codes 103, 104 and 106 only. */
    public static CodeSets snomedDefaults() {
        return new CodeSets(List.of(SNOMED_103), List.of(SNOMED_104), List.of(SNOMED_106));
    }

    public Set<Coding> of(CodeKind kind) {
        return codings.get(kind);
    }

    /** Every configured coding, 103s first, then 104s and 106s. */
    public List<Coding> all() {
        List<Coding> all = new java.util.ArrayList<>();
        for (CodeKind kind : CodeKind.values()) {
            all.addAll(codings.get(kind));
        }
        return all;
    }

    /**
     * Every kind that any of the codings stands for. A resource coded with several kinds yields one
     * event per kind, so contradictory coding ends in review rather than in a guess.
     */
    public Set<CodeKind> classify(Collection<Coding> resourceCodings) {
        Set<CodeKind> kinds = EnumSet.noneOf(CodeKind.class);
        for (Coding coding : resourceCodings) {
            codings.forEach((kind, set) -> {
                if (set.contains(coding)) {
                    kinds.add(kind);
                }
            });
        }
        return kinds;
    }

    /** The first of the codings that stands for {@code kind}. */
    public Coding matching(CodeKind kind, Collection<Coding> resourceCodings) {
        return resourceCodings.stream().filter(codings.get(kind)::contains).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no coding of kind " + kind));
    }
}
