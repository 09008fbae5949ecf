package io.github.recordaccess.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link SafetyPropertiesTest}'s own reading of merged records, written apart from the engine's: each record's
 * chain of replacements is walked one link at a time. A record settles on a survivor when its walk meets no
 * unreadable link, no record replaced by two, no record seen twice, no record outside the practice without
 * its fetched entries, and ends at a record of the practice that nothing replaces; a group of linked records
 * settles when every record of it settles on the same survivor.
 */
final class IndependentMerges {

    /** What the merge rules make of one record. */
    enum Standing {
        /** No link involves the record. */
        UNLINKED,
        /** The survivor of a group that settles. */
        SURVIVOR,
        /** Replaced by a survivor of the practice in a group that settles. */
        REPLACED,
        /** In a group that does not settle. */
        UNRESOLVED
    }

    private final Map<String, PatientFacts> practice = new LinkedHashMap<>();

    IndependentMerges(List<PatientFacts> records) {
        records.forEach(r -> practice.put(r.patientId(), r));
    }

    Standing standingOf(PatientFacts record) {
        Set<String> group = groupOf(record.patientId());
        if (group.size() == 1 && record.links().isEmpty()) {
            return Standing.UNLINKED;
        }
        String survivor = settledSurvivor(group);
        if (survivor == null) {
            return Standing.UNRESOLVED;
        }
        return survivor.equals(record.patientId()) ? Standing.SURVIVOR : Standing.REPLACED;
    }

    /** The entries that count for the record: a survivor's with its group's, none for a replaced record. */
    List<CodedEvent> entriesCountingFor(PatientFacts record) {
        return switch (standingOf(record)) {
            case REPLACED -> List.of();
            case UNLINKED, UNRESOLVED -> record.events();
            case SURVIVOR -> {
                List<CodedEvent> all = new ArrayList<>();
                for (String id : groupOf(record.patientId())) {
                    if (practice.containsKey(id)) {
                        all.addAll(practice.get(id).events());
                    } else {
                        all.addAll(fetchedEntriesOf(id));
                    }
                }
                yield all;
            }
        };
    }

    /**
     * The record that stands for this one when records are compared for duplicates: its survivor when it is
     * replaced, else itself.
     */
    PatientFacts representativeOf(PatientFacts record) {
        return standingOf(record) == Standing.REPLACED
                ? practice.get(settledSurvivor(groupOf(record.patientId())))
                : record;
    }

    /** The practice's records of the record's group (the record alone when it is unlinked). */
    List<PatientFacts> recordsOfGroup(PatientFacts record) {
        return groupOf(record.patientId()).stream()
                .filter(practice::containsKey)
                .map(practice::get)
                .toList();
    }

    private String settledSurvivor(Set<String> group) {
        Set<String> survivors = new HashSet<>();
        for (String id : group) {
            survivors.add(walk(id));
        }
        return survivors.size() == 1 ? survivors.iterator().next() : null;
    }

    /** Where the record's chain ends, or null (never a record's id) when it does not settle. */
    private String walk(String start) {
        Set<String> seen = new HashSet<>();
        String at = start;
        while (seen.add(at)) {
            PatientFacts record = practice.get(at);
            if (record != null && record.links().unreadable()) {
                return null;
            }
            Set<String> replacers = replacersOf(at);
            if (record == null && (replacers.size() != 1 || !fetched(at))) {
                return null; // outside the practice: a survivor there, or a replaced record without its entries
            }
            if (replacers.isEmpty()) {
                return at;
            }
            if (replacers.size() > 1) {
                return null;
            }
            at = replacers.iterator().next();
        }
        return null; // a cycle
    }

    private Set<String> replacersOf(String id) {
        Set<String> replacers = new LinkedHashSet<>();
        PatientFacts record = practice.get(id);
        if (record != null) {
            replacers.addAll(record.links().replacedBy());
        }
        practice.values().stream()
                .filter(r -> r.links().replaces().contains(id))
                .forEach(r -> replacers.add(r.patientId()));
        return replacers;
    }

    private boolean fetched(String outsideId) {
        return practice.values().stream()
                .anyMatch(r -> r.links().entriesOfReplaced().containsKey(outsideId));
    }

    private List<CodedEvent> fetchedEntriesOf(String outsideId) {
        return practice.values().stream()
                .filter(r -> r.links().entriesOfReplaced().containsKey(outsideId))
                .findFirst()
                .map(r -> r.links().entriesOfReplaced().get(outsideId))
                .orElseThrow();
    }

    /** Every id linked to {@code id}, directly or through others, whichever side carries each link. */
    private Set<String> groupOf(String id) {
        Set<String> group = new LinkedHashSet<>(List.of(id));
        Deque<String> next = new ArrayDeque<>(group);
        while (!next.isEmpty()) {
            String at = next.pop();
            Set<String> neighbours = new HashSet<>(replacersOf(at));
            PatientFacts record = practice.get(at);
            if (record != null) {
                neighbours.addAll(record.links().replaces());
            }
            practice.values().stream()
                    .filter(r -> r.links().replacedBy().contains(at))
                    .forEach(r -> neighbours.add(r.patientId()));
            for (String n : neighbours) {
                if (group.add(n)) {
                    next.push(n);
                }
            }
        }
        return group;
    }
}
