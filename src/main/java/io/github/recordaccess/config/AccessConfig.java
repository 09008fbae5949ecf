package io.github.recordaccess.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.util.List;

/** The recommendation rules' settings ({@code access.*}). */
@ConfigMapping(prefix = "access")
public interface AccessConfig {

    /** The codings that stand for 103, 104 and 106, as {@code system|code} lists. */
    Codes codes();

    /** Detection of days on which a practice applied 104 in bulk. */
    BulkCoding bulkCoding();

    /** Cached practice evaluations. */
    Cache cache();

    /** The ICB overview of all practices. */
    Overview overview();

    /** Optional scheduled refresh of every registered practice. */
    Refresh refresh();

    /**
     * Where the embedded H2 database lives when no PostgreSQL URL is set ({@code ACCESS_DATA_DIR}); read by the
     * datasource URL in application.properties, listed here so that the setting is part of the mapping.
     */
    String dataDir();

    interface Cache {

        /** How long a practice evaluation is reused. Default 5 minutes. */
        @WithDefault("5m")
        java.time.Duration ttl();

        /**
         * A forced refresh ({@code Cache-Control: no-cache}) of a practice evaluated less than this long ago
         * gets that evaluation: no caller can make the service re-read a practice more often. Default 30 s.
         */
        @WithDefault("30s")
        java.time.Duration minRefresh();

        /** How long "no such practice on the FHIR server" is remembered. Default 60 s. */
        @WithDefault("60s")
        java.time.Duration notFoundTtl();

        /** How many (practice, asOf) evaluations are kept at most. */
        @WithDefault("500")
        @Min(1)
        int maxEntries();
    }

    interface Overview {

        /** Practices evaluated at once for the overview. */
        @WithDefault("4")
        @Min(1)
        int parallelism();

        /** The most practices one overview request may name in {@code ?ods=}; more is a 400. Default 250. */
        @WithDefault("250")
        @Min(1)
        int maxPractices();
    }

    interface Refresh {

        /** Quartz-style cron expression for refreshing every configured practice, or {@code off} (default). */
        @WithDefault("off")
        String cron();
    }

    interface Codes {

        /** Patient declined online access. Default: SNOMED CT 1290331000000103. */
        @WithDefault("http://snomed.info/sct|1290331000000103")
        List<String> declined();

        /** Enhanced review indicated (withhold automatic access). Default: SNOMED CT 1364731000000104. */
        @WithDefault("http://snomed.info/sct|1364731000000104")
        List<String> reviewIndicated();

        /** Enhanced review not indicated (rescinds a 104). Default: SNOMED CT 1364751000000106. */
        @WithDefault("http://snomed.info/sct|1364751000000106")
        List<String> reviewNotIndicated();

        /**
         * Safeguarding concerns: an entry with one of these brings the patient to review before automatic access,
         * until an individual 106 follows it. Default: the RCGP safeguarding toolkit's essential codes
         * ({@code SafeguardingCodes}).
         */
        @WithDefault("http://snomed.info/sct|836881000000105,http://snomed.info/sct|1064961000000107,"
                + "http://snomed.info/sct|878111000000109,http://snomed.info/sct|342191000000101,"
                + "http://snomed.info/sct|375041000000100,http://snomed.info/sct|417430008")
        List<String> safeguarding();
    }

    interface BulkCoding {

        /**
         * Distinct patients coded 104 (or 106) on one day that make it a bulk-coding day. Default 50. A 106 of such
         * a day is no individual review of a safeguarding concern.
         */
        @WithDefault("50")
        @Min(1)
        int minPatients();
    }
}
