package io.lakeflow.connectors.example;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Records of consecutive pages, fetched lazily while iterated: each next page starts strictly
 * after the last record of the previous one ({@code since} = its cursor, {@code since_id} = its
 * key), and the iteration stops after {@code maxRecords} records or the last page. The last page
 * asks for no more than the records still wanted.
 */
final class PagedRecords implements Iterator<Map<String, Object>> {

    private final Function<PageRequest, Page> fetch;
    private final String cursorField;
    private final String keyField;
    private final int pageSize;
    private final long maxRecords;
    private PageRequest next;
    private Iterator<Map<String, Object>> page = List.<Map<String, Object>>of().iterator();
    private long returned;

    /**
     * @param fetch       reads one page
     * @param first       the first page's request; its {@code limit} is the page size
     * @param cursorField the cursor field, or {@code null} for tables ordered by key only
     * @param keyField    the key field
     * @param maxRecords  stop after this many records
     */
    PagedRecords(Function<PageRequest, Page> fetch, PageRequest first, String cursorField, String keyField,
                 long maxRecords) {
        this.fetch = fetch;
        this.cursorField = cursorField;
        this.keyField = keyField;
        this.pageSize = first.limit();
        this.maxRecords = maxRecords;
        this.next = first;
    }

    @Override
    public boolean hasNext() {
        while (!page.hasNext() && next != null && returned < maxRecords) {
            PageRequest request = next.withLimit((int) Math.min(pageSize, maxRecords - returned));
            Page fetched = fetch.apply(request);
            List<Map<String, Object>> records = fetched.records();
            page = records.iterator();
            next = null;
            if (fetched.hasMore() && !records.isEmpty()) {
                Map<String, Object> last = records.get(records.size() - 1);
                next = request.after(cursorField == null ? null : (String) last.get(cursorField),
                        ((Number) last.get(keyField)).longValue());
            }
        }
        return page.hasNext() && returned < maxRecords;
    }

    @Override
    public Map<String, Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        returned++;
        return page.next();
    }
}
