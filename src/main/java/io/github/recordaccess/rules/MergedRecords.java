package io.github.recordaccess.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the merges among a practice's records resolve. A source that merges two records keeps the old one,
 * linked {@code replaced-by} to the survivor (and the survivor {@code replaces} to it); either side, or both,
 * may carry the link, and merges chain. A replaced record is no patient of its own: its entries count for
 * the survivor, as if recorded there. Records linked to one another form a group; a group settles only when
 * it has exactly one survivor in the practice, every other record is replaced by exactly one record, and
 * the entries of every replaced record are at hand. Otherwise (a cycle, a record replaced by two records, a
 * survivor outside the practice, a link that cannot be read, or a replaced record outside the practice
 * whose entries were not fetched) no one can say whose entries are whose, so every record of the group is
 * a case for review.
 */
public final class MergedRecords {

    /**
     * One record merged into a survivor: its entries, and its NHS numbers as compared (none for a record
     * outside the practice, whose Patient was not read).
     */
    record Merged(String recordId, List<CodedEvent> events, List<String> nhsNumbers) {}

    private static final MergedRecords NONE = new MergedRecords(Map.of(), Map.of(), Set.of());

    /** Replaced record of the practice → its survivor. */
    private final Map<String, String> survivorOf;
    /** Survivor → the records merged into it, in the practice's order (records outside it last). */
    private final Map<String, List<Merged>> mergedInto;

    private final Set<String> unresolved;

    private MergedRecords(
            Map<String, String> survivorOf, Map<String, List<Merged>> mergedInto, Set<String> unresolved) {
        this.survivorOf = survivorOf;
        this.mergedInto = mergedInto;
        this.unresolved = unresolved;
    }

    public static MergedRecords among(Collection<PatientFacts> patients) {
        if (patients.stream().allMatch(p -> p.links().isEmpty())) {
            return NONE; // the usual practice: nothing to follow
        }
        Map<String, PatientFacts> practice = new LinkedHashMap<>();
        patients.forEach(p -> practice.putIfAbsent(p.patientId(), p));
        // Each link read as "old is replaced by new", whichever side carries it.
        Map<String, Set<String>> replacers = new LinkedHashMap<>();
        Groups groups = new Groups();
        for (PatientFacts p : practice.values()) {
            if (p.links().unreadable()) {
                groups.add(p.patientId());
            }
            p.links().replacedBy().forEach(survivor -> link(p.patientId(), survivor, replacers, groups));
            p.links().replaces().forEach(old -> link(old, p.patientId(), replacers, groups));
        }
        Map<String, String> survivorOf = new HashMap<>();
        Map<String, List<Merged>> mergedInto = new HashMap<>();
        Set<String> unresolved = new HashSet<>();
        for (Set<String> group : groups.all()) {
            List<String> survivors =
                    group.stream().filter(id -> !replacers.containsKey(id)).toList();
            boolean settles = survivors.size() == 1
                    && practice.containsKey(survivors.get(0))
                    && group.stream().allMatch(id -> settles(id, practice, replacers));
            if (!settles) {
                group.stream().filter(practice::containsKey).forEach(unresolved::add);
                continue;
            }
            String survivor = survivors.get(0);
            List<Merged> merged = new ArrayList<>();
            for (String id : group) {
                if (id.equals(survivor)) {
                    continue;
                }
                if (practice.containsKey(id)) {
                    survivorOf.put(id, survivor);
                    PatientFacts old = practice.get(id);
                    merged.add(new Merged(id, old.events(), old.comparableNhsNumbers()));
                } else {
                    String replacer = replacers.get(id).iterator().next();
                    merged.add(new Merged(
                            id,
                            practice.get(replacer).links().entriesOfReplaced().get(id),
                            List.of()));
                }
            }
            mergedInto.put(survivor, List.copyOf(merged));
        }
        return new MergedRecords(survivorOf, mergedInto, unresolved);
    }

    /**
     * One record of a group settles when it is readable and replaced by at most one record; a replaced record
     * outside the practice (only a record of the practice can name it, by replaces) needs its fetched entries.
     * Where the chain ends is for the group to say: at exactly one survivor, in the practice.
     */
    private static boolean settles(String id, Map<String, PatientFacts> practice, Map<String, Set<String>> replacers) {
        Set<String> by = replacers.getOrDefault(id, Set.of());
        if (by.size() > 1) {
            return false;
        }
        if (practice.containsKey(id)) {
            return !practice.get(id).links().unreadable();
        }
        return by.size() == 1
                && practice.get(by.iterator().next())
                        .links()
                        .entriesOfReplaced()
                        .containsKey(id);
    }

    private static void link(String old, String survivor, Map<String, Set<String>> replacers, Groups groups) {
        replacers.computeIfAbsent(old, id -> new LinkedHashSet<>()).add(survivor);
        groups.join(old, survivor);
    }

    /** True for a record replaced by another of the practice, in a merge that settles. */
    public boolean isReplaced(String patientId) {
        return survivorOf.containsKey(patientId);
    }

    /** True for a record of a group whose merge does not settle. */
    public boolean isUnresolved(String patientId) {
        return unresolved.contains(patientId);
    }

    /** The records merged into a survivor, with their entries; empty for any other record. */
    List<Merged> mergedInto(String patientId) {
        return mergedInto.getOrDefault(patientId, List.of());
    }

    /**
     * The NHS numbers a record is compared by for duplicates: its own, and for a survivor those of the
     * records of the practice merged into it, which are the same person's.
     */
    List<String> comparableNhsNumbers(PatientFacts patient) {
        List<Merged> merged = mergedInto(patient.patientId());
        if (merged.isEmpty()) {
            return patient.comparableNhsNumbers();
        }
        Set<String> numbers = new LinkedHashSet<>(patient.comparableNhsNumbers());
        merged.forEach(m -> numbers.addAll(m.nhsNumbers()));
        return List.copyOf(numbers);
    }

    /** Records joined by links, as groups (union-find), each group in the order its records were met. */
    private static final class Groups {

        private final Map<String, String> parent = new LinkedHashMap<>();

        void add(String id) {
            parent.putIfAbsent(id, id);
        }

        void join(String a, String b) {
            add(a);
            add(b);
            String rootA = root(a);
            String rootB = root(b);
            if (!rootA.equals(rootB)) {
                parent.put(rootB, rootA);
            }
        }

        private String root(String id) {
            String root = id;
            while (!parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            return root;
        }

        Collection<Set<String>> all() {
            Map<String, Set<String>> groups = new LinkedHashMap<>();
            parent.keySet()
                    .forEach(id -> groups.computeIfAbsent(root(id), r -> new LinkedHashSet<>())
                            .add(id));
            return groups.values();
        }
    }
}
