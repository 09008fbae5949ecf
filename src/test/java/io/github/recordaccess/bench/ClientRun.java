package io.github.recordaccess.bench;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.api.IClientInterceptor;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.IHttpRequest;
import ca.uhn.fhir.rest.client.api.IHttpResponse;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.hl7.fhir.r4.model.Bundle;

/** What the benchmark's client processes share: a HAPI client that counts requests and bytes, and heap peaks. */
final class ClientRun {

    final AtomicLong requests = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();
    final IGenericClient client;

    ClientRun(String baseUrl) {
        FhirContext context = FhirContext.forR4Cached();
        context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        context.getRestfulClientFactory().setSocketTimeout(600_000);
        context.getRestfulClientFactory().setPoolMaxPerRoute(32);
        client = context.newRestfulGenericClient(baseUrl);
        client.setEncoding(EncodingEnum.JSON);
        client.registerInterceptor(new IClientInterceptor() {
            @Override
            public void interceptRequest(IHttpRequest request) {
                requests.incrementAndGet();
            }

            @Override
            public void interceptResponse(IHttpResponse response) {
                List<String> length = response.getHeaders("Content-Length");
                if (length != null && !length.isEmpty()) {
                    bytes.addAndGet(Long.parseLong(length.get(0)));
                }
            }
        });
    }

    /** Follows every next link, handing over each page. */
    void eachPage(Bundle first, java.util.function.Consumer<Bundle> sink) {
        Bundle page = first;
        while (true) {
            sink.accept(page);
            if (page.getLink(Bundle.LINK_NEXT) == null) {
                return;
            }
            page = client.loadPage().next(page).execute();
        }
    }

    void reset() {
        requests.set(0);
        bytes.set(0);
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum over heap pools of their peak use since the last reset (an upper bound of the true peak). */
    static long peakHeap(List<MemoryPoolMXBean> pools) {
        return pools.stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getPlatformMXBeans(MemoryPoolMXBean.class).stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }

    /** One result line the orchestrator reads: wall ms, requests, bytes, peak heap bytes. */
    String result(long wallNanos) {
        return String.format(
                "RESULT %d %d %d %d", wallNanos / 1_000_000, requests.get(), bytes.get(), peakHeap(heapPools()));
    }
}
