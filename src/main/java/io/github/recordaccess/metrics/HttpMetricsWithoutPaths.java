package io.github.recordaccess.metrics;

import io.github.recordaccess.web.Routes;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The metrics are public, and a request path may hold an NHS number. So every HTTP metric's {@code uri}
 * label is a route template or {@link Routes#UNMATCHED}, whatever the framework would have put there, and
 * no label names an exception class ({@code exception}, {@code class}). The JVM's version details are not published either.
 */
public class HttpMetricsWithoutPaths {

    @Produces
    @Singleton
    MeterFilter routeTemplatesOnly() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith("http.server")) {
                    return id;
                }
                List<Tag> tags = id.getTags().stream()
                        .filter(tag -> !tag.getKey().equals("exception")
                                && !tag.getKey().equals("class"))
                        .map(tag -> tag.getKey().equals("uri") && !Routes.isTemplate(tag.getValue())
                                ? Tag.of("uri", Routes.UNMATCHED)
                                : tag)
                        .toList();
                return id.replaceTags(tags);
            }
        };
    }

    @Produces
    @Singleton
    MeterFilter noJvmVersionDetails() {
        return MeterFilter.denyNameStartsWith("jvm.info");
    }
}
