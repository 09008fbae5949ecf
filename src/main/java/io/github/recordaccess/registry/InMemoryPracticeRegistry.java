package io.github.recordaccess.registry;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Placeholder until the registry lives in the database. */
@ApplicationScoped
public class InMemoryPracticeRegistry implements PracticeRegistry {

    private final Map<String, PracticeEntry> practices = new ConcurrentSkipListMap<>();

    @Override
    public List<PracticeEntry> all() {
        return List.copyOf(practices.values());
    }

    @Override
    public Optional<PracticeEntry> find(String odsCode) {
        return Optional.ofNullable(practices.get(odsCode));
    }

    @Override
    public synchronized void replaceAll(List<PracticeEntry> entries) {
        practices.clear();
        entries.forEach(p -> practices.put(p.odsCode(), p));
    }

    @Override
    public boolean put(PracticeEntry practice) {
        return practices.put(practice.odsCode(), practice) == null;
    }

    @Override
    public boolean delete(String odsCode) {
        return practices.remove(odsCode) != null;
    }
}
