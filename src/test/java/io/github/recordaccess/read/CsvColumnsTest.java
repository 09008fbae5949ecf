package io.github.recordaccess.read;

import static io.github.recordaccess.read.CsvColumns.column;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvColumnsTest {

    private record Row(String name, Integer count) {}

    private static final CsvColumns<Row> COLUMNS =
            CsvColumns.of(List.of(column("name", Row::name), column("count", Row::count)));

    @Test
    void theHeaderAndEveryLineComeFromTheSameColumns() {
        assertThat(COLUMNS.write(List.of(new Row("a,b", 2), new Row("=1+1", null)))
                        .toString())
                .isEqualTo("name,count\r\n\"a,b\",2\r\n'=1+1,\r\n");
    }

    @Test
    void anEmptyListIsTheHeaderAlone() {
        assertThat(COLUMNS.write(List.of()).toString()).isEqualTo("name,count\r\n");
    }

    @Test
    void theFixedHeadersAreUnchanged() {
        assertThat(RecommendationCsv.COLUMNS.header())
                .isEqualTo("nhs_number,patient_id,practice_ods_code,as_of,recommendation,flag,reasons,eligible_from,"
                        + "bulk_coded_104,actions,nhs_number_verification,recommendation_label,flag_label,reasons_label,"
                        + "actions_label");
        assertThat(OverviewCsv.HEADER)
                .isEqualTo("practice_ods_code,status,patients,eligible_patients,provision_access,offer_opt_in,"
                        + "opted_out,not_applicable,review_required,excluded_percent,action_plan_required,"
                        + "bulk_coded_104,bulk_coding_dates,problem_type,problem_detail,routes_not_searched,"
                        + "practice_name,system,go_live,as_of,evaluated_at,figures_from,needs_attention,status_label,"
                        + "problem_type_label,routes_not_searched_label,needs_attention_label");
        assertThat(HistoryCsv.PRACTICE_HEADER)
                .isEqualTo("date,evaluated_at,status,demo,patients,eligible_patients,provision_access,offer_opt_in,"
                        + "opted_out,not_applicable,review_required,flag_none,flag_active_104,flag_not_indicated_106,"
                        + "flag_rescinded_by_106,flag_undetermined,bulk_coded_104,excluded_percent,"
                        + "action_plan_required,problem_type,problem_detail,status_label,problem_type_label");
        assertThat(HistoryCsv.ICB_HEADER)
                .isEqualTo("date,practices_ok,practices_error,practices_over_action_plan_line,patients,"
                        + "eligible_patients,provision_access,offer_opt_in,opted_out,not_applicable,review_required,"
                        + "flag_none,flag_active_104,flag_not_indicated_106,flag_rescinded_by_106,flag_undetermined,"
                        + "bulk_coded_104,excluded_percent");
    }
}
