package io.github.recordaccess.fhir;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.http.HttpEntity;
import org.apache.http.HttpResponse;
import org.apache.http.HttpResponseInterceptor;
import org.apache.http.entity.HttpEntityWrapper;
import org.apache.http.protocol.HttpContext;

/**
 * Bounds every FHIR answer to {@code fhir.max-response-size} bytes as it is read, after decompression (it
 * runs after Apache's content decoding), so neither a huge page nor a gzip bomb can fill the memory: the
 * read fails with {@link TooLarge} as soon as the bound is passed, or at once when Content-Length says so.
 */
final class BoundedResponses implements HttpResponseInterceptor {

    /** The answer passed the bound. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("FHIR answer larger than " + limit + " bytes");
        }
    }

    private final long limit;
    /** Aborts the request, so that closing the stream does not read the rest of a huge answer first. */
    private final Runnable abort;

    BoundedResponses(long limit, Runnable abort) {
        this.limit = limit;
        this.abort = abort;
    }

    @Override
    public void process(HttpResponse response, HttpContext context) {
        HttpEntity entity = response.getEntity();
        if (entity != null) {
            response.setEntity(new Bounded(entity));
        }
    }

    /** True when {@code e}, or anything it was caused by, is a passed bound. */
    static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    private TooLarge tooLarge() {
        abort.run();
        return new TooLarge(limit);
    }

    private final class Bounded extends HttpEntityWrapper {

        Bounded(HttpEntity entity) {
            super(entity);
        }

        @Override
        public InputStream getContent() throws IOException {
            if (wrappedEntity.getContentLength() > limit) {
                throw tooLarge();
            }
            return new Counting(wrappedEntity.getContent());
        }
    }

    private final class Counting extends FilterInputStream {

        private long read;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw tooLarge();
            }
        }
    }
}
