package io.github.recordaccess.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistryAnswerTest {

    @Test
    void theRegistryCsvHasTheHeaderTheUploadReadsBack() {
        assertThat(RegistryAnswer.COLUMNS.header()).isEqualTo(RegistryUpload.CSV_HEADER);
    }
}
