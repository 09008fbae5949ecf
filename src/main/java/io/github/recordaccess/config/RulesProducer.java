package io.github.recordaccess.config;

import io.github.recordaccess.fhir.FhirFactsMapper;
import io.github.recordaccess.rules.BulkCodingDetector;
import io.github.recordaccess.rules.CodeSets;
import io.github.recordaccess.rules.Coding;
import io.github.recordaccess.rules.RecommendationEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.List;

/** Makes the plain-Java rules available as beans, configured once from {@link AccessConfig}. */
@ApplicationScoped
public class RulesProducer {

    @Produces
    @ApplicationScoped
    CodeSets codeSets(AccessConfig config) {
        AccessConfig.Codes codes = config.codes();
        return new CodeSets(
                parse(codes.declined()),
                parse(codes.reviewIndicated()),
                parse(codes.reviewNotIndicated()),
                parse(codes.safeguarding()));
    }

    @Produces
    @ApplicationScoped
    RecommendationEngine engine(Clock clock, AccessConfig config) {
        return new RecommendationEngine(clock, config.bulkCoding().minPatients());
    }

    @Produces
    @ApplicationScoped
    BulkCodingDetector bulkCodingDetector(AccessConfig config) {
        return new BulkCodingDetector(config.bulkCoding().minPatients());
    }

    @Produces
    @ApplicationScoped
    FhirFactsMapper fhirFactsMapper(CodeSets codeSets) {
        return new FhirFactsMapper(codeSets);
    }

    private static List<Coding> parse(List<String> tokens) {
        return tokens.stream().map(Coding::parse).toList();
    }
}
