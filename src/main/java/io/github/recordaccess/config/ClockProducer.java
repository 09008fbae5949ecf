package io.github.recordaccess.config;

import io.github.recordaccess.rules.FuzzyDate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The service's clock: Europe/London, where "today" is the practices' today. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(FuzzyDate.LONDON);
    }
}
