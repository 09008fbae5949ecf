package io.github.recordaccess.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which codings stand for which {@link CodeKind}. Matching is on system and code together: the same
 * digits under another system do not count, but are reported as a near miss, since a mistyped system
 * must not make a 104 invisible. ICBs may add local equivalents through configuration.
 */
public final class CodeSets {

    public static final String SNOMED = "http://snomed.info/sct";
    public static final Coding SNOMED_103 = new Coding(SNOMED, "1290331000000103");
    public static final Coding SNOMED_104 = new Coding(SNOMED, "1364731000000104");
    public static final Coding SNOMED_106 = new Coding(SNOMED, "1364751000000106");

    private final Map<CodeKind, Set<Coding>> codings;
    private final Map<CodeKind, Set<String>> codeValues;

    /** The opt-out codes given, with the default safeguarding concern list. */
    public CodeSets(
            Collection<Coding> declined, Collection<Coding> reviewIndicated, Collection<Coding> reviewNotIndicated) {
        this(declined, reviewIndicated, reviewNotIndicated, SafeguardingCodes.RCGP_ESSENTIAL);
    }

    public CodeSets(
            Collection<Coding> declined,
            Collection<Coding> reviewIndicated,
            Collection<Coding> reviewNotIndicated,
            Collection<Coding> safeguardingConcerns) {
        Map<CodeKind, Set<Coding>> map = new EnumMap<>(CodeKind.class);
        map.put(CodeKind.DECLINED_103, Set.copyOf(declined));
        map.put(CodeKind.REVIEW_INDICATED_104, Set.copyOf(reviewIndicated));
        map.put(CodeKind.REVIEW_NOT_INDICATED_106, Set.copyOf(reviewNotIndicated));
        map.put(CodeKind.SAFEGUARDING_CONCERN, Set.copyOf(safeguardingConcerns));
        map.forEach((kind, set) -> {
            if (set.isEmpty()) {
                throw new IllegalArgumentException("no codes configured for " + kind);
            }
        });
        for (Coding coding : map.get(CodeKind.REVIEW_NOT_INDICATED_106)) {
            if (map.get(CodeKind.DECLINED_103).contains(coding)
                    || map.get(CodeKind.REVIEW_INDICATED_104).contains(coding)) {
                throw new IllegalArgumentException(coding + " is configured both as a 106 and as a 103 or 104");
            }
        }
        // A concern is weighed against 106s: the same coding cannot be both a concern and an opt-out code.
        for (Coding coding : map.get(CodeKind.SAFEGUARDING_CONCERN)) {
            if (map.get(CodeKind.DECLINED_103).contains(coding)
                    || map.get(CodeKind.REVIEW_INDICATED_104).contains(coding)
                    || map.get(CodeKind.REVIEW_NOT_INDICATED_106).contains(coding)) {
                throw new IllegalArgumentException(
                        coding + " is configured both as a safeguarding concern and as a 103, 104 or 106");
            }
        }
        this.codings = map;
        Map<CodeKind, Set<String>> values = new EnumMap<>(CodeKind.class);
        map.forEach((kind, set) ->
                values.put(kind, set.stream().map(Coding::code).collect(Collectors.toUnmodifiableSet())));
        this.codeValues = values;
    }

    /** The SNOMED CT codes 103, 104 and 106, and the default safeguarding concern list. */
    public static CodeSets snomedDefaults() {
        return new CodeSets(List.of(SNOMED_103), List.of(SNOMED_104), List.of(SNOMED_106));
    }

    public Set<Coding> of(CodeKind kind) {
        return codings.get(kind);
    }

    /**
     * The distinct code values of every configured coding, 103s first, safeguarding concerns last. Searching by value alone finds
     * entries whatever their system, so near misses are seen rather than silently missed.
     */
    public List<String> codeValues() {
        Set<String> values = new LinkedHashSet<>();
        for (CodeKind kind : CodeKind.values()) {
            codings.get(kind).stream().map(Coding::code).sorted().forEach(values::add);
        }
        return List.copyOf(values);
    }

    /**
     * What a resource's codings stand for: per kind, the coding that is configured for it (system and
     * code), else a near miss, a coding with a configured code value under another system or none. A
     * resource coded with several kinds yields one match per kind, so contradictory coding ends in
     * review rather than in a guess.
     */
    public List<Match> match(Collection<Coding> resourceCodings) {
        List<Match> matches = new ArrayList<>(1);
        for (CodeKind kind : CodeKind.values()) {
            Set<Coding> exact = codings.get(kind);
            Set<String> values = codeValues.get(kind);
            Optional<Coding> recognised =
                    resourceCodings.stream().filter(exact::contains).findFirst();
            if (recognised.isPresent()) {
                matches.add(new Match(kind, recognised.get(), true));
            } else {
                resourceCodings.stream()
                        .filter(c -> values.contains(c.code()))
                        .findFirst()
                        .ifPresent(nearMiss -> matches.add(new Match(kind, nearMiss, false)));
            }
        }
        return matches;
    }

    /** One kind a resource is coded with, and whether its coding is recognised or a near miss. */
    public record Match(CodeKind kind, Coding coding, boolean recognised) {}
}
